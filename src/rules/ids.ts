// Every rule id a `.planrc.yaml` may name. Asked for only when a config is read, so that a run on
// strategies alone never loads the post rules (franc-min and twitter-text stay lazy behind them anyway).
import { RULES } from './index.js';

export async function configurableRuleIds(): Promise<string[]> {
  const { POST_RULE_IDS } = await import('./posts/index.js');
  return [...RULES.map((rule) => rule.id), ...POST_RULE_IDS];
}
