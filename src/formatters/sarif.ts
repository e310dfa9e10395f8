// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning (upload-sarif), GitLab and
// Azure DevOps read. Minimal and stable: one run, the rules that appear, results with a region
// and a partial fingerprint. Validated against the SARIF 2.1.0 schema in the tests.
import type { Finding, Severity } from '../diagnostics.js';
import { translator, type Lang } from '../i18n/index.js';
import { formatsCatalog } from '../i18n/formats.js';
import { findRule } from '../rules/index.js';
import { findPostRule } from '../rules/posts/index.js';
import type { Formatter } from './types.js';
import { HOMEPAGE } from '../rules/docs.js';
import { fingerprinted, STDIN } from './shared.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  help?: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: 'error' | 'warning' | 'note' };
}

/** What a run says about a rule id: the rule module's rationale, or a generic line for built-in checks. */
export function describeRule(id: string, lang: Lang): SarifRule {
  const rule = findRule(id) ?? findPostRule(id);
  if (rule) {
    const rt = translator(rule.messages, lang);
    return {
      id,
      shortDescription: { text: rt('rationale') },
      help: { text: rt('fix') },
      helpUri: rule.meta.docs.url,
      defaultConfiguration: { level: LEVEL[rule.severity] },
    };
  }
  const t = translator(formatsCatalog, lang);
  const key = id.startsWith('schema/') ? 'sarif.schemaRule' : id.startsWith('yaml/') ? 'sarif.yamlRule' : id.startsWith('input/') ? 'sarif.inputRule' : 'sarif.otherRule';
  return { id, shortDescription: { text: t(key) } };
}

/** Percent-encode each path segment so the uri is a valid URI reference (spaces, accents...). */
export function fileUri(relative: string): string {
  return relative.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
}

export const formatSarif: Formatter = (reports, context) => {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: unknown[] = [];
  for (const { file, finding: f, fingerprint } of fingerprinted(reports, context.cwd)) {
    let index = ruleIndex.get(f.ruleId);
    if (index === undefined) {
      index = rules.push(describeRule(f.ruleId, context.lang)) - 1;
      ruleIndex.set(f.ruleId, index);
    }
    const { start, end } = f.range;
    // SARIF regions end after the last character; a region never ends before it starts.
    const endColumn = end.line > start.line ? end.col : Math.max(end.col, start.col);
    results.push({
      ruleId: f.ruleId,
      ruleIndex: index,
      level: LEVEL[f.severity],
      message: { text: f.message },
      ...(file === STDIN
        ? {}
        : {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: fileUri(file) },
                  region: { startLine: start.line, startColumn: start.col, endLine: Math.max(end.line, start.line), endColumn },
                },
              },
            ],
          }),
      partialFingerprints: { 'planFinding/v1': fingerprint },
    });
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plan', version: context.version, informationUri: HOMEPAGE, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
