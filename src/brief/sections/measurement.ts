// Measurement: how often results are reviewed, with which tools, for whom.
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { obj, str } from './read.js';

export function measurementSection(c: SectionContext): BriefData['measurement'] {
  const measurement = obj(c.data.measurement);
  const fields = [
    ...c.field('measurement.review', c.label('review', measurement.review)),
    ...c.field('measurement.tools', c.list(measurement.tools)),
    ...c.field('measurement.reportTo', str(measurement.report_to)),
  ];
  return fields.length > 0 ? { fields } : undefined;
}
