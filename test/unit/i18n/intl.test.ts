import { describe, expect, it } from 'vitest';
import { formatNumber, localeOf } from '../../../src/i18n/intl.js';

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
