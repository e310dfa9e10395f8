// The committed calendars under examples/calendars/ must match what the code makes today.
// Regenerate them with `npm run build && npm run examples:calendars`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALENDAR_FORMATS, planWithKeyDates, type CalendarFormatName } from '../../../src/calendar/index.js';
import { checkText } from '../../../src/validate/check.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { ROOT } from '../../helpers/cli.js';

// Keep in step with scripts/examples-calendars.mjs.
const FROM = '2027-01-04';
const WEEKS = 4;
const FORMATS: [CalendarFormatName, string][] = [
  ['md', 'calendar.md'],
  ['csv', 'calendar.csv'],
  ['ics', 'calendar.ics'],
];

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.strategy.yaml')).sort();

describe('examples/calendars', () => {
  it('covers every example strategy', () => {
    expect(examples.length).toBeGreaterThan(0);
    const committed = readdirSync(join(ROOT, 'examples', 'calendars')).sort();
    const expected = examples.flatMap((f) => FORMATS.map(([, ext]) => f.replace(/\.strategy\.yaml$/, `.${ext}`))).sort();
    expect(committed).toEqual(expected);
  });

  it('keeps the script and this test on the same dates and formats', () => {
    const script = readFileSync(join(ROOT, 'scripts', 'examples-calendars.mjs'), 'utf8');
    expect(script).toContain(`EXAMPLES_FROM = '${FROM}'`);
    expect(script).toContain(`EXAMPLES_WEEKS = ${WEEKS}`);
    for (const [format, ext] of FORMATS) expect(script).toContain(`['${format}', '${ext}']`);
  });

  describe.each(examples)('%s', (file) => {
    const text = readFileSync(join(ROOT, 'examples', file), 'utf8');
    const result = checkText(text, `examples/${file}`, { env: {}, now: new Date('2026-01-01') });
    it.each(FORMATS)('%s is current (run npm run examples:calendars)', (format, ext) => {
      expect(result.schemaValid).toBe(true);
      const strategy = result.parsed!.data as Strategy;
      const made = CALENDAR_FORMATS[format](planWithKeyDates(strategy, { from: FROM, weeks: WEEKS }, result.lang), strategy, { lang: result.lang });
      const committed = readFileSync(join(ROOT, 'examples', 'calendars', file.replace(/\.strategy\.yaml$/, `.${ext}`)), 'utf8');
      expect(committed === made, `examples/calendars/${file.replace(/\.strategy\.yaml$/, `.${ext}`)} is stale: run npm run build && npm run examples:calendars`).toBe(true);
    });
  });
});
