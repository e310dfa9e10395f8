// Key dates: the region's holidays come from date-holidays (checked here on a known year, 2027,
// for each region the examples and the README use), and the strategy's own key dates read
// date-holidays' rule syntax.
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { isYearlyRule, keyDatesFor, knowsRegion, regionHolidays, strategyKeyDates } from '../../../src/calendar/key-dates.js';
import { strategyWith } from './fixtures.js';

const byDate = (list: { date: string; name: string }[]) => Object.fromEntries(list.map((h) => [h.date, h.name]));

describe('regionHolidays on 2027', () => {
  it('Québec (CA-QC), in French and in English', () => {
    const fr = byDate(regionHolidays('CA-QC', '2027-01-01', '2027-12-31', 'fr'));
    expect(fr['2027-06-24']).toBe('Fête nationale du Québec');
    expect(fr['2027-05-24']).toBe('Journée nationale des patriotes');
    expect(fr['2027-07-01']).toBe('Fête du Canada');
    expect(fr['2027-05-09']).toBe('Fête des Mères');
    expect(fr['2027-12-25']).toBe('Noël');
    expect(fr['2027-09-06']).toBe('Fête du travail');
    const en = byDate(regionHolidays('CA-QC', '2027-01-01', '2027-12-31', 'en'));
    expect(en['2027-05-24']).toBe("National Patriots' Day");
    expect(en['2027-12-25']).toBe('Christmas Day');
    // Victoria Day is Ontario's name for that Monday, not Québec's.
    expect(Object.values(en)).not.toContain('Victoria Day');
  });

  it('Ontario (CA-ON) and Nova Scotia (CA-NS)', () => {
    const on = byDate(regionHolidays('CA-ON', '2027-01-01', '2027-12-31', 'en'));
    expect(on['2027-02-15']).toBe('Family Day');
    expect(on['2027-05-24']).toBe('Victoria Day');
    expect(on['2027-12-26']).toBe('Boxing Day');
    expect(on['2027-06-24']).toBeUndefined();
    const ns = byDate(regionHolidays('CA-NS', '2027-01-01', '2027-12-31', 'en'));
    expect(ns['2027-02-15']).toBe('Heritage Day');
    expect(ns['2027-08-02']).toBe('Natal Day');
  });

  it('the United States (US)', () => {
    const us = byDate(regionHolidays('US', '2027-01-01', '2027-12-31', 'en'));
    expect(us['2027-01-18']).toBe('Martin Luther King Jr. Day');
    expect(us['2027-07-04']).toBe('Independence Day');
    expect(us['2027-11-25']).toBe('Thanksgiving Day');
    expect(us['2027-05-31']).toBe('Memorial Day');
  });

  it('France (FR)', () => {
    const fr = byDate(regionHolidays('FR', '2027-01-01', '2027-12-31', 'fr'));
    expect(fr['2027-07-14']).toBe('Fête Nationale de la France');
    expect(fr['2027-05-06']).toBe('Ascension');
    expect(fr['2027-05-17']).toBe('Lundi de Pentecôte');
    expect(fr['2027-11-11']).toBe('Armistice 1918');
  });

  it('matches the package itself, holiday for holiday', () => {
    const Holidays = createRequire(import.meta.url)('date-holidays') as new (c: string, s?: string) => { getHolidays(y: number, l: string): { date: string; name: string; type: string }[] };
    for (const [region, country, state] of [['CA-QC', 'CA', 'QC'], ['CA-ON', 'CA', 'ON'], ['US', 'US', undefined], ['FR', 'FR', undefined]] as const) {
      const expected = new Set(new Holidays(country, state).getHolidays(2027, 'en').filter((h) => h.type !== 'school').map((h) => `${h.date.slice(0, 10)} ${h.name}`));
      const actual = new Set(regionHolidays(region, '2027-01-01', '2027-12-31', 'en').map((h) => `${h.date} ${h.name}`));
      expect(actual, region).toEqual(expected);
    }
  });

  it('keeps only public holidays with `public`, none with `none`', () => {
    const pub = regionHolidays('CA-QC', '2027-01-01', '2027-12-31', 'fr', 'public');
    expect(pub.every((h) => h.type === 'public')).toBe(true);
    expect(pub.map((h) => h.name)).not.toContain('Saint-Valentin');
    expect(regionHolidays('CA-QC', '2027-01-01', '2027-12-31', 'fr', 'none')).toEqual([]);
  });

  it('gives nothing for an unknown country, and the country’s days for an unknown subdivision', () => {
    expect(knowsRegion('ZZ')).toEqual({ country: false, state: false });
    expect(regionHolidays('ZZ', '2027-01-01', '2027-12-31', 'en')).toEqual([]);
    expect(knowsRegion('CA-XX')).toEqual({ country: true, state: false });
    const ca = byDate(regionHolidays('CA-XX', '2027-01-01', '2027-12-31', 'en'));
    expect(ca['2027-07-01']).toBe('Canada Day');
    expect(ca['2027-06-24']).toBeUndefined();
  });

  it('crosses a new year', () => {
    const days = regionHolidays('CA-QC', '2026-12-20', '2027-01-10', 'fr').map((h) => h.date);
    expect(days).toEqual(['2026-12-25', '2027-01-01']);
  });
});

describe('the strategy’s own key dates', () => {
  const strategy = strategyWith([], {
    calendar: {
      key_dates: [
        { rule: '2nd sunday in May', name: 'Mother’s Day', pillar: 'p1' },
        { date: '2027-02-14', name: 'Valentine’s Day' },
        { rule: 'easter -2', name: 'Good Friday sale' },
        { rule: 'second Sunday of May', name: 'Bad rule' },
        { date: '2027-03-01', rule: '03-01', name: 'Both' },
      ],
    },
  });

  it('reads dates and yearly rules, and leaves out what it cannot read', () => {
    const got = strategyKeyDates(strategy, '2027-01-01', '2028-12-31').map((k) => `${k.date} ${k.name}`);
    expect(got).toEqual(['2027-05-09 Mother’s Day', '2028-05-14 Mother’s Day', '2027-02-14 Valentine’s Day', '2027-03-26 Good Friday sale', '2028-04-14 Good Friday sale']);
  });

  it('checks rules without printing the parser’s complaint', () => {
    const spy = vi.spyOn(console, 'error');
    expect(isYearlyRule('2nd sunday in May')).toBe(true);
    expect(isYearlyRule('second Sunday of May')).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('merges with the region’s holidays, without repeating a holiday the strategy names', () => {
    const s = strategyWith([], { organization: { name: 'x', language: 'fr', region: 'CA-QC' }, calendar: { key_dates: [{ rule: '06-24', name: 'Fête nationale du Québec', blackout_pillars: ['p3'] }] } } as never);
    const june = keyDatesFor(s, '2027-06-20', '2027-06-26', 'fr');
    expect(june.map((k) => [k.date, k.name, k.origin])).toEqual([
      ['2027-06-20', 'Fête des Pères', 'holiday'],
      ['2027-06-24', 'Fête nationale du Québec', 'strategy'],
    ]);
  });
});
