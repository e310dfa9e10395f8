// Running one rule on data, the same way in the fast pass and the full check.
import type { Lang } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import type { Rule, RuleHit } from '../rules/types.js';
import { RULES } from '../rules/index.js';
import { checkMessages } from './messages.js';
import type { CheckOptions } from './types.js';

/** The rules a file's check runs: one its configuration turns off is not run at all (its findings
 *  would be dropped anyway, before inline directives are matched). */
export function rulesToRun(options: CheckOptions, file: string): readonly Rule[] {
  const rules = options.rules ?? RULES;
  const override = options.severityOverride;
  return override ? rules.filter((rule) => override(rule.id, file) !== 'off') : rules;
}

export function runRule(rule: Rule, data: Strategy, lang: Lang, now: Date, schemaValid: boolean): RuleHit[] {
  try {
    return rule.check(data, { t: checkMessages(lang).rule(rule), lang, now });
  } catch (error) {
    // On data that fails the schema a rule may meet shapes it does not expect: the schema
    // findings already say what to fix. On valid data a crash is our bug: surface it.
    if (!schemaValid) return [];
    return [{ path: [], message: `Internal error in rule ${rule.id}: ${(error as Error).message}. Please report it.` }];
  }
}
