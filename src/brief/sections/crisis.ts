// The crisis plan: spokesperson, approvers, rehearsal, and the severity tiers.
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { arr, obj, str } from './read.js';

export function crisisSection(c: SectionContext): BriefData['crisis'] {
  const { field, fmt, list } = c;
  const crisis = obj(c.data.crisis);
  const fields = [
    ...field('crisis.spokesperson', str(crisis.spokesperson)),
    ...field('crisis.approvers', list(crisis.approvers)),
    ...field('crisis.rehearsed', fmt.date(str(crisis.rehearsed_on))),
  ];
  const tiers = arr(crisis.tiers)
    .map(obj)
    .map((tier) => ({
      level: c.value(tier.level),
      trigger: str(tier.trigger),
      holding: str(tier.holding_statement),
      within: fmt.duration(str(tier.respond_within)),
      approver: str(tier.approver),
    }));
  return fields.length > 0 || tiers.length > 0 ? { fields, tiers } : undefined;
}
