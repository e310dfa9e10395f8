// The validation pipeline for one file, pure: bytes or text in, findings out. Never throws.
import type { Finding, PathSegment, Severity } from '../diagnostics.js';
import { compareFindings, SEVERITY_RANK } from '../diagnostics.js';
import type { Translate, Lang } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';
import { decodeStrategyBytes, fileFinding, normalizeLineEnds } from '../strategy/decode.js';
import { parseStrategyText } from '../strategy/load.js';
import { locate, type Anchor } from '../strategy/positions.js';
import type { Strategy } from '../strategy/types.js';
import { RULES } from '../rules/index.js';
import { formatNumber } from '../i18n/intl.js';
import { checkLanguage, checkMessages } from './messages.js';
import { runRule } from './run-rule.js';
import { checkSchema } from './schema.js';
import { applySuppressions } from './suppress.js';
import type { CheckOptions, CheckResult, SeverityOverride } from './types.js';
import { coveredPaths, isCovered, watchReads } from './covered.js';

export type { CheckOptions, CheckResult, SeverityOverride } from './types.js';

/** Check raw bytes (as read from disk or stdin). */
export function checkBytes(bytes: Uint8Array, file: string, options: CheckOptions = {}): CheckResult {
  const decoded = decodeStrategyBytes(bytes);
  if ('text' in decoded) return checkText(decoded.text, file, options);
  const lang = checkLanguage(options);
  const t = checkMessages(lang).core;
  const ruleId = decoded.problem === 'yaml.binary' ? 'yaml/binary' : 'yaml/encoding';
  const at = positionOfByte(bytes, decoded.offset ?? 0);
  return {
    file,
    findings: [fileFinding(file, ruleId, t(decoded.problem, { offset: decoded.offset ?? 0 }), { start: at, end: at })],
    schemaValid: false,
    lang,
  };
}

/** Line and column (UTF-16 units, as editors count) of a byte, so editors land on the bad character. */
export function positionOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, Math.min(offset, bytes.length)));
  return { line, col: prefix.length + 1 };
}

/** Check text: YAML syntax, then the schema, then the semantic rules. */
export function checkText(source: string, file: string, options: CheckOptions = {}): CheckResult {
  const text = normalizeLineEnds(source);
  // YAML messages speak the language known before parsing (a file that does not parse still says
  // which language it is in); reparsed only when the strategy names another.
  const firstLang = checkLanguage(options, undefined, text);
  const parsed = parseStrategyText(text, file, checkMessages(firstLang).core, firstLang);
  const lang = checkLanguage(options, parsed.data, text);
  const t = checkMessages(lang).core;
  const findings = lang === firstLang ? parsed.findings : parseStrategyText(text, file, t, lang).findings;

  let schemaValid = false;
  let omittedErrors = 0;
  if (parsed.data !== undefined) {
    const hits: { ruleId: string; severity: Severity; path: PathSegment[]; anchor: Anchor; message: string; covers?: PathSegment[] }[] = [];
    const schemaHits = checkSchema(parsed.data, t, lang, MAX_FINDINGS_PER_FILE);
    for (const hit of schemaHits) hits.push({ ...hit, severity: 'error' });
    omittedErrors = schemaHits.omitted ?? 0;
    schemaValid = hits.length === 0;
    const now = options.now ?? new Date();
    // Rules see only values that passed the schema, so a bad value gets one clear schema
    // finding instead of a rule reasoning about it too ("a team of Infinity people").
    const ruleData = schemaValid ? parsed.data : withoutInvalidValues(parsed.data, hits);
    // One mistake, one finding: a rule that read what a schema finding is about says nothing more
    // about that place ("no deadline" after "not a real date").
    const watch = schemaValid ? undefined : watchReads(ruleData, coveredPaths(hits));
    // Past the cap of schema problems the data is mostly wrong: the rules would only add noise.
    for (const rule of omittedErrors > 0 ? [] : (options.rules ?? RULES)) {
      watch?.reset();
      for (const hit of runRule(rule, (watch?.data ?? ruleData) as Strategy, lang, now, schemaValid)) {
        if (watch && isCovered(hit.path, watch.touched())) continue;
        hits.push({ ruleId: rule.id, severity: rule.severity, path: hit.path, anchor: hit.anchor ?? 'value', message: hit.message });
      }
    }
    for (const hit of hits) {
      findings.push({
        ruleId: hit.ruleId,
        severity: hit.severity,
        message: hit.message,
        file,
        path: hit.path,
        range: locate(parsed.doc, parsed.lineCounter, text, hit.path, hit.anchor),
      });
    }
  }

  // The configured severities, then inline `# plan-disable-next-line id -- reason` comments
  // (after, so a rule turned off in the config does not make its comment look unused).
  const ruleIds = (options.rules ?? RULES).map((rule) => rule.id);
  const configured = applyOverrides(findings, file, options.severityOverride);
  const suppressed = applySuppressions(text, file, configured, ruleIds, checkMessages(lang).rules);
  const overridden = [...suppressed.findings, ...applyOverrides(suppressed.problems, file, options.severityOverride)];
  overridden.sort(compareFindings);
  return { file, findings: capFindings(overridden, omittedErrors, file, t, lang), parsed, schemaValid, lang };
}

/**
 * At most this many findings per file, then one that counts the rest: a pasted data dump with
 * 250,000 bad items gets a readable report, in linear time and bounded memory (docs/robustness.md).
 */
export const MAX_FINDINGS_PER_FILE = 100;

export function capFindings(findings: Finding[], omittedErrors: number, file: string, t: Translate<CoreKey>, lang: Lang): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_FILE && omittedErrors === 0) return findings;
  const shown = findings.slice(0, MAX_FINDINGS_PER_FILE);
  const rest = findings.slice(MAX_FINDINGS_PER_FILE);
  let severity: Severity = omittedErrors > 0 ? 'error' : 'info';
  for (const f of rest) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[severity]) severity = f.severity;
  const count = rest.length + omittedErrors;
  const at = rest[0]?.range ?? shown.at(-1)?.range ?? { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };
  const message = t('input.tooManyFindings', { count: formatNumber(lang, count), shown: MAX_FINDINGS_PER_FILE });
  shown.push(fileFinding(file, 'input/too-many-findings', message, at, severity));
  return shown;
}

/** Schema findings about keys (missing, unknown, too few items), which leave no bad value to drop. */
const KEY_PROBLEMS = new Set(['schema/additional-property', 'schema/required', 'schema/min-items']);

export function withoutInvalidValues(data: unknown, hits: readonly { ruleId: string; path: PathSegment[] }[]): unknown {
  const copy = structuredClone(data);
  for (const hit of hits) {
    if (KEY_PROBLEMS.has(hit.ruleId) || hit.path.length === 0) continue;
    let parent: unknown = copy;
    for (const seg of hit.path.slice(0, -1)) parent = parent !== null && typeof parent === 'object' ? (parent as Record<PathSegment, unknown>)[seg] : undefined;
    if (parent !== null && typeof parent === 'object') delete (parent as Record<PathSegment, unknown>)[hit.path.at(-1)!];
  }
  return copy;
}

export function applyOverrides(findings: Finding[], file: string, override?: SeverityOverride): Finding[] {
  if (!override) return findings;
  const out: Finding[] = [];
  for (const finding of findings) {
    const severity = override(finding.ruleId, file);
    if (severity === 'off') continue;
    out.push(severity ? { ...finding, severity } : finding);
  }
  return out;
}
