// Crisis: be ready before it happens. Who speaks, who approves, and a holding statement that buys
// time; three severity tiers are proposed (community manager, coordinated reply, leadership).
import type { Crisis, CrisisTier } from '../../strategy/types.js';
import type { StepContext } from '../types.js';
import { isRecord, records, str, strs } from '../util.js';
import { setOr } from './community.js';
import { wantsSection } from './section.js';

export async function askCrisis(ctx: StepContext, owner: string | undefined): Promise<Crisis | undefined> {
  if (!(await wantsSection(ctx, 'crisis'))) return undefined;
  const { ask } = ctx;
  const t = ask.t;
  const base = isRecord(ctx.base?.crisis) ? ctx.base.crisis : {};
  const spokesperson = await ask.text({ key: 'crisis.spokesperson', message: t('crisis.spokesperson'), default: str(base.spokesperson) ?? owner, optional: true });
  const approvers = await ask.list({ key: 'crisis.approvers', message: t('crisis.approvers'), default: strs(base.approvers) ?? (owner ? [owner] : []), optional: true });
  const baseTiers = records(base.tiers);
  const statement = await ask.text({
    key: 'crisis.holding_statement',
    message: t('crisis.statement'),
    default: str(baseTiers.find((tier) => tier.level === 2)?.holding_statement) ?? t('crisis.statementDefault'),
    optional: true,
  });
  const crisis: Crisis = { ...(base as Crisis) };
  setOr(crisis, 'spokesperson', spokesperson);
  setOr(crisis, 'approvers', approvers.length > 0 ? approvers : undefined);
  const tiers: CrisisTier[] =
    baseTiers.length > 0
      ? (baseTiers as unknown as CrisisTier[])
      : [
          { level: 1, trigger: t('crisis.trigger1'), respond_within: '4h' },
          { level: 2, trigger: t('crisis.trigger2'), respond_within: '1h' },
          { level: 3, trigger: t('crisis.trigger3'), respond_within: '1h' },
        ];
  crisis.tiers = tiers.map((tier) => {
    const copy = { ...tier };
    if (statement && (tier.level === 2 || !tier.holding_statement)) copy.holding_statement = statement;
    if (!copy.approver && (approvers[0] ?? spokesperson)) copy.approver = (approvers[0] ?? spokesperson)!;
    return copy;
  });
  if (ask.mode === 'interactive' && approvers.length === 0 && crisis.tiers.some((tier) => !tier.approver)) ask.note(t('crisis.noApprover'));
  return crisis;
}
