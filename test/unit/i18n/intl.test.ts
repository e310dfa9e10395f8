import { describe, expect, it } from 'vitest';
import { formatNumber, localeFormat, localeOf } from '../../../src/i18n/intl.js';

describe('formatNumber', () => {
  // formatNumber answers small whole numbers without a formatter: they must read exactly as Intl writes them.
  it.each(['en', 'fr'] as const)('writes 0 to 999 as Intl.NumberFormat does in %s', (lang) => {
    const intl = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 3 });
    for (let n = 0; n < 1000; n++) expect(formatNumber(lang, n)).toBe(intl.format(n));
  });

  it('groups thousands and writes decimals the way each language does', () => {
    expect(formatNumber('en', 1200.5)).toBe('1,200.5');
    expect(formatNumber('fr', 1200.5)).toBe(new Intl.NumberFormat('fr-CA').format(1200.5));
    expect(formatNumber('fr', 1200.5)).toMatch(/^1\s200,5$/u);
    expect(formatNumber('en', -3)).toBe('-3');
    expect(formatNumber('en', 2.5)).toBe('2.5');
  });
});

describe('dates in French', () => {
  it('writes the first of the month as an ordinal, and no other day', () => {
    const fr = localeFormat('fr');
    expect(fr.date('2027-03-01')).toBe('1er mars 2027');
    expect(fr.dayShort('2027-03-01')).toBe('lun. 1er mars');
    expect(fr.date('2027-03-11')).toBe('11 mars 2027');
    expect(fr.date('2027-03-21')).toBe('21 mars 2027');
    expect(fr.today(new Date('2027-01-01T00:00:00Z'))).toBe('1er janvier 2027');
    // In Toronto it is still December 31 at 03:00 UTC on January 1.
    expect(fr.today(new Date('2027-01-01T03:00:00Z'), 'America/Toronto')).toBe('31 décembre 2026');
    expect(localeFormat('en').date('2027-03-01')).toBe('March 1, 2027');
  });
});
