// The report's core on observations made here: the figures each aggregate gives, the statuses at
// their boundaries, the pace needed, and the posts and pillars planned against those counted.
import { describe, expect, it } from 'vitest';
import { figureOf, measureOf } from '../../../src/report/measure.js';
import { buildReport, statusCounts } from '../../../src/report/model.js';
import { mondayOf, postsReport } from '../../../src/report/posts.js';
import { reportView } from '../../../src/report/format/view.js';
import { objectiveProgress } from '../../../src/report/progress.js';
import { levelSeries, observationsFor } from '../../../src/report/series.js';
import { fails, statusOf } from '../../../src/report/status.js';
import type { Metric, Observation, ReadResult } from '../../../src/report/types.js';
import type { Objective, Strategy } from '../../../src/strategy/types.js';

let line = 1;
function obs(date: string, platform: string, metric: Metric, value: number, extra: Partial<Observation> = {}): Observation {
  return { date, platform, metric, value, source: { file: 'data.csv', line: ++line }, ...extra };
}

function objective(extra: Record<string, unknown> = {}): Objective {
  return {
    id: 'followers',
    statement: 'Grow the Instagram audience.',
    baseline: 100,
    target: 200,
    deadline: '2027-01-31',
    measure: { platform: 'instagram', metric: 'followers', aggregate: 'last' },
    ...extra,
  } as Objective;
}

const strategy = {
  version: 1,
  organization: { name: 'Café Test', language: 'en' },
  platforms: [
    { id: 'instagram', role: 'primary', cadence: { posts: 3, per: 'week' } },
    { id: 'facebook', role: 'secondary', cadence: { posts: 1, per: 'day' } },
  ],
  audiences: [],
  editorial_line: {
    positioning: 'x',
    tone: {},
    pillars: [
      { id: 'coffee', name: 'Our coffee', share: 60 },
      { id: 'events', name: 'Events', share: 40 },
    ],
  },
  objectives: [objective()],
} as unknown as Strategy;

describe('measureOf and figureOf', () => {
  it('reads a measure, and says why one cannot be used', () => {
    expect(measureOf(objective())).toEqual({ platform: 'instagram', metric: 'followers', aggregate: 'last' });
    expect(measureOf(objective({ measure: undefined }))).toBe('no-measure');
    expect(measureOf(objective({ measure: { platform: 'x', metric: 'likes', aggregate: 'last' } }))).toBe('bad-measure');
    expect(measureOf(objective({ measure: { platform: 'x', metric: 'custom', aggregate: 'sum' } }))).toBe('custom-without-name');
    expect(measureOf(objective({ measure: { platform: 'all', metric: 'custom', aggregate: 'sum', name: ' donations ' } }))).toEqual({ platform: 'all', metric: 'custom', aggregate: 'sum', name: 'donations' });
  });
  it.each([
    [150, 150],
    ['85 %', 85],
    ['1 200', 1200],
    ['1,200', 1200],
    ['2,5', 2.5],
    ['4h', 4],
    ['30 min', 0.5],
    ['lots', undefined],
    [Number.NaN, undefined],
    [undefined, undefined],
  ])('figureOf(%j) = %j', (input, expected) => {
    expect(figureOf(input)).toBe(expected);
  });
});

describe('levelSeries', () => {
  const data = [
    obs('2026-12-01', 'instagram', 'followers', 100),
    obs('2026-12-01', 'facebook', 'followers', 50),
    obs('2026-12-08', 'instagram', 'followers', 120),
    obs('2026-12-15', 'facebook', 'followers', 70),
  ];
  it('last: each platform’s latest value, added up over the platforms', () => {
    const measure = { platform: 'all', metric: 'followers', aggregate: 'last' } as const;
    expect(levelSeries(measure, observationsFor(measure, data, ['instagram', 'facebook']))).toEqual([
      { date: '2026-12-01', value: 150 },
      { date: '2026-12-08', value: 170 },
      { date: '2026-12-15', value: 190 },
    ]);
  });
  it('sum: the running total since the baseline date; mean: the running mean of day totals, or of a rate’s values', () => {
    const clicks = [obs('2026-12-01', 'x', 'clicks', 10), obs('2026-12-01', 'x', 'clicks', 5), obs('2026-12-03', 'x', 'clicks', 30)];
    expect(levelSeries({ platform: 'x', metric: 'clicks', aggregate: 'sum' }, clicks).map((p) => p.value)).toEqual([15, 45]);
    // A count's mean is of each day's total (15, then 30); a rate's of every value.
    expect(levelSeries({ platform: 'x', metric: 'clicks', aggregate: 'mean' }, clicks).map((p) => p.value)).toEqual([15, 22.5]);
    const rates = [obs('2026-12-01', 'x', 'engagement-rate', 2), obs('2026-12-01', 'linkedin', 'engagement-rate', 4), obs('2026-12-08', 'x', 'engagement-rate', 6)];
    expect(levelSeries({ platform: 'all', metric: 'engagement-rate', aggregate: 'mean' }, rates).map((p) => p.value)).toEqual([3, 4]);
  });
  it('all: the platforms of the strategy only (a custom metric: every row of its name)', () => {
    const rows = [obs('2026-12-01', 'instagram', 'reach', 10), obs('2026-12-01', 'tiktok', 'reach', 99), obs('2026-12-01', 'all', 'custom', 5, { name: 'donations' })];
    expect(observationsFor({ platform: 'all', metric: 'reach', aggregate: 'sum' }, rows, ['instagram']).map((o) => o.value)).toEqual([10]);
    expect(observationsFor({ platform: 'all', metric: 'custom', aggregate: 'sum', name: 'donations' }, rows, ['instagram']).map((o) => o.value)).toEqual([5]);
  });
  it('takes a platform’s account rows over its post rows, so the same impressions are not counted twice', () => {
    const rows = [
      obs('2026-12-01', 'linkedin', 'impressions', 900),
      obs('2026-12-01', 'linkedin', 'impressions', 500, { post: 'p1' }),
      obs('2026-12-01', 'x', 'impressions', 40, { post: 'a' }),
      obs('2026-12-01', 'x', 'impressions', 60, { post: 'b' }),
    ];
    const measure = { platform: 'all', metric: 'impressions', aggregate: 'sum' } as const;
    expect(observationsFor(measure, rows, ['linkedin', 'x']).map((o) => o.value)).toEqual([900, 40, 60]);
    expect(levelSeries(measure, observationsFor(measure, rows, ['linkedin', 'x']))).toEqual([{ date: '2026-12-01', value: 1000 }]);
  });
  it('keeps a custom metric to its name', () => {
    const rows = [obs('2026-12-01', 'all', 'custom', 5, { name: 'donations' }), obs('2026-12-01', 'all', 'custom', 7, { name: 'sign-ups' })];
    expect(observationsFor({ platform: 'all', metric: 'custom', aggregate: 'sum', name: 'donations' }, rows, []).map((o) => o.value)).toEqual([5]);
  });
});

describe('statusOf at its boundaries', () => {
  it.each([
    [{ done: 1, elapsed: 0.2, overdue: false }, 'reached'],
    [{ done: 1.3, elapsed: 1, overdue: true }, 'reached'],
    [{ done: 0.9, elapsed: 1, overdue: true }, 'missed'],
    [{ done: 0.4, elapsed: 0.5, paceSoFar: 0.4 / 50, paceNeeded: 0.6 / 50, overdue: false }, 'on-track'],
    [{ done: 0.39, elapsed: 0.5, paceSoFar: 0.39 / 50, paceNeeded: 0.61 / 50, overdue: false }, 'behind'],
    // The rest needs 0.3 in 10 days against 0.7 in 90: more than twice the pace so far.
    [{ done: 0.7, elapsed: 0.9, paceSoFar: 0.7 / 90, paceNeeded: 0.3 / 10, overdue: false }, 'at-risk'],
    [{ done: -0.2, elapsed: 0.3, paceSoFar: -0.2 / 30, paceNeeded: 1.2 / 70, overdue: false }, 'at-risk'],
    // Exactly twice the pace so far is still "behind".
    [{ done: 0.25, elapsed: 0.4, paceSoFar: 0.01, paceNeeded: 0.02, overdue: false }, 'behind'],
  ] as const)('%j -> %s', (input, expected) => {
    expect(statusOf(input)).toBe(expected);
  });
  it('--fail-on behind fails on behind, at risk and missed; --fail-on at-risk only on the last two', () => {
    expect(['reached', 'on-track', 'behind', 'at-risk', 'missed', 'no-data', 'not-followed'].filter((s) => fails(s as never, 'behind'))).toEqual(['behind', 'at-risk', 'missed']);
    expect(['reached', 'on-track', 'behind', 'at-risk', 'missed', 'no-data', 'not-followed'].filter((s) => fails(s as never, 'at-risk'))).toEqual(['at-risk', 'missed']);
  });
});

describe('objectiveProgress', () => {
  const platforms = ['instagram', 'facebook'];
  // 100 → 200 from 2026-12-01 to 2027-01-31 (61 days); on 2026-12-31 (30 days gone, 49 %) the figure is 135 (35 % of the way).
  const data = [obs('2026-12-01', 'instagram', 'followers', 100), obs('2026-12-15', 'instagram', 'followers', 125), obs('2026-12-31', 'instagram', 'followers', 135)];
  it('gives baseline → current → target, the shares of way and time, and the paces per week', () => {
    const p = objectiveProgress(objective(), data, { today: '2027-01-02', platforms });
    expect(p).toMatchObject({ status: 'behind', baseline: 100, current: 135, target: 200, from: '2026-12-01', asOf: '2026-12-31', deadline: '2027-01-31', observations: 3 });
    expect(p.done).toBeCloseTo(0.35);
    expect(p.elapsed).toBeCloseTo(30 / 61);
    expect(p.pacePerWeek).toBeCloseTo((35 / 30) * 7);
    expect(p.neededPerWeek).toBeCloseTo((65 / 31) * 7);
    expect(p.series.map((s) => s.value)).toEqual([100, 125, 135]);
  });
  it('is on track on the straight line, at risk when the rest needs more than twice the pace', () => {
    expect(objectiveProgress(objective(), [...data, obs('2027-01-01', 'instagram', 'followers', 150)], { today: '2027-01-02', platforms }).status).toBe('on-track');
    expect(objectiveProgress(objective(), [obs('2026-12-01', 'instagram', 'followers', 100), obs('2027-01-20', 'instagram', 'followers', 130)], { today: '2027-01-20', platforms }).status).toBe('at-risk');
    expect(objectiveProgress(objective(), [obs('2026-12-01', 'instagram', 'followers', 100), obs('2027-01-20', 'instagram', 'followers', 205)], { today: '2027-01-20', platforms }).status).toBe('reached');
    expect(objectiveProgress(objective(), data, { today: '2027-02-01', platforms }).status).toBe('missed');
  });
  it('follows a target below the baseline (a response time to bring down)', () => {
    const care = objective({ baseline: '8h', target: '2h', measure: { platform: 'facebook', metric: 'response-time', aggregate: 'mean' } });
    const rows = [obs('2026-12-01', 'facebook', 'response-time', 480), obs('2026-12-31', 'facebook', 'response-time', 240)];
    // The readers give minutes: 480 and 240 minutes are 8 and 4 hours.
    const p = objectiveProgress(care, rows, { today: '2026-12-31', platforms });
    expect(p.current).toBe(6);
    expect(p.done).toBeCloseTo(2 / 6);
    expect(p.neededPerWeek).toBeLessThan(0);
  });
  it('counts a total (sum) from nothing: the baseline is last period’s total, a reference', () => {
    const clicks = objective({ baseline: 200, target: 600, measure: { platform: 'all', metric: 'clicks', aggregate: 'sum' } });
    const rows = [obs('2026-12-01', 'instagram', 'clicks', 100), obs('2026-12-31', 'facebook', 'clicks', 200)];
    const p = objectiveProgress(clicks, rows, { today: '2026-12-31', platforms });
    expect(p).toMatchObject({ start: 0, current: 300, status: 'on-track' });
    expect(p.done).toBeCloseTo(0.5);
    expect(p.neededPerWeek).toBeCloseTo((300 / 31) * 7);
  });
  it('counts from --since, never data after today', () => {
    const p = objectiveProgress(objective(), [...data, obs('2027-03-01', 'instagram', 'followers', 999)], { today: '2027-01-02', since: '2026-12-10', platforms });
    expect(p.from).toBe('2026-12-10');
    expect(p.asOf).toBe('2026-12-31');
    expect(p.observations).toBe(2);
  });
  it('says what is missing instead of guessing', () => {
    expect(objectiveProgress(objective({ measure: undefined }), data, { today: '2027-01-02', platforms })).toMatchObject({ status: 'not-followed', reason: 'no-measure' });
    expect(objectiveProgress(objective({ baseline: 'some' }), data, { today: '2027-01-02', platforms })).toMatchObject({ status: 'not-followed', reason: 'no-baseline' });
    expect(objectiveProgress(objective({ target: undefined }), data, { today: '2027-01-02', platforms })).toMatchObject({ status: 'not-followed', reason: 'no-target' });
    expect(objectiveProgress(objective({ deadline: 'soon' }), data, { today: '2027-01-02', platforms })).toMatchObject({ status: 'not-followed', reason: 'no-deadline' });
    expect(objectiveProgress(objective({ measure: { platform: 'tiktok', metric: 'followers', aggregate: 'last' } }), data, { today: '2027-01-02', platforms })).toMatchObject({ status: 'no-data' });
  });
});

describe('postsReport', () => {
  it('counts posts per platform per week against the cadence, and the pillar mix against the plan', () => {
    const rows = [
      // Instagram: three posts named by their rows (two metrics each), one of them with a tag by name.
      obs('2026-12-01', 'instagram', 'reach', 10, { post: 'a', pillar: 'coffee' }),
      obs('2026-12-01', 'instagram', 'likes' as Metric, 1, { post: 'a' }),
      obs('2026-12-03', 'instagram', 'reach', 10, { post: 'b', pillar: 'Events' }),
      obs('2026-12-09', 'instagram', 'reach', 10, { post: 'c', pillar: 'coffee' }),
      // Facebook: counts of the neutral file, which win over its post rows.
      obs('2026-12-02', 'facebook', 'posts', 5, { pillar: 'events' }),
      obs('2026-12-10', 'facebook', 'posts', 4),
      obs('2026-12-10', 'facebook', 'reach', 4, { post: 'z' }),
    ];
    const posts = postsReport(strategy, rows, { from: '2026-11-30', to: '2026-12-13' });
    expect(posts.weeks).toBe(2);
    expect(posts.platforms).toEqual([
      { platform: 'instagram', planned: 3, posts: 3, perWeek: 1.5, weeks: [2, 1] },
      { platform: 'facebook', planned: 7, posts: 9, perWeek: 4.5, weeks: [5, 4] },
    ]);
    expect(posts.pillars).toEqual([
      { pillar: 'coffee', planned: 60, posts: 2, actual: 25 },
      { pillar: 'events', planned: 40, posts: 6, actual: 75 },
    ]);
    expect(posts.untagged).toBe(4);
  });
  it('weeks run Monday to Sunday', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
  });
});

describe('posts per week of a short period', () => {
  it('counts a period shorter than a week as one whole week, never extrapolating it upward', () => {
    const one = postsReport(strategy, [obs('2027-05-01', 'instagram', 'reach', 10, { post: 'a' })], { from: '2027-05-01', to: '2027-05-01' });
    expect(one.platforms[0]).toMatchObject({ platform: 'instagram', posts: 1, perWeek: 1 });
    const two = postsReport(strategy, [obs('2027-05-01', 'instagram', 'reach', 10, { post: 'a' }), obs('2027-05-03', 'instagram', 'reach', 10, { post: 'b' })], { from: '2027-05-01', to: '2027-05-03' });
    expect(two.platforms[0]).toMatchObject({ posts: 2, perWeek: 2 });
    // Ten days are 10/7 weeks, not two full weeks.
    const ten = postsReport(strategy, [obs('2027-05-01', 'instagram', 'posts', 5)], { from: '2027-05-01', to: '2027-05-10' });
    expect(ten.platforms[0]!.perWeek).toBeCloseTo(3.5, 9);
  });
});

describe('buildReport', () => {
  it('puts the objectives and the posts of the period together, and counts the statuses', () => {
    const read: ReadResult = {
      observations: [obs('2026-12-01', 'instagram', 'followers', 100), obs('2026-12-31', 'instagram', 'followers', 150, { post: undefined })],
      files: [{ file: 'data.csv', kind: 'neutral', rows: 2 }],
      duplicates: 1,
    };
    const report = buildReport(strategy, read, { today: '2027-01-01' });
    expect(report).toMatchObject({ organization: 'Café Test', today: '2027-01-01', duplicates: 1, observations: 2 });
    expect(report.objectives[0]!.status).toBe('on-track');
    expect(report.posts?.period).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(statusCounts(report)).toEqual({ 'on-track': 1 });
  });
  it('has no posts part when no data falls before today', () => {
    const read: ReadResult = { observations: [obs('2027-05-01', 'instagram', 'followers', 100)], files: [], duplicates: 0 };
    expect(buildReport(strategy, read, { today: '2027-01-01' }).posts).toBeUndefined();
  });
  it('counts the figures dated after today instead of dropping them silently, and the notes say so', () => {
    const read: ReadResult = {
      observations: [obs('2026-12-01', 'instagram', 'followers', 100), obs('2027-05-01', 'instagram', 'followers', 120), obs('2027-12-01', 'instagram', 'followers', 130)],
      files: [],
      duplicates: 0,
    };
    const report = buildReport(strategy, read, { today: '2027-01-01' });
    expect(report.future).toEqual({ count: 2, last: '2027-12-01' });
    expect(buildReport(strategy, { ...read, observations: read.observations.slice(0, 1) }, { today: '2027-01-01' }).future).toEqual({ count: 0 });
    expect(reportView(report, 'en').intro).toContain('2 figures dated after today (January 1, 2027) were not counted (up to December 1, 2027).');
  });
});
