// compareCodeUnits replaces localeCompare for ids, ISO dates and HH:MM times: same order, no collator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from '../../../src/text/compare.js';

const sign = (n: number) => Math.sign(n);
// Ids (the schema's id pattern, and rule ids with a slash), and dates and times, always of one shape
// (a colon against a digit would sort differently: never at the same place in two HH:MM times).
const id = fc.stringMatching(/^[a-z0-9/-]{0,12}$/);
const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const time = fc.oneof(fc.constant(''), fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));

describe('compareCodeUnits', () => {
  it.each([
    ['2027-01-04', '2027-01-05', -1],
    ['09:30', '10:00', -1],
    ['', '08:00', -1],
    ['audience/platform-fit', 'audience/minors', 1],
    ['x', 'x', 0],
  ])('%s vs %s', (a, b, expected) => {
    expect(compareCodeUnits(a, b)).toBe(expected);
  });

  it.each([
    ['ids', id],
    ['dates', date],
    ['times', time],
  ])('orders %s as localeCompare does', (_, strings) => {
    fc.assert(
      fc.property(strings, strings, (a, b) => {
        expect(sign(compareCodeUnits(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 3000 },
    );
  });
});
