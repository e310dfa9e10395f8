import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { translator } from '../../../src/i18n/index.js';
import { mixWindow, pillarMix, publicationsIn, weeklyCounts, weeklyPosts } from '../../../src/posts/mix.js';
import { parsePost } from '../../../src/posts/parse.js';
import type { Post, PostSetRule } from '../../../src/posts/types.js';
import { renderPost } from '../../../src/posts/write.js';
import { postCadence } from '../../../src/rules/posts/cadence.js';
import { postPillarMix } from '../../../src/rules/posts/pillar-mix.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { ROOT } from '../../helpers/cli.js';

// Café Boréal: Instagram 4 a week, Facebook 3 a week; pillars coulisses 40, quartier 40, offres 20.
const strategy = parse(readFileSync(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), 'utf8')) as Strategy;
let n = 0;
const post = (date: string, platforms: string[], pillar?: string): Post => parsePost(renderPost({ meta: { platforms, date, ...(pillar ? { pillar } : {}), status: 'draft' }, body: 'Texte.' }), `posts/${++n}.md`).post;

/** A week as the calendar plans it: 4 Instagram and 3 Facebook posts, pillars 3/3/1. */
function plannedWeek(monday: string): Post[] {
  const day = (i: number) => `${monday.slice(0, 8)}${String(Number(monday.slice(8)) + i).padStart(2, '0')}`;
  return [post(day(0), ['facebook'], 'coulisses'), post(day(1), ['instagram'], 'quartier'), post(day(2), ['facebook'], 'quartier'), post(day(3), ['instagram'], 'coulisses'), post(day(4), ['facebook'], 'offres'), post(day(5), ['instagram'], 'coulisses'), post(day(6), ['instagram'], 'quartier')];
}

const run = (rule: PostSetRule, posts: Post[], window = { from: '2027-01-04', to: '2027-01-17' }, tolerance = { share: 15, posts: 1 }) =>
  rule.checkAll(posts, { t: translator(rule.messages, 'en'), lang: 'en', now: new Date('2027-01-04'), strategy, window, tolerance });

describe('the mix of the posts', () => {
  it('counts a post once per platform, only in the window', () => {
    const pubs = publicationsIn([post('2027-01-05', ['instagram', 'facebook'], 'offres'), post('2027-01-20', ['instagram'])], { from: '2027-01-04', to: '2027-01-17' });
    expect(pubs.map((p) => p.platform)).toEqual(['instagram', 'facebook']);
    const mix = pillarMix(strategy, pubs);
    expect(mix.map((m) => [m.pillar, m.planned, m.drafted, m.share])).toEqual([['coulisses', 40, 0, 0], ['quartier', 40, 0, 0], ['offres', 20, 2, 100]]);
  });

  it('spreads a monthly cadence over the weeks and a daily one over seven days', () => {
    expect(weeklyPosts({ posts: 4, per: 'week' })).toBe(4);
    expect(weeklyPosts({ posts: 2, per: 'day' })).toBe(14);
    expect(weeklyPosts({ posts: 13, per: 'month' })).toBe(3);
    const counts = weeklyCounts(strategy, publicationsIn(plannedWeek('2027-01-04'), { from: '2027-01-04', to: '2027-01-10' }), { from: '2027-01-04', to: '2027-01-10' });
    expect(counts.map((c) => [c.platform, c.planned, c.drafted])).toEqual([['instagram', 4, 4], ['facebook', 3, 3]]);
  });

  it('looks from the window’s start to the week of the last post, not at weeks nobody drafted yet', () => {
    expect(mixWindow([post('2027-01-06', ['x']), post('2027-01-13', ['x'])], '2027-01-04', 4)).toEqual({ from: '2027-01-04', to: '2027-01-17' });
    expect(mixWindow([post('2027-03-01', ['x'])], '2027-01-04', 4)).toBeUndefined();
    expect(mixWindow([post('2027-01-05', ['x']), post('2027-02-20', ['x'])], '2027-01-04', 4)).toEqual({ from: '2027-01-04', to: '2027-01-31' });
  });
});

describe('posts/pillar-mix and posts/cadence', () => {
  it('say nothing about posts drafted as the calendar plans them', () => {
    const posts = [...plannedWeek('2027-01-04'), ...plannedWeek('2027-01-11')];
    expect(run(postPillarMix, posts)).toEqual([]);
    expect(run(postCadence, posts)).toEqual([]);
  });

  it('pillar-mix: a pillar past the tolerance, over at its last post, under at the over-represented pillar’s last post', () => {
    const posts = plannedWeek('2027-01-04').map((p) => (p.meta.pillar === 'coulisses' ? post(p.meta.date!, p.meta.platforms!, 'offres') : p));
    const hits = run(postPillarMix, posts, { from: '2027-01-04', to: '2027-01-10' });
    expect(hits.map((h) => h.hit.message)).toEqual([
      'Pillar Dans les coulisses: 0 of the 7 posts from 2027-01-04 to 2027-01-10 (0%), where the strategy plans 40% (tolerance ±15 points). Draft more Dans les coulisses posts, or change the shares.',
      'Pillar Offres et nouveautés: 4 of the 7 posts from 2027-01-04 to 2027-01-10 (57%), where the strategy plans 20% (tolerance ±15 points). Give some of them another pillar, or change the shares.',
    ]);
    const lastOffres = posts.filter((p) => p.meta.pillar === 'offres').at(-1);
    expect(hits.every((h) => h.post === lastOffres && 'path' in h.hit && h.hit.path[0] === 'pillar')).toBe(true);
    // Within a wider tolerance: quiet. Fewer than five publications: too few to say.
    expect(run(postPillarMix, posts, { from: '2027-01-04', to: '2027-01-10' }, { share: 45, posts: 1 })).toEqual([]);
    expect(run(postPillarMix, posts.slice(0, 4), { from: '2027-01-04', to: '2027-01-10' })).toEqual([]);
  });

  it('cadence: a week short of its cadence, or over it, past the tolerance', () => {
    const week = plannedWeek('2027-01-04');
    const short = week.filter((p) => !(p.meta.platforms![0] === 'instagram' && p.meta.date! > '2027-01-08'));
    const hits = run(postCadence, short, { from: '2027-01-04', to: '2027-01-10' });
    expect(hits.map((h) => h.hit.message)).toEqual(['Instagram, week of 2027-01-04: 2 post(s) drafted, where the cadence asks for 4 (tolerance ±1). Draft the missing ones, or change the cadence.']);
    // At the week's last Instagram post.
    expect(hits[0]!.post.meta.date).toBe('2027-01-07');
    // Fewer than five publications: one post checked alone says nothing about a rhythm.
    expect(run(postCadence, short.slice(0, 4), { from: '2027-01-04', to: '2027-01-10' })).toEqual([]);
    const crowded = [...week, post('2027-01-09', ['facebook']), post('2027-01-10', ['facebook'])];
    expect(run(postCadence, crowded, { from: '2027-01-04', to: '2027-01-10' }).map((h) => h.hit.message)).toEqual(['Facebook, week of 2027-01-04: 5 posts drafted, where the cadence asks for 3 (tolerance ±1). Move some to another week, or change the cadence.']);
    // One post off: within the default tolerance.
    expect(run(postCadence, week.slice(1), { from: '2027-01-04', to: '2027-01-10' })).toEqual([]);
  });
});
