import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CALENDAR_FORMATS, formatCalendarMarkdown, planCalendarWithNotes, type CalendarPlan } from '../../../src/calendar/index.js';
import { CSV_HEADER } from '../../../src/calendar/csv.js';
import { csvField, neutralizeFormula } from '../../../src/calendar/csv-field.js';
import { escapeMarkdown } from '../../../src/calendar/markdown.js';
import { escapeText, foldLine, keyDateUidOf, uidOf } from '../../../src/calendar/ics.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { ROOT } from '../../helpers/cli.js';
import { strategyWith } from './fixtures.js';

const FROM = '2027-01-04';

const HOSTILE = 'Bad | *name* <script>alert(1)</script>, "quoted"; \\ back\nslash [x](javascript:alert(1)) # &amp;';

function hostileStrategy(): Strategy {
  const s = strategyWith(
    [
      { id: 'instagram', role: 'primary', audiences: ['a'], formats: ['=HYPERLINK("http://evil")', 'reels, long'], owner: '@owner', cadence: { posts: 3, per: 'week', time: '08:32' } },
      { id: 'facebook', role: 'secondary', audiences: ['b'], formats: ['photos'], cadence: { posts: 2, per: 'week', days: ['mon', 'thu'] } },
    ],
    { organization: { name: HOSTILE, language: 'en', time_zone: 'America/Toronto' } },
  );
  s.editorial_line.pillars = [
    { id: 'p1', name: HOSTILE, share: 50 },
    { id: 'p2', name: '-20% sale, \u00e9t\u00e9 \u2600\ufe0f and a very long name that goes well past seventy-five octets for folding', share: 50 },
  ];
  s.audiences = [
    { id: 'a', name: '+1 audience "A"' },
    { id: 'b', name: 'Audience\r\nB' },
  ];
  return s;
}

function plan(strategy: Strategy, weeks = 2): CalendarPlan {
  return planCalendarWithNotes(strategy, { from: FROM, weeks });
}

/** A strict RFC 4180 reader, to check what we write rather than trust it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (text[i] === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (text[i] === '"') {
            i++;
            break;
          } else {
            if (i >= text.length) throw new Error('unterminated quote');
            field += text[i++];
          }
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
          if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
          field += text[i++];
        }
      }
      row.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      }
      throw new Error(`expected CRLF at ${i}`);
    }
    rows.push(row);
  }
  return rows;
}

describe('CSV', () => {
  it('speaks the plan’s language: French headers and values in a French plan, English in an English one', () => {
    const p = plan(hostileStrategy());
    const fr = parseCsv(CALENDAR_FORMATS.csv(p, hostileStrategy(), { lang: 'fr' }).slice(1));
    expect(fr[0]).toEqual(['date', 'heure', 'plateforme', 'format', 'pilier', 'public', 'responsable', 'statut', 'idée', 'date_clé', 'texte']);
    expect(fr.slice(1).map((row) => row[7])).toContain('prévu');
    expect(fr.flat()).not.toContain('planned');
    const en = parseCsv(CALENDAR_FORMATS.csv(p, hostileStrategy(), { lang: 'en' }).slice(1));
    expect(en.slice(1).map((row) => row[7])).toContain('planned');
    expect(en.flat()).not.toContain('prévu');
  });

  it('writes a documented header and one RFC 4180 row per slot, with a BOM for Excel', () => {
    const p = plan(hostileStrategy());
    const text = CALENDAR_FORMATS.csv(p, hostileStrategy(), { lang: 'en' });
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(p.slots.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
    const first = rows[1]!;
    expect(first[0]).toBe(p.slots[0]!.date);
    expect(rows.slice(1).map((r) => r[7])).toEqual(p.slots.map(() => 'planned'));
    // The hostile pillar name survives the round trip, commas, quotes and line break included.
    expect(rows.some((r) => r[4] === HOSTILE)).toBe(true);
  });

  it('neutralizes formulas in user text', () => {
    const text = CALENDAR_FORMATS.csv(plan(hostileStrategy()), hostileStrategy(), { lang: 'en' });
    const rows = parseCsv(text.slice(1)).slice(1);
    for (const row of rows) for (const field of row.slice(2)) expect(field).not.toMatch(/^[=+\-@]/);
    expect(rows.some((r) => r[3] === `'=HYPERLINK("http://evil")`)).toBe(true);
    expect(rows.some((r) => r[6] === "'@owner")).toBe(true);
    expect(rows.some((r) => r[4]!.startsWith("'-20%"))).toBe(true);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('quotes %j as %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])('prefixes a quote to %j', (input) => {
    expect(neutralizeFormula(input)).toBe(`'${input}`);
  });
});

describe('Hootsuite bulk CSV', () => {
  it('writes three columns without header: MM/DD/YYYY HH:MM on five-minute marks, a unique message, an empty link', () => {
    const strategy = hostileStrategy();
    const p = plan(strategy);
    const rows = parseCsv(CALENDAR_FORMATS.hootsuite(p, strategy, { lang: 'en' }));
    expect(rows).toHaveLength(p.slots.length);
    rows.forEach((row, i) => {
      expect(row).toHaveLength(3);
      const [date, message, link] = row as [string, string, string];
      const slot = p.slots[i]!;
      const [y, m, d] = slot.date.split('-');
      expect(date).toMatch(new RegExp(`^${m}/${d}/${y} \\d{2}:[0-5][05]$`));
      expect(message).not.toBe('');
      expect(message).not.toMatch(/^[=+\-@]/);
      expect(link).toBe('');
    });
    expect(new Set(rows.map((r) => r[1])).size).toBe(rows.length);
    // 08:32 rounds up to 08:35; posts without a time take 09:00.
    expect(rows.some((r) => r[0]!.endsWith(' 08:35'))).toBe(true);
    expect(rows.some((r) => r[0]!.endsWith(' 09:00'))).toBe(true);
  });
});

describe('Hootsuite bulk CSV: the text as published', () => {
  it('keeps a post that starts with @ or + as written (Hootsuite publishes the cell; no spreadsheet opens it)', () => {
    const strategy = hostileStrategy();
    const p = plan(strategy);
    const slots = p.slots.map((slot, i) => (i === 0 ? { ...slot, copy: '@Voisins, +1 pour le croissant' } : i === 1 ? { ...slot, copy: '=2 croissants' } : slot));
    const rows = parseCsv(CALENDAR_FORMATS.hootsuite({ ...p, slots }, strategy, { lang: 'en' }));
    expect(rows[0]![1]).toBe('@Voisins, +1 pour le croissant');
    expect(rows[1]![1]).toBe('=2 croissants');
  });
});

describe('iCalendar', () => {
  function parse(text: string) {
    const component = new ICAL.Component(ICAL.parse(text));
    for (const tz of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    return component;
  }

  it('parses with ical.js: one event per slot, with the right dates and summaries', () => {
    const strategy = hostileStrategy();
    const p = plan(strategy);
    const text = CALENDAR_FORMATS.ics(p, strategy, { lang: 'en' });
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(p.slots.length);
    events.forEach((event, i) => {
      const slot = p.slots[i]!;
      const start = event.startDate;
      expect(`${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')}`).toBe(slot.date);
      expect(start.isDate).toBe(slot.time === undefined);
      expect(event.summary.toLowerCase().startsWith(slot.platform)).toBe(true);
    });
    // Escaped text comes back exactly.
    expect(events.some((e) => e.summary.includes(HOSTILE))).toBe(true);
    expect(events.every((e) => e.description.includes('Status: planned'))).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('places timed events in the strategy time zone, across daylight saving time', () => {
    const strategy = strategyWith([{ id: 'x', role: 'primary', cadence: { posts: 1, per: 'week', days: ['tue'], time: '08:30' } }]);
    const p = planCalendarWithNotes(strategy, { from: '2027-03-01', weeks: 3 });
    const calendar = parse(CALENDAR_FORMATS.ics(p, strategy, { lang: 'en' }));
    const starts = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toJSDate().toISOString());
    // 2 and 9 March in EST (UTC-5); 16 March in EDT (UTC-4).
    expect(starts).toEqual(['2027-03-02T13:30:00.000Z', '2027-03-09T13:30:00.000Z', '2027-03-16T12:30:00.000Z']);
  });

  it('folds lines at 75 octets with CRLF, and never splits a character', () => {
    const text = CALENDAR_FORMATS.ics(plan(hostileStrategy()), hostileStrategy(), { lang: 'en' });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'é'.repeat(80)}`);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
  });

  it('escapes text values', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('keeps UIDs stable across runs and periods, so a re-import updates events', () => {
    const strategy = strategyWith([{ id: 'x', role: 'primary', cadence: { posts: 1, per: 'day' } }]);
    const uids = (from: string, weeks: number) =>
      parse(CALENDAR_FORMATS.ics(planCalendarWithNotes(strategy, { from, weeks }), strategy, { lang: 'en' }))
        .getAllSubcomponents('vevent')
        .map((v) => [v.getFirstPropertyValue('dtstart')!.toString(), v.getFirstPropertyValue('uid')] as const);
    const one = new Map(uids(FROM, 1));
    const two = new Map(uids(FROM, 2));
    for (const [date, uid] of one) expect(two.get(date)).toBe(uid);
    expect(uidOf('Org', FROM, 'x', 0)).not.toBe(uidOf('Org', FROM, 'x', 1));
  });

  it('writes key dates as all-day events with stable UIDs, and every post at a time in the zone', () => {
    const strategy = strategyWith([{ id: 'x', role: 'primary', cadence: { posts: 2, per: 'week' } }], { organization: { name: 'Org', language: 'fr', time_zone: 'America/Toronto' } } as never);
    const keyDates = [{ date: '2027-01-06', name: 'Fête des Rois', origin: 'strategy' as const, index: 0, note: 'La galette' }, { date: '2027-01-08', name: 'Jour férié', origin: 'holiday' as const, type: 'public' }];
    const make = () => CALENDAR_FORMATS.ics(planCalendarWithNotes(strategy, { from: FROM, weeks: 1, keyDates }), strategy, { lang: 'fr' });
    const text = make();
    expect(text).toBe(make());
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const allDay = events.filter((e) => e.getFirstPropertyValue('dtstart')!.toString().length === 10);
    expect(allDay.map((e) => e.getFirstPropertyValue('summary'))).toEqual(['Date clé\u202f: Fête des Rois', 'Date clé\u202f: Jour férié']);
    expect(allDay.map((e) => e.getFirstPropertyValue('uid'))).toEqual([keyDateUidOf('Org', '2027-01-06', 'Fête des Rois'), keyDateUidOf('Org', '2027-01-08', 'Jour férié')]);
    const posts = events.filter((e) => !allDay.includes(e));
    expect(posts.length).toBe(2);
    for (const post of posts) expect(post.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/Toronto');
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('DTSTAMP:20270104T000000Z');
  });
});

describe('Markdown', () => {
  it('escapes user text so that tables and HTML cannot break', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<script>')).toBe('\\<script\\>');
    expect(escapeMarkdown('line\nbreak')).toBe('line break');
    expect(escapeMarkdown('[x](javascript:y)')).toBe('\\[x\\](javascript:y)');
  });

  it('gives a row per platform and a column per day, every row the same width', () => {
    const strategy = hostileStrategy();
    const p = plan(strategy);
    const text = CALENDAR_FORMATS.md(p, strategy, { lang: 'en' });
    expect(text).not.toContain('<script>');
    const tableRows = text.split('\n').filter((l) => l.startsWith('| '));
    // Unescaped pipes would change the cell count.
    for (const row of tableRows.filter((r) => r.split(/(?<!\\)\|/).length !== 5)) expect(row.split(/(?<!\\)\|/).length).toBe(10);
    expect(text).toContain('## Week 2');
  });

  it('renders in French with the catalog words', () => {
    const strategy = hostileStrategy();
    const text = formatCalendarMarkdown(plan(strategy).slots, strategy, 'fr', { from: FROM, weeks: 2, headingLevel: 2 });
    expect(text.split('\n')[0]).toMatch(/^## .*\u202f: calendrier éditorial$/);
    expect(text).toContain('### Semaine 1\u202f: du 4 janv. au 10 janv. 2027');
    expect(text).toContain('lun. 4');
  });

  it('says 1 week and 1 post in the singular, in both languages', () => {
    const strategy = strategyWith([{ id: 'instagram', role: 'primary', cadence: { posts: 1, per: 'week' } }]);
    const slots = plan(strategy, 1).slots;
    expect(slots).toHaveLength(1);
    expect(formatCalendarMarkdown(slots, strategy, 'fr', { from: FROM, weeks: 1 })).toMatch(/ \(1 semaine\)\u202f: 1 publication prévue\./);
    expect(formatCalendarMarkdown(slots, strategy, 'en', { from: FROM, weeks: 1 })).toMatch(/ \(1 week\): 1 post planned\./);
    expect(formatCalendarMarkdown(plan(strategy, 2).slots, strategy, 'fr', { from: FROM, weeks: 2 })).toMatch(/ \(2 semaines\)\u202f: 2 publications prévues\./);
  });

  it('says so when nothing is planned', () => {
    const strategy = strategyWith([{ id: 'x', role: 'primary' }]);
    expect(formatCalendarMarkdown([], strategy, 'en')).toContain('No posts planned');
  });

  it('passes markdownlint', () => {
    const strategy = hostileStrategy();
    const dir = mkdtempSync(join(tmpdir(), 'plan-md-'));
    try {
      writeFileSync(join(dir, 'en.md'), CALENDAR_FORMATS.md(plan(strategy), strategy, { lang: 'en' }));
      writeFileSync(join(dir, 'fr.md'), CALENDAR_FORMATS.md(plan(strategy), strategy, { lang: 'fr' }));
      writeFileSync(join(dir, 'empty.md'), formatCalendarMarkdown([], strategy, 'en'));
      for (const file of readdirSync(join(ROOT, 'examples', 'calendars')).filter((f) => f.endsWith('.md'))) copyFileSync(join(ROOT, 'examples', 'calendars', file), join(dir, file));
      // The repository's configuration (line length off: tables are as wide as their content).
      copyFileSync(join(ROOT, '.markdownlint-cli2.jsonc'), join(dir, '.markdownlint-cli2.jsonc'));
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '*.md'], { cwd: dir, stdio: 'pipe' });
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`markdownlint failed:\n${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('determinism', () => {
  it.each(['md', 'csv', 'hootsuite', 'ics'] as const)('%s: same strategy and options give the same bytes', (format) => {
    const a = CALENDAR_FORMATS[format](plan(hostileStrategy(), 6), hostileStrategy(), { lang: 'fr' });
    const b = CALENDAR_FORMATS[format](plan(hostileStrategy(), 6), hostileStrategy(), { lang: 'fr' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a.length).toBeGreaterThan(100);
  });
});
