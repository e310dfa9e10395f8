// Running one rule on data, the same way in the fast pass and the full check.
import type { Lang } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import type { Rule, RuleHit } from '../rules/types.js';
import { checkMessages } from './messages.js';

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
