// Community management: who answers, when, how fast, how criticism is handled, the house rules.
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { obj, str, strings } from './read.js';

export function communitySection(c: SectionContext): BriefData['community'] {
  const { field, fmt, label, list, t, none } = c;
  const community = obj(c.data.community);
  const hours = obj(community.hours);
  const hoursText =
    str(hours.start) && str(hours.end)
      ? t('value.hours', { days: c.daysText(hours.days) || none, start: fmt.time(str(hours.start)), end: fmt.time(str(hours.end)) })
      : c.daysText(hours.days);
  const feedback = obj(community.negative_feedback);
  const fields = [
    ...field('community.managers', list(community.managers)),
    ...field('community.hours', hoursText),
    ...field('community.responseTime', fmt.duration(str(community.response_time))),
    ...field('community.approach', label('approach', feedback.approach)),
    ...field('community.guidelines', str(feedback.guidelines)),
    ...field('community.deleteOnlyFor', list(feedback.delete_only_for)),
    ...field('community.escalation', str(community.escalation)),
  ];
  const houseRules = strings(community.house_rules);
  return fields.length > 0 || houseRules.length > 0 ? { fields, houseRules } : undefined;
}
