// `plan validate [paths...]`: check strategy files and report findings in the chosen format.
import { resolve } from 'node:path';
import { atLeast, countBySeverity, isSeverity, type FileReport, type Severity } from '../diagnostics.js';
import { EXIT, UsageError } from '../errors.js';
import { joinList, resolveLang, translator, type Translate } from '../i18n/index.js';
import { coreCatalog, type CoreKey } from '../i18n/core.js';
import { FORMATTERS, FORMAT_NAMES, isFormatName, type FormatName } from '../formatters/index.js';
import { expandInputs } from '../io/inputs.js';
import { DEFAULT_MAX_BYTES, formatBytes, readInput, TooLargeError } from '../io/read.js';
import { writeFileAtomic } from '../io/write.js';
import type { CommandIO, GlobalOptions } from '../io/context.js';
import { shouldColor } from '../term/style.js';
import { checkBytes } from '../validate/check.js';
import { fileFinding } from '../strategy/load.js';
import { VERSION } from '../version.js';
import { parseNow, parseSize } from './option-parsers.js';

export interface ValidateOptions extends GlobalOptions {
  format?: string;
  output?: string;
  failSeverity?: string;
  now?: string;
  maxSize?: string;
}

export async function runValidate(paths: string[], options: ValidateOptions, io: CommandIO): Promise<number> {
  const lang = resolveLang(options.lang, undefined, io.env);
  const t = translator(coreCatalog, lang);

  const format = pickFormat(options.format, io.env);
  const failSeverity = options.failSeverity ?? 'error';
  if (!isSeverity(failSeverity)) throw new UsageError(`--fail-severity must be error, warn or info, not "${failSeverity}".`);
  const now = parseNow(options.now);
  const maxBytes = options.maxSize ? parseSize(options.maxSize) : DEFAULT_MAX_BYTES;
  if (paths.length === 0) throw new UsageError(t('input.noPaths'));

  const inputs = await expandInputs(paths, io.cwd, t);
  const reports: FileReport[] = [];
  for (const input of inputs) {
    try {
      const bytes = await readInput(input, io.stdin, maxBytes, t);
      const result = checkBytes(bytes, input.name, { lang: options.lang, now, env: io.env });
      reports.push({ file: result.file, findings: result.findings });
    } catch (error) {
      if (!(error instanceof TooLargeError)) throw error;
      const at = { line: 1, col: 1 };
      const message = t('yaml.tooLarge', { size: formatBytes(error.size), limit: formatBytes(error.limit) });
      reports.push({ file: input.name, findings: [fileFinding(input.name, 'input/too-large', message, { start: at, end: at })] });
    }
  }

  const toFile = options.output !== undefined;
  const color = !toFile && format === 'stylish' && shouldColor({ flag: options.color, isTTY: Boolean(io.stdout.isTTY), env: io.env });
  const text = FORMATTERS[format](reports, { color, cwd: io.cwd, lang, version: VERSION, failSeverity });
  if (toFile) {
    await writeFileAtomic(resolve(io.cwd, options.output!), text, { overwrite: true, displayName: options.output }, t);
  } else if (!(options.quiet && format === 'stylish' && isClean(reports))) {
    io.stdout.write(text);
  }
  if ((toFile || format !== 'stylish') && !options.quiet) io.stderr.write(summaryLine(reports, t));

  const failing = reports.some((r) => r.findings.some((f) => atLeast(f.severity, failSeverity as Severity)));
  return failing ? EXIT.findings : EXIT.ok;
}

function pickFormat(asked: string | undefined, env: NodeJS.ProcessEnv): FormatName {
  if (asked === undefined) {
    const ci = 'github';
    return env.GITHUB_ACTIONS === 'true' && isFormatName(ci) ? ci : 'stylish';
  }
  if (!isFormatName(asked)) throw new UsageError(`Unknown format "${asked}". Use one of: ${joinList(FORMAT_NAMES, 'en', 'or')}.`);
  return asked;
}

function isClean(reports: readonly FileReport[]): boolean {
  return reports.every((r) => r.findings.length === 0);
}

function summaryLine(reports: readonly FileReport[], t: Translate<CoreKey>): string {
  const counts = countBySeverity(reports);
  const problems = counts.error + counts.warn + counts.info;
  if (problems === 0) return t('validate.summaryClean', { files: reports.length }) + '\n';
  return t('validate.summary', { problems, errors: counts.error, warnings: counts.warn, infos: counts.info, files: reports.length }) + '\n';
}

