// The mix the posts themselves make, against the one the strategy plans: each pillar's share of the
// publications in a window, and each platform's publications per week against its cadence. A
// publication is a post on one platform (a post for Instagram and Facebook counts twice), as the
// calendar counts its slots. Pure: the mix rules and the brief's chart read the same figures.
import { addDays, daysBetween, nextMonday } from '../calendar/dates.js';
import type { Strategy } from '../strategy/types.js';
import type { Post } from './types.js';

export interface MixWindow {
  /** First day, YYYY-MM-DD (a Monday when taken from today). */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export interface MixTolerance {
  /** How far a pillar's share may be from its planned share, in percentage points. */
  share: number;
  /** How many posts a week a platform may be off its cadence. */
  posts: number;
}

export const DEFAULT_MIX_WEEKS = 4;
export const DEFAULT_TOLERANCE: MixTolerance = { share: 15, posts: 1 };
/** Fewer publications than this in the window say nothing about a mix yet. */
export const MIN_PUBLICATIONS = 5;

export interface Publication {
  post: Post;
  platform: string;
  date: string;
  pillar?: string;
}

/** The publications dated in the window (posts without a readable date or platform are not counted). */
export function publicationsIn(posts: readonly Post[], window: MixWindow): Publication[] {
  const out: Publication[] = [];
  for (const post of posts) {
    const date = post.meta.date;
    if (typeof date !== 'string' || date < window.from || date > window.to) continue;
    const platforms = Array.isArray(post.meta.platforms) ? post.meta.platforms.filter((p): p is string => typeof p === 'string') : [];
    const pillar = typeof post.meta.pillar === 'string' ? post.meta.pillar : undefined;
    for (const platform of new Set(platforms)) out.push({ post, platform, date, ...(pillar ? { pillar } : {}) });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface PillarMix {
  pillar: string;
  name: string;
  /** Planned share in percent (the strategy's shares, scaled to 100). */
  planned: number;
  drafted: number;
  /** Drafted share in percent of all publications of the window. */
  share: number;
  publications: Publication[];
}

/** Each pillar of the strategy, planned against drafted, in the strategy's order. */
export function pillarMix(strategy: Strategy, publications: readonly Publication[]): PillarMix[] {
  const pillars = strategy.editorial_line.pillars ?? [];
  const total = pillars.reduce((sum, p) => sum + (p.share ?? 0), 0);
  return pillars.map((p) => {
    const mine = publications.filter((pub) => pub.pillar === p.id);
    return {
      pillar: p.id,
      name: p.name,
      planned: total > 0 ? ((p.share ?? 0) * 100) / total : 0,
      drafted: mine.length,
      share: publications.length > 0 ? (mine.length * 100) / publications.length : 0,
      publications: mine,
    };
  });
}

export interface WeekCount {
  platform: string;
  /** The week's first day. */
  from: string;
  to: string;
  /** Posts the cadence asks for that week (a monthly cadence spread over the weeks). */
  planned: number;
  drafted: number;
  publications: Publication[];
}

/** Posts a week a cadence asks for: a monthly cadence is 12 months spread over 52 weeks. */
export function weeklyPosts(cadence: { posts: number; per: string }): number {
  if (cadence.per === 'day') return cadence.posts * 7;
  if (cadence.per === 'month') return (cadence.posts * 12) / 52;
  return cadence.posts;
}

/** Each platform with a cadence, week by week over the window (7-day weeks from its first day). */
export function weeklyCounts(strategy: Strategy, publications: readonly Publication[], window: MixWindow): WeekCount[] {
  const out: WeekCount[] = [];
  const weeks = Math.ceil((daysBetween(window.from, window.to) + 1) / 7);
  for (const platform of strategy.platforms) {
    const cadence = platform.cadence;
    if (!cadence || cadence.posts <= 0) continue;
    for (let w = 0; w < weeks; w++) {
      const from = addDays(window.from, w * 7);
      const last = addDays(from, 6);
      const to = last > window.to ? window.to : last;
      const mine = publications.filter((pub) => pub.platform === platform.id && pub.date >= from && pub.date <= to);
      out.push({ platform: platform.id, from, to, planned: weeklyPosts(cadence), drafted: mine.length, publications: mine });
    }
  }
  return out;
}

/**
 * The window the mix rules look at: `weeks` weeks from `from`, but not past the week of the last
 * dated post (weeks nobody has drafted yet are not behind: they are ahead; a post dated after the
 * window means every week of it has been drafted).
 */
export function mixWindow(posts: readonly Post[], from: string, weeks: number): MixWindow | undefined {
  const planned = addDays(from, weeks * 7 - 1);
  const dates = posts.map((p) => p.meta.date).filter((d): d is string => typeof d === 'string' && d >= from).sort();
  const last = dates.at(-1);
  // No post in the window: nothing drafted to compare yet.
  if (last === undefined || dates[0]! > planned) return undefined;
  const lastWeekEnd = addDays(from, Math.floor(daysBetween(from, last) / 7) * 7 + 6);
  return { from, to: lastWeekEnd < planned ? lastWeekEnd : planned };
}

/**
 * The window `mix:` in .planrc.yaml plans, before any post is read: from `from`, else the next
 * Monday (where plan calendar's drafts start; today on a Monday), `weeks` weeks long.
 */
export function plannedMixWindow(mix: { weeks?: number; from?: string }, today: string): MixWindow {
  const from = mix.from ?? nextMonday(today);
  return { from, to: addDays(from, (mix.weeks ?? DEFAULT_MIX_WEEKS) * 7 - 1) };
}

/** The mix window of `mix:` in .planrc.yaml, as the posts fill it (see mixWindow). */
export function configuredMixWindow(posts: readonly Post[], mix: { weeks?: number; from?: string }, today: string): MixWindow | undefined {
  return mixWindow(posts, plannedMixWindow(mix, today).from, mix.weeks ?? DEFAULT_MIX_WEEKS);
}
