// The readers' messages: in French, French prose only (column names and code aside); every message
// that points into a file names it.
import { describe, expect, it } from 'vitest';
import { exportsCatalog } from '../../../../src/i18n/exports.js';
import { translator } from '../../../../src/i18n/index.js';

const KEYS = Object.keys(exportsCatalog.en) as (keyof typeof exportsCatalog.en)[];
const params = { file: 'f.csv', path: 'f.csv', where: 'f.csv, ligne 3', line: 3, sheet: 'Metrics', extension: '.pdf', size: '1 MiB', limit: '64 MiB', offset: 4, detail: 'x', columns: 'a, b', sheets: 'a', value: 'v', column: 'c', example: 'e', metric: 'reach', platform: 'x', date: '2026-07-01', post: '', other: 1, allowed: 'a, b' };
const ENGLISH_WORDS = /\b(the|is|not|with|file|line|row|column|folder|holds|write|export it|save it|check)\b/i;
const COLUMN_NAMES = /\b(date|platform|metric|value|post|name|pillar|custom)\b/g;

describe('export reader messages', () => {
  it('are French in French', () => {
    const t = translator(exportsCatalog, 'fr');
    const leaks = KEYS.map((key) => [key, t(key, params)] as const)
      .map(([key, text]) => [key, text.replace(/`[^`]*`/g, ' ').replace(COLUMN_NAMES, ' ')] as const)
      .filter(([, text]) => ENGLISH_WORDS.test(text));
    expect(leaks).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('name the file or the place in it (%s)', (lang) => {
    const t = translator(exportsCatalog, lang);
    for (const key of KEYS.filter((k) => !k.startsWith('where.') && k !== 'exports.forPost')) {
      const text = t(key, params);
      expect(text.includes('f.csv'), key).toBe(true);
    }
  });
});
