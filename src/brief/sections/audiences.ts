// Audiences: each persona with its age, places, interests and needs.
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { obj, str } from './read.js';

export function audiencesSection(c: SectionContext): BriefData['audiences'] {
  const { field, list, none } = c;
  return c.audienceEntries.map((a) => ({
    name: str(a.name) || str(a.id) || none,
    description: str(a.description),
    fields: [
      ...field('audience.age', c.ageText(obj(a.age))),
      ...field('audience.places', list(a.locations)),
      ...field('audience.interests', list(a.interests)),
      ...field('audience.needs', list(a.needs)),
    ],
  }));
}
