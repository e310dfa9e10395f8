import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysFrom, isIsoDate, minutesOf, weekdayOf } from '../../../src/calendar/dates.js';

// The runtime's own calendar, as the reference for the arithmetic in dates.ts.
const byDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

describe('calendar dates', () => {
  it('accepts exactly the real days, leap years included', () => {
    for (const year of ['1900', '1999', '2000', '2024', '2027', '2100']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isIsoDate(value), value).toBe(byDate(value));
        }
      }
    }
    expect(isIsoDate('2027-1-05')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
  });

  it('counts days and weekdays across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    expect(daysBetween('2029-01-01', '2028-01-01')).toBe(-366);
    expect(weekdayOf('2027-01-04')).toBe('mon');
    expect(weekdayOf('1969-12-31')).toBe('wed');
    expect(weekdayOf('2026-12-03')).toBe('thu');
    expect(minutesOf('08:30')).toBe(510);
  });

  it('gives the days of a period with their weekdays, however often it is asked', () => {
    const long = daysFrom('2027-01-04', 14);
    const short = daysFrom('2027-01-04', 3);
    expect(short.dates).toEqual(['2027-01-04', '2027-01-05', '2027-01-06']);
    expect(long.dates).toHaveLength(14);
    expect(daysFrom('2027-01-04', 14).dates).toEqual(long.dates);
    for (const date of long.dates) expect(long.weekday.get(date)).toBe(weekdayOf(date));
    expect(daysFrom('2027-03-01', 2).dates).toEqual(['2027-03-01', '2027-03-02']);
  });
});
