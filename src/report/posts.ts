// Planned against actual: posts per platform per week against the cadence, and the pillar mix
// against the planned shares, from the posts the data names (post rows, or `posts` counts of the
// neutral file) and the pillar a tag column or a post file gives them.
import { addDays, daysBetween, WEEKDAYS, weekdayOf } from '../calendar/dates.js';
import { postsPerWeek } from '../knowledge/index.js';
import type { Strategy } from '../strategy/types.js';
import type { Period } from './series.js';
import type { Observation } from './types.js';

export interface PlatformPosts {
  platform: string;
  /** Posts a week the cadence plans (undefined: the platform has no cadence). */
  planned?: number;
  /** Posts counted over the period, and per week on average. */
  posts: number;
  perWeek: number;
  /** Posts of each week of the period, Monday to Sunday, oldest first (for the sparkline). */
  weeks: number[];
}

export interface PillarShare {
  pillar: string;
  /** The planned share, in percent (undefined: a pillar the strategy does not name). */
  planned?: number;
  posts: number;
  /** The share of the posts that carry a pillar, in percent. */
  actual: number;
}

export interface PostsReport {
  period: Period;
  /** Weeks of the period (a part week counts as one). */
  weeks: number;
  platforms: PlatformPosts[];
  /** Empty when no post carries a pillar. */
  pillars: PillarShare[];
  /** Posts counted that carry no pillar. */
  untagged: number;
}

/** The Monday of a date's week (weeks run Monday to Sunday, as in plan calendar). */
export function mondayOf(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

interface CountedPost {
  platform: string;
  date: string;
  count: number;
  pillar?: string;
}

/** One entry per post: a `posts` count of the neutral file, or a post named by its rows (on its first day). */
function countedPosts(observations: readonly Observation[], period: Period): CountedPost[] {
  const inPeriod = observations.filter((o) => o.date >= period.from && o.date <= period.to);
  const counted = new Set(inPeriod.filter((o) => o.metric === 'posts').map((o) => o.platform));
  const out: CountedPost[] = inPeriod
    .filter((o) => o.metric === 'posts')
    .map((o) => ({ platform: o.platform, date: o.date, count: o.value, ...(o.pillar !== undefined ? { pillar: o.pillar } : {}) }));
  const seen = new Map<string, CountedPost>();
  for (const o of inPeriod) {
    // A platform whose posts are counted by `posts` rows is not counted a second time from its post rows.
    if (o.post === undefined || counted.has(o.platform)) continue;
    const key = `${o.platform}\u0000${o.post}`;
    const known = seen.get(key);
    if (known === undefined) seen.set(key, { platform: o.platform, date: o.date, count: 1, ...(o.pillar !== undefined ? { pillar: o.pillar } : {}) });
    else {
      if (o.date < known.date) known.date = o.date;
      if (known.pillar === undefined && o.pillar !== undefined) known.pillar = o.pillar;
    }
  }
  return [...out, ...seen.values()];
}

export function postsReport(strategy: Strategy, observations: readonly Observation[], period: Period): PostsReport {
  const posts = countedPosts(observations, period);
  const firstMonday = mondayOf(period.from);
  const weeks = Math.max(1, Math.floor(daysBetween(firstMonday, period.to) / 7) + 1);
  const days = daysBetween(period.from, period.to) + 1;
  const platformIds = [...strategy.platforms.map((p) => p.id)];
  for (const p of posts) if (!platformIds.includes(p.platform)) platformIds.push(p.platform);

  const platforms: PlatformPosts[] = platformIds.map((id) => {
    const entry = strategy.platforms.find((p) => p.id === id);
    const mine = posts.filter((p) => p.platform === id);
    const perWeekCounts = new Array<number>(weeks).fill(0);
    let total = 0;
    for (const p of mine) {
      total += p.count;
      const index = Math.floor(daysBetween(firstMonday, p.date) / 7);
      perWeekCounts[index] = (perWeekCounts[index] ?? 0) + p.count;
    }
    const cadence = entry?.cadence;
    return {
      platform: id,
      ...(cadence && cadence.posts > 0 ? { planned: postsPerWeek(cadence.posts, cadence.per) } : {}),
      posts: total,
      // Per week over the days really covered (ten days are not two full weeks), and a period
      // shorter than a week counts as a whole one: one post in one day is one a week, not seven.
      perWeek: total / Math.max(1, days / 7),
      weeks: perWeekCounts,
    };
  });

  const tagged = posts.filter((p) => p.pillar !== undefined && p.pillar !== '');
  const planned = strategy.editorial_line.pillars ?? [];
  const byPillar = new Map<string, number>();
  for (const p of tagged) {
    // A tag may give the pillar's id or its name: both lead to the pillar.
    const tag = p.pillar!.trim();
    const match = planned.find((q) => q.id === tag || q.name.toLowerCase() === tag.toLowerCase());
    const key = match?.id ?? tag;
    byPillar.set(key, (byPillar.get(key) ?? 0) + p.count);
  }
  const taggedTotal = [...byPillar.values()].reduce((a, b) => a + b, 0);
  const pillarIds = [...planned.map((p) => p.id), ...[...byPillar.keys()].filter((k) => !planned.some((p) => p.id === k))];
  const pillars: PillarShare[] =
    taggedTotal === 0
      ? []
      : pillarIds.map((id) => {
          const entry = planned.find((p) => p.id === id);
          const count = byPillar.get(id) ?? 0;
          return { pillar: id, ...(entry ? { planned: entry.share } : {}), posts: count, actual: (count / taggedTotal) * 100 };
        });
  const total = posts.reduce((a, p) => a + p.count, 0);
  return { period, weeks, platforms, pillars, untagged: total - taggedTotal };
}
