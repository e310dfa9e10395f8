// estimateReach reads a per-age table built once per platform and region (1,000 files check the same
// few platforms): it must give exactly what the year-by-year estimate gave, written out here as the oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateReach, MAINSTREAM, PLATFORMS, platformFacts } from '../../../src/knowledge/index.js';

type Band = { min: number; max: number; percent: number };
const isAllAdults = (band: Band) => band.min <= 18 && band.max >= 120;
const narrowest = (bands: readonly Band[], year: number) =>
  bands.filter((b) => year >= b.min && year <= b.max).reduce<Band | undefined>((best, b) => (!best || b.max - b.min < best.max - best.min ? b : best), undefined);
function reachFor(id: string, region?: string) {
  const sets = platformFacts(id)!.reach ?? [];
  const exact = region ? sets.find((r) => r.region === region) ?? sets.find((r) => region.startsWith(r.region + '-')) : undefined;
  return exact ?? sets.find((r) => r.region === 'US');
}

/** The estimate as first written: every year of the range, every band scanned. */
function oracle(id: string, age: { min?: number; max?: number }, region: string | undefined, strict: boolean): number | undefined {
  const local = reachFor(id, region)?.bands ?? [];
  const us = region && region !== 'US' ? reachFor(id, 'US')?.bands ?? [] : [];
  const from = Math.max(age.min ?? 18, 0);
  const to = Math.min(age.max ?? 90, 90);
  if (to < from) return undefined;
  const own = [...local, ...us].filter((b) => !isAllAdults(b));
  const lo = Math.min(...own.map((b) => b.min));
  const hi = Math.max(...own.map((b) => b.max));
  let sum = 0;
  let covered = 0;
  for (let year = from; year <= to; year++) {
    const mine = narrowest(local, year);
    const fallback = us === local ? undefined : narrowest(us, year);
    let band = mine && !isAllAdults(mine) ? mine : fallback && (!mine || !isAllAdults(fallback)) ? fallback : mine;
    if (band && strict && isAllAdults(band) && band.percent < MAINSTREAM && lo <= hi && (year < lo || year > hi)) band = undefined;
    if (band) {
      sum += band.percent;
      covered++;
    }
  }
  if (covered * (strict ? 3 : 2) < to - from + 1) return undefined;
  return Math.round(sum / covered);
}

describe('estimateReach', () => {
  it('equals the year-by-year estimate for every platform, region and age range', () => {
    const ids = PLATFORMS.map((p) => p.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.record({ min: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }), max: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }) }),
        fc.constantFrom(undefined, 'US', 'CA', 'CA-QC', 'CA-ON', 'FR'),
        fc.boolean(),
        (id, age, region, strict) => {
          expect(estimateReach(id, age, region, { strict })).toBe(oracle(id, age, region, strict));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('gives the same for ages that are not whole numbers (computed, not read from the table)', () => {
    for (const id of ['facebook', 'tiktok', 'linkedin']) {
      for (const age of [{ min: 24.5, max: 38 }, { min: 17.5 }, { min: 64.2, max: 90 }]) {
        for (const strict of [false, true]) expect(estimateReach(id, age, 'CA-QC', { strict })).toBe(oracle(id, age, 'CA-QC', strict));
      }
    }
  });
});
