// The last line of a run, `✖ 3 problems (1 error, 2 warnings, 0 info) in 2 files`, with each
// language's plural rules (French: 0 and 1 are singular), and the language a run's reports speak.
import { countBySeverity, type FileReport } from '../diagnostics.js';
import { translator, type Lang } from '../i18n/index.js';
import { coreCatalog, type CoreKey } from '../i18n/core.js';
import { formatNumber, pluralOf } from '../i18n/intl.js';

type Counted = 'files' | 'filesIn' | 'problems' | 'errors' | 'warnings' | 'infos';

export function summaryLine(reports: readonly FileReport[], lang: Lang): { text: string; errors: number; problems: number } {
  const t = translator(coreCatalog, lang);
  const count = (what: Counted, n: number) => t(`count.${what}.${pluralOf(lang, n)}` as CoreKey, { count: formatNumber(lang, n) });
  const counts = countBySeverity(reports);
  const problems = counts.error + counts.warn + counts.info;
  const text = problems === 0
    ? t('validate.summaryClean', { files: count('files', reports.length) })
    : t('validate.summary', {
        problems: count('problems', problems),
        errors: count('errors', counts.error),
        warnings: count('warnings', counts.warn),
        infos: count('infos', counts.info),
        files: count('filesIn', reports.length),
      });
  return { text, errors: counts.error, problems };
}

/**
 * The language of a run's output: `--lang`, else the files' own language when they all agree (a
 * French strategy gets a French report), else the environment's.
 */
export function reportsLanguage(reports: readonly FileReport[], fallback: Lang): Lang {
  const langs = new Set(reports.map((report) => report.lang).filter((lang) => lang !== undefined));
  return langs.size === 1 ? [...langs][0]! : fallback;
}
