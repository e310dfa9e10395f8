// The brief's open points as a client reads them: decisions still to take, about things named as
// the strategy names them, with no file keys, rule ids or line numbers (`plan validate` keeps those).
import type { Finding } from '../diagnostics.js';
import { translator, type Lang } from '../i18n/index.js';
import { decisionsCatalog, type DecisionKey } from '../i18n/decisions.js';
import { platformFacts } from '../knowledge/index.js';
import { RULES } from '../rules/index.js';

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
const at = (list: unknown, index: unknown): Obj => (Array.isArray(list) && typeof index === 'number' ? obj(list[index]) : {});

/** What a finding is about, by name: the platform, persona, objective, pillar, crisis level or key date at its path. */
export function subjectOf(path: readonly (string | number)[], strategy: unknown): string {
  const data = obj(strategy);
  const [section, index, , third] = path;
  if (section === 'platforms') {
    const platform = at(data.platforms, index);
    return text(platform.name) || platformFacts(text(platform.id))?.name || text(platform.id);
  }
  if (section === 'audiences') {
    const audience = at(data.audiences, index);
    return text(audience.name) || text(audience.id);
  }
  if (section === 'objectives') {
    const objective = at(data.objectives, index);
    // Quoted inside a sentence: its own final stop would double the sentence's.
    return (text(objective.statement) || text(objective.id)).replace(/[.!…]+$/, '');
  }
  if (section === 'editorial_line' && index === 'pillars') {
    const pillar = at(obj(data.editorial_line).pillars, path[2]);
    return text(pillar.name) || text(pillar.id);
  }
  if (section === 'crisis' && index === 'tiers') {
    const tier = at(obj(data.crisis).tiers, path[2]);
    return text(tier.level) || (typeof path[2] === 'number' ? String(path[2] + 1) : '');
  }
  if (section === 'calendar' && index === 'key_dates') {
    const keyDate = at(obj(data.calendar).key_dates, path[2]);
    return text(keyDate.name);
  }
  void third;
  return '';
}

/** The value at a finding's path in the strategy, if any. */
function valueAt(path: readonly (string | number)[], strategy: unknown): unknown {
  let value: unknown = strategy;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** One open point as a decision to take, in the brief's language. */
export function decisionText(finding: Finding, strategy: unknown, lang: Lang): string {
  const t = translator(decisionsCatalog, lang);
  const table = decisionsCatalog[lang] as Record<string, string>;
  const field = finding.path.at(-1);
  const specific = typeof field === 'string' ? `decide.${finding.ruleId}.${field}` : '';
  // One field can hold different problems: `decide.RULE.FIELD.VALUE` words the one of that value
  // (a measure's metric that no export gives, or a custom one without a name).
  const value = valueAt(finding.path, strategy);
  const byValue = specific && typeof value === 'string' ? `${specific}.${value}` : '';
  const key = [byValue, specific].find((k) => k && Object.hasOwn(table, k)) ?? `decide.${finding.ruleId}`;
  const subject = subjectOf(finding.path, strategy);
  if (Object.hasOwn(table, key) && (subject || !table[key]!.includes('{subject}'))) return t(key as DecisionKey, { subject });
  const none = `decide.${finding.ruleId}.none`;
  if (!subject && Object.hasOwn(table, none)) return t(none as DecisionKey);
  // A rule without a phrasing here (a new one): its rationale says what is at stake, without code.
  const rule = RULES.find((r) => r.id === finding.ruleId);
  const fallback = rule ? translator(rule.messages, lang)('rationale') : finding.message;
  return fallback.replace(/`([^`]*)`/g, '$1');
}

/** Findings that concern the file, not the plan (a suppression comment): not for the reader. */
export function isForReader(finding: Finding): boolean {
  return !finding.ruleId.startsWith('suppress/') && !finding.ruleId.startsWith('yaml/');
}
