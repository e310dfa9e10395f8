// The fast first pass of `plan validate`, in a module of its own so that a clean file never loads
// the `yaml` document model, the schema texts used in messages, or position code: those come with
// check.ts, imported only when this pass finds something (or is unsure).
import validateStrategy from '../generated/validate-strategy.js';
import type { Strategy } from '../strategy/types.js';
import { RULES } from '../rules/index.js';
import { applySuppressions, mayHaveDirectives } from './suppress.js';
import { fastParse } from './fast-parse.js';
import { checkLanguage, checkMessages } from './messages.js';
import { runRule } from './run-rule.js';
import type { CheckOptions, CheckResult } from './types.js';
import { ITEM_SCAN_FROM } from '../strategy/limits.js';

/** The fast first pass: a result only when the file has no finding at all, else undefined. */
export function quickCheck(text: string, file: string, options: CheckOptions): CheckResult | undefined {
  return quickCheckData(text, file, options)?.result;
}

/** quickCheck, with the data it parsed (`plan brief` renders it): the same data `yaml` gives. */
export function quickCheckData(text: string, file: string, options: CheckOptions): { result: CheckResult; data: unknown } | undefined {
  // A text long enough to hold more entries than a strategy may is counted by the full path (src/strategy/items.ts).
  if (text.length >= ITEM_SCAN_FROM) return undefined;
  const fast = fastParse(text);
  if (!fast) return undefined;
  const lang = checkLanguage(options, fast.data);
  // checkSchema(data) is empty exactly when the generated validator accepts the data.
  if (!validateStrategy(fast.data)) return undefined;
  const now = options.now ?? new Date();
  const rules = options.rules ?? RULES;
  for (const rule of rules) if (runRule(rule, fast.data as Strategy, lang, now, true).length > 0) return undefined;
  // No finding to silence: only a directive's own problems (unknown id, no reason, unused) count.
  if (mayHaveDirectives(text)) {
    const suppressed = applySuppressions(text, file, [], rules.map((rule) => rule.id), checkMessages(lang).rules);
    if (suppressed.findings.length > 0 || suppressed.problems.length > 0) return undefined;
  }
  return { result: { file, findings: [], schemaValid: true, lang }, data: fast.data };
}
