// Community management: who answers, when, how fast, the house rules, and how criticism is
// handled ("your worst customer is your best friend": answer it, never delete it).
import type { Community } from '../../strategy/types.js';
import type { Weekday } from '../../knowledge/index.js';
import type { StepContext } from '../types.js';
import { isDuration } from '../../strategy/duration.js';
import { get, isRecord, parseTime, str, strs, catalogList } from '../util.js';
import { wantsSection } from './section.js';

const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
type Approach = NonNullable<NonNullable<Community['negative_feedback']>['approach']>;
const APPROACHES: Approach[] = ['respond-then-private', 'respond-publicly', 'escalate', 'ignore', 'delete'];

export async function askCommunity(ctx: StepContext, owner: string | undefined, address?: string): Promise<Community | undefined> {
  if (!(await wantsSection(ctx, 'community'))) return undefined;
  const { ask } = ctx;
  const t = ask.t;
  const base = isRecord(ctx.base?.community) ? ctx.base.community : {};
  const managers = await ask.list({ key: 'community.managers', message: t('community.managers'), default: strs(base.managers) ?? (owner ? [owner] : []), optional: true });
  const days = await ask.checkbox<Weekday>({
    key: 'community.days',
    message: t('community.days'),
    choices: DAYS.map((d) => ({ value: d, name: t(`day.${d}`) })),
    default: (strs(get(base, 'hours', 'days')) as Weekday[] | undefined) ?? ['mon', 'tue', 'wed', 'thu', 'fri'],
  });
  const timeCheck = (v: string) => (parseTime(v) !== undefined ? true : t('answers.time', { value: v }));
  // `7 h` or `19h30` as typed, HH:MM in the file.
  const time = (v: string | undefined) => (v === undefined ? undefined : parseTime(v));
  const start = await ask.text({ key: 'community.start', message: t('community.start'), default: str(get(base, 'hours', 'start')) ?? '09:00', optional: true, validate: timeCheck });
  const end = await ask.text({ key: 'community.end', message: t('community.end'), default: str(get(base, 'hours', 'end')) ?? '17:00', optional: true, validate: timeCheck });
  const responseTime = await ask.text({
    key: 'community.response_time',
    message: t('community.responseTime'),
    default: str(base.response_time) ?? '4h',
    optional: true,
    validate: (v) => (isDuration(v) ? true : t('answers.duration', { value: v })),
  });
  const houseRules = await ask.list({ key: 'community.house_rules', message: t('community.houseRules'), default: strs(base.house_rules) ?? catalogList(t(address === 'tu' ? 'community.houseRulesDefault.tu' : 'community.houseRulesDefault')), optional: true });
  const feedback = isRecord(base.negative_feedback) ? base.negative_feedback : {};
  const approach = await ask.select<Approach>({
    key: 'community.approach',
    message: t('community.approach'),
    choices: APPROACHES.map((a) => ({ value: a, name: t(`approach.${a}`) })),
    default: APPROACHES.find((a) => a === feedback.approach) ?? 'respond-then-private',
  });
  if (approach === 'delete' || approach === 'ignore') ask.note(t('community.approachWarning'));
  const deleteOnly = await ask.list({ key: 'community.delete_only_for', message: t('community.deleteOnly'), default: strs(feedback.delete_only_for) ?? catalogList(t('community.deleteOnlyDefault')), optional: true });
  const escalation = await ask.text({ key: 'community.escalation', message: t('community.escalation'), default: str(base.escalation) ?? owner, optional: true });

  const community: Community = { ...(base as Community) };
  setOr(community, 'managers', managers.length > 0 ? managers : undefined);
  const hours: NonNullable<Community['hours']> = {};
  if (days.length > 0) hours.days = days;
  if (start) hours.start = time(start);
  if (end) hours.end = time(end);
  setOr(community, 'hours', Object.keys(hours).length > 0 ? hours : undefined);
  setOr(community, 'response_time', responseTime);
  setOr(community, 'house_rules', houseRules.length > 0 ? houseRules : undefined);
  const negative: NonNullable<Community['negative_feedback']> = { ...(feedback as NonNullable<Community['negative_feedback']>), approach };
  setOr(negative, 'delete_only_for', deleteOnly.length > 0 ? deleteOnly : undefined);
  community.negative_feedback = negative;
  setOr(community, 'escalation', escalation);
  return community;
}

export function setOr<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
