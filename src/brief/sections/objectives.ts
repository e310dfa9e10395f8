// Objectives: what, measured how, from where to where, by when, on which platforms.
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { arr, obj, str } from './read.js';

export function objectivesSection(c: SectionContext): BriefData['objectives'] {
  const { fmt, none } = c;
  return arr(c.data.objectives).map(obj).map((o) => {
    const unit = str(o.unit);
    const withUnit = (v: unknown) => {
      const shown = c.value(v);
      return shown && unit ? `${shown} ${unit}` : shown;
    };
    const from = withUnit(o.baseline);
    const to = withUnit(o.target);
    return {
      statement: str(o.statement) || str(o.id) || none,
      type: c.label('objective', o.type),
      kpi: str(o.kpi),
      fromTo: from || to ? `${from || '?'} → ${to || '?'}` : '',
      deadline: fmt.date(str(o.deadline)),
      platforms: fmt.list(arr(o.platforms).map(c.platformNameById)),
    };
  });
}
