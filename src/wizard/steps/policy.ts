// Usage policy: rules for employees and volunteers who speak about the organization (the
// article's comment: a policy answers internal and external requests, and settles tu or vous).
import type { Policy } from '../../strategy/types.js';
import type { StepContext } from '../types.js';
import { isRecord, str, strs, catalogList } from '../util.js';
import { setOr } from './community.js';
import { wantsSection } from './section.js';

export async function askPolicy(ctx: StepContext): Promise<Policy | undefined> {
  if (!(await wantsSection(ctx, 'policy'))) return undefined;
  const { ask } = ctx;
  const t = ask.t;
  const base = isRecord(ctx.base?.policy) ? ctx.base.policy : {};
  const appliesTo = await ask.list({ key: 'policy.applies_to', message: t('policy.appliesTo'), default: strs(base.applies_to) ?? catalogList(t('policy.appliesToDefault')), optional: true });
  const rules = await ask.list({ key: 'policy.rules', message: t('policy.rules'), default: strs(base.rules) ?? catalogList(t('policy.rulesDefault')), optional: true });
  const disclosure = await ask.text({ key: 'policy.disclosure', message: t('policy.disclosure'), default: str(base.disclosure) ?? t('policy.disclosureDefault'), optional: true });
  const policy: Policy = { ...(base as Policy) };
  setOr(policy, 'applies_to', appliesTo.length > 0 ? appliesTo : undefined);
  setOr(policy, 'rules', rules.length > 0 ? rules : undefined);
  setOr(policy, 'disclosure', disclosure);
  return policy;
}
