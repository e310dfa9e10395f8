// The fast first pass of `plan validate`, in a module of its own so that a clean file never loads
// the `yaml` document model, the schema texts used in messages, or position code: those come with
// check.ts, imported only when this pass finds something (or is unsure).
import { resolveLang, translator, type Lang } from '../i18n/index.js';
import validateStrategy from '../generated/validate-strategy.js';
import type { Strategy } from '../strategy/types.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { rulesCatalog } from '../i18n/rules.js';
import { applySuppressions, mayHaveDirectives } from './suppress.js';
import { fastParse } from './fast-parse.js';
import type { CheckOptions, CheckResult } from './check.js';

export function strategyLanguage(data: unknown): unknown {
  if (data && typeof data === 'object') {
    const org = (data as { organization?: unknown }).organization;
    if (org && typeof org === 'object') return (org as { language?: unknown }).language;
  }
  return undefined;
}

/** The fast first pass: a result only when the file has no finding at all, else undefined. */
export function quickCheck(text: string, file: string, options: CheckOptions): CheckResult | undefined {
  return quickCheckData(text, file, options)?.result;
}

/** quickCheck, with the data it parsed (`plan brief` renders it): the same data `yaml` gives. */
export function quickCheckData(text: string, file: string, options: CheckOptions): { result: CheckResult; data: unknown } | undefined {
  const fast = fastParse(text);
  if (!fast) return undefined;
  const lang = resolveLang(options.lang, strategyLanguage(fast.data), options.env);
  // checkSchema(data) is empty exactly when the generated validator accepts the data.
  if (!validateStrategy(fast.data)) return undefined;
  const now = options.now ?? new Date();
  const rules = options.rules ?? RULES;
  for (const rule of rules) if (runRule(rule, fast.data as Strategy, lang, now, true).length > 0) return undefined;
  // No finding to silence: only a directive's own problems (unknown id, no reason, unused) count.
  if (mayHaveDirectives(text)) {
    const suppressed = applySuppressions(text, file, [], rules.map((rule) => rule.id), translator(rulesCatalog, lang));
    if (suppressed.findings.length > 0 || suppressed.problems.length > 0) return undefined;
  }
  return { result: { file, findings: [], schemaValid: true, lang }, data: fast.data };
}

// One translator per rule and language for the whole run, not one per rule and file.
const ruleTranslators = new WeakMap<Rule, { en?: ReturnType<typeof translator>; fr?: ReturnType<typeof translator> }>();

function ruleTranslator(rule: Rule, lang: Lang) {
  let byLang = ruleTranslators.get(rule);
  if (!byLang) ruleTranslators.set(rule, (byLang = {}));
  return (byLang[lang] ??= translator(rule.messages, lang));
}

export function runRule(rule: Rule, data: Strategy, lang: Lang, now: Date, schemaValid: boolean) {
  try {
    return rule.check(data, { t: ruleTranslator(rule, lang), lang, now });
  } catch (error) {
    // On data that fails the schema a rule may meet shapes it does not expect: the schema
    // findings already say what to fix. On valid data a crash is our bug: surface it.
    if (!schemaValid) return [];
    return [{ path: [], message: `Internal error in rule ${rule.id}: ${(error as Error).message}. Please report it.` }];
  }
}
