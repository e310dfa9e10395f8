// Crisis: be ready before it happens. Who speaks, who approves, and a holding statement that buys
// time; three severity tiers are proposed (community manager, coordinated reply, leadership).
import type { Crisis, CrisisTier } from '../../strategy/types.js';
import { durationHours } from '../../rules/util.js';
import type { StepContext } from '../types.js';
import { isRecord, records, str, strs } from '../util.js';
import { setOr } from './community.js';
import { wantsSection } from './section.js';

/**
 * A tier's response time: `usual`, unless an everyday comment is answered faster (a crisis is never
 * answered more slowly than a comment: consistency/crisis-response-order).
 */
export function crisisWithin(usual: string, everyday: string | undefined): string {
  const hours = durationHours(everyday);
  return hours !== undefined && hours < durationHours(usual)! ? everyday!.trim() : usual;
}

export async function askCrisis(ctx: StepContext, owner: string | undefined, address?: string, everyday?: string): Promise<Crisis | undefined> {
  if (!(await wantsSection(ctx, 'crisis'))) return undefined;
  const { ask } = ctx;
  const t = ask.t;
  const base = isRecord(ctx.base?.crisis) ? ctx.base.crisis : {};
  const spokesperson = await ask.text({ key: 'crisis.spokesperson', message: t('crisis.spokesperson'), default: str(base.spokesperson) ?? owner, optional: true });
  const approvers = await ask.list({ key: 'crisis.approvers', message: t('crisis.approvers'), default: strs(base.approvers) ?? (owner ? [owner] : []), optional: true });
  const baseTiers = records(base.tiers);
  const crisis: Crisis = { ...(base as Crisis) };
  setOr(crisis, 'spokesperson', spokesperson);
  setOr(crisis, 'approvers', approvers.length > 0 ? approvers : undefined);
  // The wizard does not ask the tiers' times: they follow the everyday response time when it is faster.
  const tiers: CrisisTier[] =
    baseTiers.length > 0
      ? (baseTiers as unknown as CrisisTier[]).map((tier) => (typeof tier.respond_within === 'string' && durationHours(tier.respond_within) !== undefined ? { ...tier, respond_within: crisisWithin(tier.respond_within, everyday) } : tier))
      : [
          { level: 1, trigger: t('crisis.trigger1'), respond_within: crisisWithin('4h', everyday) },
          { level: 2, trigger: t('crisis.trigger2'), respond_within: crisisWithin('1h', everyday) },
          { level: 3, trigger: t('crisis.trigger3'), respond_within: crisisWithin('1h', everyday) },
        ];
  // `crisis.holding_statement` (one statement, from older answers files) answers level 2.
  if (ask.has('crisis.holding_statement') && !ask.has('crisis.statement_2')) ask.answers.set('crisis.statement_2', ask.raw('crisis.holding_statement'));
  crisis.tiers = [];
  for (const tier of tiers) {
    const copy = { ...tier };
    // One statement per level, in the address the plan chose: a complaint is not a crisis.
    const level = Math.min(3, Math.max(1, Math.round(tier.level))) as 1 | 2 | 3;
    const suggestion = str(tier.holding_statement) ?? t(address === 'tu' ? `crisis.statement${level}.tu` : `crisis.statement${level}`);
    const statement = await ask.text({ key: `crisis.statement_${tier.level}`, message: t('crisis.statement', { level: tier.level, trigger: tier.trigger }), default: suggestion, optional: true });
    if (statement) copy.holding_statement = statement;
    else delete copy.holding_statement;
    if (!copy.approver && (approvers[0] ?? spokesperson)) copy.approver = (approvers[0] ?? spokesperson)!;
    crisis.tiers.push(copy);
  }
  if (ask.mode === 'interactive' && approvers.length === 0 && crisis.tiers.some((tier) => !tier.approver)) ask.note(t('crisis.noApprover'));
  return crisis;
}
