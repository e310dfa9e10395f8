// Platforms: each chosen platform with its role, handle, audiences, cadence, formats and owner.
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { arr, obj, str } from './read.js';

export function platformsSection(c: SectionContext): BriefData['platforms'] {
  const { fmt, field, label } = c;
  return c.platformEntries.map((p) => ({
    name: c.platformName(p),
    handle: str(p.handle),
    role: label('role', p.role),
    rationale: str(p.rationale),
    fields: [
      ...field('platform.role', label('role', p.role)),
      ...field('platform.handle', str(p.handle)),
      ...field('platform.audiences', fmt.list(arr(p.audiences).map(c.audienceName))),
      ...field('platform.cadence', [c.cadenceText(obj(p.cadence)), c.daysText(obj(p.cadence).days), fmt.time(str(obj(p.cadence).time))].filter(Boolean).join(', ')),
      ...field('platform.formats', c.list(p.formats)),
      ...field('platform.owner', str(p.owner)),
    ],
  }));
}
