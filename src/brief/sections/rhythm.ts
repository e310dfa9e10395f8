// The weekly rhythm: posts a week on each platform, with their days and time, and the total.
import { postsPerWeek, type Period } from '../../knowledge/index.js';
import { textBar } from '../charts.js';
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { num, obj, PERIODS, str } from './read.js';

export function rhythmSection(c: SectionContext): BriefData['rhythm'] {
  const { fmt } = c;
  const rows = c.platformEntries.flatMap((p) => {
    const cadence = obj(p.cadence);
    const posts = num(cadence.posts);
    const per = str(cadence.per) as Period;
    if (posts === undefined || !PERIODS.includes(per)) return [];
    const perWeek = postsPerWeek(posts, per);
    return [{ platform: c.platformName(p), perWeek, perWeekText: fmt.number(perWeek), days: c.daysText(cadence.days), time: fmt.time(str(cadence.time)), bar: '' }];
  });
  if (rows.length === 0) return undefined;
  const maxPerWeek = rows.reduce((max, r) => Math.max(max, r.perWeek), 0);
  for (const row of rows) row.bar = textBar(row.perWeek, maxPerWeek);
  const totalPerWeek = rows.reduce((sum, r) => sum + r.perWeek, 0);
  return { rows, total: fmt.number(totalPerWeek) };
}
