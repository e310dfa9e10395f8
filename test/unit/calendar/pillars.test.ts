import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPillars, pillarQuotas } from '../../../src/calendar/pillars.js';
import { planCalendar } from '../../../src/calendar/index.js';
import { WEEKDAYS } from '../../../src/calendar/dates.js';
import { strategyWith } from './fixtures.js';

const pillarsArb = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }).map((shares) => shares.map((share, i) => ({ id: `p${i}`, name: `P${i}`, share })));

function expectWithinOne(pillars: { share: number }[], counts: number[], total: number): void {
  const sum = pillars.reduce((a, p) => a + p.share, 0);
  pillars.forEach((p, i) => {
    const target = sum > 0 ? (p.share * total) / sum : total / pillars.length;
    expect(Math.abs(counts[i]! - target)).toBeLessThan(1);
  });
}

describe('pillar shares', () => {
  it.each([
    { shares: [40, 40, 20], total: 28, quotas: [11, 11, 6] },
    { shares: [50, 30, 20], total: 10, quotas: [5, 3, 2] },
    { shares: [1, 1, 1], total: 2, quotas: [1, 1, 0] },
    { shares: [0, 100], total: 5, quotas: [0, 5] },
    { shares: [0, 0], total: 3, quotas: [2, 1] },
  ])('quotas of $shares over $total slots', ({ shares, total, quotas }) => {
    expect(pillarQuotas(shares.map((share, i) => ({ id: `p${i}`, share })), total)).toEqual(quotas);
  });

  it('interleaves pillars rather than sending them in blocks', () => {
    expect(assignPillars([{ id: 'a', share: 50 }, { id: 'b', share: 50 }], [0, 0, 0, 0, 0, 0])).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('keeps every pillar within one post of its target, whatever the groups (property)', () => {
    fc.assert(
      fc.property(pillarsArb, fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 300 }), (pillars, groups) => {
        const order = assignPillars(pillars, groups);
        expect(order).toHaveLength(groups.length);
        const counts = pillars.map((_, i) => order.filter((x) => x === i).length);
        expectWithinOne(pillars, counts, groups.length);
      }),
      { numRuns: 300 },
    );
  });

  it('holds for whole calendars: random cadences, days, blackouts and pillar mixes (property)', () => {
    const cadenceArb = fc.record({
      posts: fc.integer({ min: 0, max: 8 }),
      per: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
      days: fc.subarray([...WEEKDAYS]),
    });
    fc.assert(
      fc.property(
        pillarsArb,
        fc.array(cadenceArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 10 }),
        fc.date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (pillars, cadences, weeks, start) => {
          const from = start.toISOString().slice(0, 10);
          const strategy = strategyWith(
            cadences.map((c, i) => ({ id: `pf${i}`, role: 'primary' as const, cadence: { posts: c.posts, per: c.per, ...(c.days.length ? { days: c.days } : {}) } })),
            { editorial_line: { positioning: 'x', tone: {}, pillars } },
          );
          const slots = planCalendar(strategy, { from, weeks });
          const counts = pillars.map((p) => slots.filter((s) => s.pillar === p.id).length);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(slots.length);
          expectWithinOne(pillars, counts, slots.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
