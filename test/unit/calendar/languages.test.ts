// The French calendars speak French and the English ones English, headers included: no word that
// only the other language's catalog uses may appear in a committed example calendar (md, csv, ics),
// nor in its Hootsuite file. Hootsuite's own layout has no header, so nothing is exempt.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALENDAR_FORMATS, planWithKeyDates } from '../../../src/calendar/index.js';
import { calendarCatalog } from '../../../src/i18n/calendar.js';
import { checkText } from '../../../src/validate/check.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { ROOT } from '../../helpers/cli.js';

// The keys whose words end up in calendar files (notes and errors go to stderr).
const FILE_KEYS = /^(md|csv|ics|names|hootsuite)\./;

function words(lang: 'en' | 'fr'): Set<string> {
  const out = new Set<string>();
  for (const [key, text] of Object.entries(calendarCatalog[lang])) {
    if (!FILE_KEYS.test(key)) continue;
    for (const w of text.replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}[\p{L}’'_-]*\p{L}/gu) ?? []) if (w.length >= 3) out.add(w);
  }
  return out;
}

const en = words('en');
const fr = words('fr');
const onlyEnglish = [...en].filter((w) => !fr.has(w));
const onlyFrench = [...fr].filter((w) => !en.has(w));

const dir = join(ROOT, 'examples', 'calendars');
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.strategy.yaml')).sort();

describe('calendar languages', () => {
  it('has words to look for on both sides', () => {
    expect(onlyEnglish).toEqual(expect.arrayContaining(['idea', 'key', 'pillar', 'planned']));
    expect(onlyFrench).toEqual(expect.arrayContaining(['idée', 'clé', 'pilier', 'prévue']));
  });

  describe.each(examples)('%s', (file) => {
    const result = checkText(readFileSync(join(ROOT, 'examples', file), 'utf8'), `examples/${file}`, { env: {}, now: new Date('2026-01-01') });
    const strategy = result.parsed!.data as Strategy;
    const lang = strategy.organization.language;
    const foreign = lang === 'fr' ? onlyEnglish : onlyFrench;
    const name = file.replace(/\.strategy\.yaml$/, '');
    const files: [string, string][] = ['md', 'csv', 'ics'].map((ext) => [ext, readFileSync(join(dir, `${name}.calendar.${ext}`), 'utf8')]);
    files.push(['hootsuite', CALENDAR_FORMATS.hootsuite(planWithKeyDates(strategy, { from: '2027-01-04', weeks: 4 }, lang), strategy, { lang })]);

    it.each(files)(`%s has no word of the other language (${lang})`, (format, raw) => {
      // In iCalendar, only the texts people read: unfolded values of the text properties.
      const text = format === 'ics' ? raw.replace(/\r\n /g, '').split('\r\n').filter((l) => /^(SUMMARY|DESCRIPTION|CATEGORIES|X-WR-CALNAME):/.test(l)).map((l) => l.replace(/\\n/g, ' ')).join('\n') : raw;
      const found = new Set((text.toLowerCase().match(/\p{L}[\p{L}’'_-]*\p{L}/gu) ?? []).filter((w) => foreign.includes(w)));
      expect([...found]).toEqual([]);
    });
  });
});
