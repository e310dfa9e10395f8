// calendar/key-dates-unplanned plans only the cadence periods that hold a key date (or the days
// before it that may carry its post): those days must get exactly the posts the whole calendar gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDrafts } from '../../../src/calendar/index.js';
import { KEY_DATE_LEAD_DAYS } from '../../../src/calendar/plan.js';
import { addDays, WEEKDAYS } from '../../../src/calendar/dates.js';
import type { KeyDate } from '../../../src/calendar/types.js';
import { strategyWith } from './fixtures.js';

const FROM = '2027-01-04'; // a Monday

const cadence = fc.record({
  posts: fc.integer({ min: 0, max: 9 }),
  per: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
  days: fc.option(fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }), { nil: undefined }),
  time: fc.option(fc.constantFrom('08:00', '12:30', '19:00'), { nil: undefined }),
});

const keyDate = (weeks: number) =>
  fc.record({ offset: fc.integer({ min: 0, max: weeks * 7 - 1 }), pillar: fc.option(fc.constant('p1'), { nil: undefined }) }).map(
    ({ offset, pillar }): KeyDate => ({ date: addDays(FROM, offset), name: `Key ${offset}`, origin: 'strategy', ...(pillar ? { pillar } : {}) }),
  );

describe('planDrafts around key dates', () => {
  it('marks the same posts on the same days as the whole calendar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).chain((weeks) =>
          fc.tuple(fc.constant(weeks), fc.array(cadence, { minLength: 1, maxLength: 3 }), fc.array(keyDate(weeks), { minLength: 1, maxLength: 4 }), fc.uniqueArray(fc.integer({ min: 0, max: weeks * 7 - 1 }), { maxLength: 5 })),
        ),
        ([weeks, cadences, keyDates, blackoutOffsets]) => {
          const platforms = cadences.map((c, i) => ({ id: ['instagram', 'facebook', 'linkedin'][i]!, role: 'primary' as const, cadence: Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as never }));
          const strategy = strategyWith(platforms, { calendar: { blackout_dates: blackoutOffsets.map((o) => addDays(FROM, o)) } as never });
          const options = { from: FROM, weeks, keyDates };
          const around = new Set(keyDates.flatMap((k) => Array.from({ length: KEY_DATE_LEAD_DAYS + 1 }, (_, lead) => addDays(k.date, -lead))));
          const whole = planDrafts(strategy, options);
          const part = planDrafts(strategy, options, around);
          const on = (plan: typeof whole) =>
            plan.drafts.map((d, i) => ({ date: d.date, time: d.time, platform: d.platform, mark: plan.marks[i]?.name })).filter((d) => around.has(d.date));
          expect(on(part)).toEqual(on(whole));
          const marked = (plan: typeof whole) => new Set(plan.marks.flatMap((k) => (k ? [k.name] : [])));
          expect(marked(part)).toEqual(marked(whole));
        },
      ),
      { numRuns: 300 },
    );
  });
});
