import { describe, expect, it } from 'vitest';
import { planCalendar, planCalendarWithNotes } from '../../../src/calendar/index.js';
import { bucketsOf, chooseDates, timesOfDay } from '../../../src/calendar/plan.js';
import { addDays, weekdayOf } from '../../../src/calendar/dates.js';
import { strategyWith } from './fixtures.js';

const FROM = '2027-01-04'; // a Monday

describe('planCalendar: spreading the cadence', () => {
  const cases: { name: string; cadence: { posts: number; per: 'day' | 'week' | 'month'; days?: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]; time?: string }; weeks: number; count: number; weekdays?: string[] }[] = [
    { name: 'per week on the given days', cadence: { posts: 3, per: 'week', days: ['mon', 'wed', 'fri'] }, weeks: 2, count: 6, weekdays: ['mon', 'wed', 'fri'] },
    { name: 'per week, fewer posts than days: spread over them', cadence: { posts: 2, per: 'week', days: ['mon', 'tue', 'wed', 'thu'] }, weeks: 1, count: 2, weekdays: ['tue', 'thu'] },
    { name: 'per week without days: evenly over the week', cadence: { posts: 3, per: 'week' }, weeks: 1, count: 3, weekdays: ['tue', 'thu', 'sat'] },
    { name: 'per day: every day', cadence: { posts: 1, per: 'day' }, weeks: 2, count: 14 },
    { name: 'per day, twice', cadence: { posts: 2, per: 'day', time: '09:00' }, weeks: 1, count: 14 },
    { name: 'per month, share of a partial month', cadence: { posts: 4, per: 'month' }, weeks: 4, count: 4 },
    { name: 'more posts than days: doubles up', cadence: { posts: 9, per: 'week' }, weeks: 1, count: 9 },
    { name: 'zero posts', cadence: { posts: 0, per: 'week' }, weeks: 4, count: 0 },
  ];
  it.each(cases)('$name', ({ cadence, weeks, count, weekdays }) => {
    const slots = planCalendar(strategyWith([{ id: 'instagram', role: 'primary', cadence }]), { from: FROM, weeks });
    expect(slots).toHaveLength(count);
    for (const s of slots) {
      expect(s.date >= FROM && s.date <= addDays(FROM, weeks * 7 - 1)).toBe(true);
      expect(s.status).toBe('planned');
      expect(s.copy).toBe('');
    }
    if (weekdays) expect([...new Set(slots.map((s) => weekdayOf(s.date)))].sort()).toEqual([...weekdays].sort());
  });

  it('uses the cadence time, and spaces several posts of one day', () => {
    const slots = planCalendar(strategyWith([{ id: 'x', role: 'primary', cadence: { posts: 3, per: 'day', time: '09:00' } }], { community: { hours: { start: '09:00', end: '18:00' } } }), { from: FROM, weeks: 1 });
    expect(slots.filter((s) => s.date === FROM).map((s) => s.time)).toEqual(['09:00', '12:00', '15:00']);
  });

  it('gives 09:00 when neither the cadence nor the platform knowledge has a time', () => {
    const slots = planCalendar(strategyWith([{ id: 'my-blog', name: 'Our blog', role: 'primary', cadence: { posts: 2, per: 'week' } }]), { from: FROM, weeks: 1 });
    expect(slots.every((s) => s.time === '09:00')).toBe(true);
    // X's usual time, from the platform knowledge.
    expect(planCalendar(strategyWith([{ id: 'x', role: 'primary', cadence: { posts: 2, per: 'week' } }]), { from: FROM, weeks: 1 }).every((s) => s.time === '12:00')).toBe(true);
  });

  it('skips blackout dates, moving the post to another day of the same week', () => {
    const strategy = strategyWith([{ id: 'x', role: 'primary', cadence: { posts: 3, per: 'week', days: ['mon', 'wed', 'fri'] } }], { calendar: { blackout_dates: ['2027-01-06'] } });
    const slots = planCalendar(strategy, { from: FROM, weeks: 1 });
    expect(slots).toHaveLength(3);
    expect(slots.map((s) => s.date)).not.toContain('2027-01-06');
  });

  it('drops the posts of a day entirely blacked out, and says so', () => {
    const strategy = strategyWith([{ id: 'x', role: 'primary', cadence: { posts: 1, per: 'day' } }], { calendar: { blackout_dates: ['2027-01-05', '2027-01-06'] } });
    const plan = planCalendarWithNotes(strategy, { from: FROM, weeks: 1 });
    expect(plan.slots.map((s) => s.date)).toEqual(['2027-01-04', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10']);
    expect(plan.notes).toContainEqual({ kind: 'dropped', platform: 'x', count: 2 });
  });

  it('posts only on days the community is watched, and notes explicit days it had to move', () => {
    const strategy = strategyWith([{ id: 'x', role: 'primary', cadence: { posts: 4, per: 'week', days: ['tue', 'thu', 'sat', 'sun'] } }], { community: { hours: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] } } });
    const plan = planCalendarWithNotes(strategy, { from: FROM, weeks: 3 });
    expect(plan.slots).toHaveLength(12);
    expect(plan.slots.some((s) => weekdayOf(s.date) === 'sun')).toBe(false);
    expect(plan.notes).toContainEqual({ kind: 'days-off-hours', platform: 'x', days: ['sun'] });
  });

  it('rotates audiences and formats per platform, and fills the owner', () => {
    const strategy = strategyWith([
      { id: 'x', role: 'primary', audiences: ['a', 'b'], formats: ['f1', 'f2', 'f3'], owner: 'Ana', cadence: { posts: 6, per: 'week' } },
      { id: 'y', role: 'secondary', cadence: { posts: 1, per: 'week' } },
    ], { organization: { name: 'Test Org', language: 'en', owner: 'Boss' } });
    const slots = planCalendar(strategy, { from: FROM, weeks: 1 });
    const x = slots.filter((s) => s.platform === 'x');
    expect(x.map((s) => s.audience)).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
    expect(x.map((s) => s.format)).toEqual(['f1', 'f2', 'f3', 'f1', 'f2', 'f3']);
    expect(x.every((s) => s.owner === 'Ana')).toBe(true);
    const y = slots.filter((s) => s.platform === 'y');
    expect(y[0]).toMatchObject({ owner: 'Boss' });
    expect(y[0]!.audience).toBeUndefined();
    expect(y[0]!.format).toBeUndefined();
  });

  it('notes a platform without cadence (not a listening one)', () => {
    const plan = planCalendarWithNotes(strategyWith([{ id: 'x', role: 'primary' }, { id: 'y', role: 'listening' }]), { from: FROM, weeks: 1 });
    expect(plan.slots).toEqual([]);
    expect(plan.notes).toEqual([{ kind: 'no-cadence', platform: 'x' }]);
  });

  it('sorts slots by date, then time, then platform order', () => {
    const slots = planCalendar(strategyWith([
      { id: 'late', role: 'primary', cadence: { posts: 1, per: 'day', time: '18:00' } },
      { id: 'early', role: 'primary', cadence: { posts: 1, per: 'day', time: '07:00' } },
    ]), { from: FROM, weeks: 1 });
    expect(slots.slice(0, 2).map((s) => s.platform)).toEqual(['early', 'late']);
  });

  it('is deterministic', () => {
    const strategy = strategyWith([{ id: 'x', role: 'primary', audiences: ['a', 'b'], cadence: { posts: 5, per: 'week' } }]);
    expect(planCalendar(strategy, { from: FROM, weeks: 6 })).toEqual(planCalendar(structuredClone(strategy), { from: FROM, weeks: 6 }));
  });

  it.each([
    { from: '2027-02-30', weeks: 1 },
    { from: '04/01/2027', weeks: 1 },
    { from: FROM, weeks: 0 },
    { from: FROM, weeks: 1.5 },
    { from: FROM, weeks: 54 },
  ])('rejects from=$from weeks=$weeks', (options) => {
    expect(() => planCalendar(strategyWith([]), options)).toThrow(RangeError);
  });
});

describe('planner helpers', () => {
  it('splits a monthly cadence by the share of each month, rounding on the running total', () => {
    const period = Array.from({ length: 8 * 7 }, (_, i) => addDays('2027-01-18', i)); // Jan 18 to Mar 14
    const buckets = bucketsOf(period, 'month', 4);
    expect(buckets.map((b) => b.dates[0])).toEqual(['2027-01-18', '2027-02-01', '2027-03-01']);
    expect(buckets.map((b) => b.posts)).toEqual([2, 4, 2]);
  });

  it('chooses preferred dates first, then the farthest other dates, then doubles up', () => {
    expect(chooseDates(2, ['d1', 'd2', 'd3', 'd4'], ['d1', 'd2', 'd3', 'd4'])).toEqual(['d2', 'd4']);
    expect(chooseDates(3, ['2027-01-04'], ['2027-01-04', '2027-01-05', '2027-01-08', '2027-01-10'])).toEqual(['2027-01-04', '2027-01-08', '2027-01-10']);
    expect(chooseDates(3, ['2027-01-04'], ['2027-01-04'])).toEqual(['2027-01-04', '2027-01-04', '2027-01-04']);
    expect(chooseDates(1, [], [])).toEqual([]);
  });

  it('spaces the times of one day up to the end of community hours', () => {
    expect(timesOfDay(1, '08:30', undefined)).toEqual(['08:30']);
    expect(timesOfDay(2, '09:00', '17:00')).toEqual(['09:00', '13:00']);
    expect(timesOfDay(2, undefined, '17:00')).toEqual([undefined, undefined]);
    expect(timesOfDay(3, '23:00', undefined).every((t) => t! <= '23:55')).toBe(true);
  });
});
