// Figures and days as exports write them: what each reads as, and what is refused rather than guessed.
import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../../../src/report/read/numbers.js';
import { parseDayCell, placeYear, slashedOrder, yearHint } from '../../../../src/report/read/dates.js';

describe('parseFigure', () => {
  it.each([
    ['1234', 'count', 'en', 1234],
    ['1,234', 'count', 'en', 1234],
    ['1,234,567', 'count', 'en', 1234567],
    ['1.234', 'count', 'fr', 1234],
    ['1 234', 'count', 'fr', 1234],
    ['1\u202f234', 'count', 'fr', 1234],
    ['1\u00a0234,5', 'rate', 'fr', 1234.5],
    ['1.234,5', 'rate', 'fr', 1234.5],
    ['1,234.5', 'rate', 'en', 1234.5],
    ['1.2K', 'count', 'en', 1200],
    ['1,2 k', 'count', 'fr', 1200],
    ['3.4M', 'count', 'en', 3400000],
    ['4,5', 'rate', 'fr', 4.5],
    ['0.045', 'rate', 'fr', 0.045],
    ['12.5', 'rate', 'en', 12.5],
    ['-3', 'count', 'en', -3],
    ['\u22123', 'count', 'en', -3],
    ['+7', 'count', 'en', 7],
    ['1e-7', 'rate', 'en', 1e-7],
  ] as const)('%s (%s, %s) is %d', (cell, kind, lang, value) => {
    expect(parseFigure(cell, kind, lang)).toMatchObject({ value });
  });

  it('says a percent sign was there, so a rate column does not scale it again', () => {
    expect(parseFigure('4.5%', 'rate', 'en')).toEqual({ value: 4.5, percent: true });
    expect(parseFigure('4,5 %', 'rate', 'fr')).toEqual({ value: 4.5, percent: true });
  });

  it.each(['', ' ', '-', '--', 'undefined', 'N/A'])('reads %j as no figure', (cell) => {
    expect(parseFigure(cell, 'count', 'en')).toEqual({ empty: true });
  });

  it.each([
    ['abc', 'count', 'en'],
    ['12 34', 'count', 'en'],
    ['1,23,4', 'count', 'en'],
    ['1.2.3,4,5', 'rate', 'en'],
    ['1,2,3', 'count', 'en'],
    ['Infinity', 'count', 'en'],
    ['0x10', 'count', 'en'],
  ] as const)('refuses %j', (cell, kind, lang) => {
    expect(parseFigure(cell, kind, lang)).toEqual({ problem: 'not-a-number' });
  });

  it('refuses a decimal comma in an English file rather than guessing', () => {
    expect(parseFigure('4,5', 'rate', 'en')).toEqual({ problem: 'ambiguous' });
  });

  it('takes workbook numbers as they are', () => {
    expect(parseFigure(0.0523, 'rate', 'en')).toEqual({ value: 0.0523 });
    expect(parseFigure(Number.NaN, 'rate', 'en')).toEqual({ problem: 'not-a-number' });
  });
});

describe('parseDayCell', () => {
  it.each([
    ['2026-07-14', { year: 2026, month: 7, day: 14 }],
    ['2026-07-14T00:00:00', { year: 2026, month: 7, day: 14 }],
    ['2019-06-01 14:03 +0000', { year: 2019, month: 6, day: 1 }],
    ['Tue, Jul 14, 2026', { year: 2026, month: 7, day: 14 }],
    ['Jul 14, 2026', { year: 2026, month: 7, day: 14 }],
    ['July 14, 2026 9:30 AM', { year: 2026, month: 7, day: 14 }],
    ['Mar 3, 2026', { year: 2026, month: 3, day: 3 }],
    ['14 juil. 2026', { year: 2026, month: 7, day: 14 }],
    ['mar. 14 juil. 2026', { year: 2026, month: 7, day: 14 }],
    ['1er août 2026', { year: 2026, month: 8, day: 1 }],
    ['14.07.2026', { year: 2026, month: 7, day: 14 }],
    ['August 31', { month: 8, day: 31 }],
    ['31 août', { month: 8, day: 31 }],
    ['February 29', { month: 2, day: 29 }],
  ])('%s', (cell, expected) => {
    expect(parseDayCell(cell)).toEqual({ kind: 'day', ...expected });
  });

  it('leaves a/b/yyyy to the file', () => {
    expect(parseDayCell('07/14/2026 09:30')).toEqual({ kind: 'slashed', first: 7, second: 14, year: 2026 });
  });

  it('reads a workbook date at UTC', () => {
    expect(parseDayCell(new Date(Date.UTC(2026, 0, 1)))).toEqual({ kind: 'day', year: 2026, month: 1, day: 1 });
  });

  it.each(['Lifetime', 'Total', 'À vie', 'Total général', 'TOTALS'])('%s is a totals row', (cell) => {
    expect(parseDayCell(cell)).toEqual({ kind: 'total' });
  });

  it.each(['2026-02-30', 'February 30', 'someday', '13/13/2026', 'Jul 2026', '14 July 2026 2027', '45678'])('refuses %s', (cell) => {
    expect(parseDayCell(cell)).toEqual({ kind: 'invalid' });
  });
});

describe('file-wide day decisions', () => {
  it('orders a/b by the rows that cannot be the other way, by the export’s documented order, and never guesses', () => {
    const day = (first: number, second: number) => ({ kind: 'slashed' as const, first, second, year: 2026 });
    expect(slashedOrder([day(7, 3), day(7, 14)])).toBe('month-first');
    expect(slashedOrder([day(3, 7), day(14, 7)])).toBe('day-first');
    expect(slashedOrder([day(3, 7), day(1, 12)])).toBe('ambiguous');
    expect(slashedOrder([day(3, 7)], 'month-first')).toBe('month-first');
    // A documented order is not overturned by one row: that row is then a wrong date.
    expect(slashedOrder([day(3, 7), day(14, 7)], 'month-first')).toBe('month-first');
    expect(slashedOrder([day(14, 7), day(7, 14)])).toBe('conflict');
    expect(slashedOrder([{ kind: 'day', year: 2026, month: 7, day: 3 }])).toBe('none');
  });

  it('finds the year in the file name, a range in it, or the other rows', () => {
    expect(yearHint('Overview_2026.csv', new Set())).toEqual({ year: 2026 });
    expect(yearHint('exports/Overview.csv', new Set([2025]))).toEqual({ year: 2025 });
    expect(yearHint('Overview.csv', new Set([2025, 2026]))).toEqual({});
    expect(yearHint('Overview_2025_2026.csv', new Set())).toEqual({});
    expect(yearHint('a_2025-12-15_2026-01-15.csv', new Set())).toEqual({ range: ['2025-12-15', '2026-01-15'] });
    expect(placeYear(12, 20, { range: ['2025-12-15', '2026-01-15'] })).toBe(2025);
    expect(placeYear(1, 3, { range: ['2025-12-15', '2026-01-15'] })).toBe(2026);
    expect(placeYear(6, 1, { range: ['2025-12-15', '2026-01-15'] })).toBeUndefined();
    expect(placeYear(2, 29, { year: 2026 })).toBe(2026);
  });
});
