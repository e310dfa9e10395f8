// "Today" in the strategy's time zone: processZoneDay (what `plan brief` uses: process.env.TZ and
// Date, no Intl date formatter) must give intlZoneDay's answer for every zone the runtime knows,
// and leave the process's own zone as it found it.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { intlZoneDay, processZoneDay } from '../../../src/brief/zone.js';

const ZONES = Intl.supportedValuesOf('timeZone');
const initialTz = process.env.TZ;

afterEach(() => {
  if (initialTz === undefined) delete process.env.TZ;
  else process.env.TZ = initialTz;
});

/** Instants around the year's clock changes in most zones, and a spread over 1900-2100. */
function instants(seed: number): number[] {
  const out: number[] = [];
  for (const [month, day] of [[2, 8], [2, 29], [3, 5], [9, 1], [9, 27], [10, 1], [10, 7], [11, 1]] as const) {
    for (const hour of [0, 5, 11, 23]) out.push(Date.UTC(2026, month, day, hour, 30));
  }
  out.push(...fc.sample(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), { numRuns: 16, seed }));
  return out;
}

describe('processZoneDay', () => {
  it('gives the Intl answer for every zone the runtime knows', () => {
    expect(ZONES.length).toBeGreaterThan(300);
    const mismatches: string[] = [];
    ZONES.forEach((zone, index) => {
      for (const ms of instants(index)) {
        const a = processZoneDay(ms, zone);
        const b = intlZoneDay(ms, zone);
        if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`${zone} ${new Date(ms).toISOString()}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      }
    });
    expect(mismatches).toEqual([]);
  });

  it('also when the process has a zone of its own', () => {
    process.env.TZ = 'Asia/Tokyo';
    for (const zone of ['America/Toronto', 'Europe/Paris', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      for (const ms of instants(7)) expect(processZoneDay(ms, zone), zone).toEqual(intlZoneDay(ms, zone));
    }
  });

  it('hands names that are not canonical to Intl, which may or may not know them', () => {
    const ms = Date.UTC(2026, 0, 1, 2);
    for (const zone of ['america/toronto', 'AMERICA/TORONTO', 'US/Eastern', 'Asia/Calcutta', 'EST5EDT', 'Etc/GMT+5', 'UTC', ':America/Toronto', 'UTC+5', '<+03>-3', 'Nowhere/Bogus', 'posix/America/Toronto', '']) {
      expect(processZoneDay(ms, zone), zone).toEqual(intlZoneDay(ms, zone));
    }
    expect(intlZoneDay(ms, 'america/toronto')).toEqual({ year: 2025, month: 12, day: 31 });
    expect(intlZoneDay(ms, 'Nowhere/Bogus')).toBeUndefined();
  });

  it('leaves the process zone and its Date offsets as they were', () => {
    for (const tz of [undefined, 'America/Vancouver']) {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
      const ms = Date.UTC(2026, 6, 1, 12);
      const before = new Date(ms).getTimezoneOffset();
      processZoneDay(ms, 'Asia/Kolkata');
      expect(process.env.TZ).toBe(tz);
      expect(new Date(ms).getTimezoneOffset()).toBe(before);
    }
    expect(new Date(Date.UTC(2026, 6, 1, 12)).getTimezoneOffset()).toBe(420);
  });

  it('says when Intl does not know the zone', () => {
    expect(intlZoneDay(0, 'Mars/Olympus_Mons')).toBeUndefined();
    expect(intlZoneDay(Date.UTC(-5, 0, 1), 'UTC')).toEqual({ year: -5, month: 1, day: 1 });
  });
});
