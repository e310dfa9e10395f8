import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples', 'cafe-boreal.strategy.yaml');

describe('plan calendar (spawned)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    await copyFile(EXAMPLE, join(dir, 'strategy.yaml'));
  });
  afterAll(() => cleanup());

  it('reads strategy.yaml by default and prints a Markdown calendar in the strategy language', async () => {
    // Nobody on duty on Sunday, when the café posts on Instagram: the planner says so in a note.
    const sub = join(dir, 'sunday-off');
    await mkdir(sub);
    const text = await readFile(EXAMPLE, 'utf8');
    await writeFile(join(sub, 'strategy.yaml'), text.replace('days: [mon, tue, wed, thu, fri, sat, sun], start', 'days: [mon, tue, wed, thu, fri, sat], start'));
    const result = await runPlan(['calendar', '--from', '2027-01-04', '--weeks', '2'], { cwd: sub });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Café Boréal\u202f: calendrier éditorial\n/);
    expect(result.stdout).toContain('## Semaine 2');
    expect(result.stdout).not.toContain('## Semaine 3');
    // The planner's notes go to stderr, never into the calendar.
    expect(result.stderr).toMatch(/dimanche/);
  });

  it('marks the region’s holidays in its language, and says when it knows none for the region', async () => {
    const june = await runPlan(['calendar', '--from', '2027-06-21', '--weeks', '1', '--format', 'csv'], { cwd: dir });
    expect(june.code).toBe(0);
    expect(june.stdout).toContain('2027-06-24,,,,La vie du quartier,,,date clé,La fête de quartier au parc Cartier-Brébeuf,Fête nationale du Québec,');
    expect(june.stdout.split('\r\n')[0]).toBe('\uFEFFdate,heure,plateforme,format,pilier,public,responsable,statut,idée,date_clé,texte');
    // No promotion on the Fête nationale: `blackout_pillars: [offres]`.
    expect(june.stdout.split('\r\n').filter((l) => l.startsWith('2027-06-24,08:30')).join()).not.toContain('Offres');
    const text = (await readFile(join(dir, 'strategy.yaml'), 'utf8')).replace('region: CA-QC', 'region: ZZ');
    await writeFile(join(dir, 'zz.yaml'), text);
    const unknown = await runPlan(['calendar', 'zz.yaml', '--from', '2027-06-21', '--weeks', '1'], { cwd: dir });
    expect(unknown.code).toBe(0);
    expect(unknown.stderr).toMatch(/Aucun jour férié n’est connu pour la région ZZ/);
    expect(unknown.stdout).not.toContain('Fête des Pères');
  });

  it('gives the same bytes on every run, for every format', async () => {
    for (const format of ['md', 'csv', 'hootsuite', 'ics']) {
      const a = await runPlan(['calendar', 'strategy.yaml', '--from', '2027-01-04', '--format', format, '-q'], { cwd: dir });
      const b = await runPlan(['calendar', 'strategy.yaml', '--from', '2027-01-04', '--format', format, '-q'], { cwd: dir });
      expect(a.code).toBe(0);
      expect(a.stderr).toBe('');
      expect(a.stdout.length).toBeGreaterThan(0);
      expect(a.stdout).toBe(b.stdout);
    }
  });

  it('writes an iCalendar file with --out, refuses to overwrite it without --force', async () => {
    const args = ['calendar', '--from', '2027-01-04', '--format', 'ics', '--out', 'cal.ics'];
    const first = await runPlan(args, { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/cal\.ics/);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(join(dir, 'cal.ics'), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    // 28 posts, each at a time (the first, Facebook's, at its usual 09:00), and the café's opening as an all-day key date.
    const keyDates = events.filter((e) => String(e.getFirstPropertyValue('summary')).startsWith('Date clé'));
    expect(events.length - keyDates.length).toBe(28);
    expect(keyDates.map((e) => new ICAL.Event(e).startDate.toString())).toEqual(['2027-01-23']);
    expect(new ICAL.Event(events[0]!).startDate.toString()).toBe('2027-01-04T09:00:00');

    await writeFile(join(dir, 'cal.ics'), 'keep me');
    const again = await runPlan(args, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--force/);
    expect(await readFile(join(dir, 'cal.ics'), 'utf8')).toBe('keep me');
    const forced = await runPlan([...args, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, 'cal.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('starts on the next Monday when --from is missing, and says so', async () => {
    const result = await runPlan(['calendar', '--now', '2027-01-06', '--weeks', '1', '--format', 'csv', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/2027-01-11/);
    const monday = await runPlan(['calendar', '--now', '2027-01-11', '--weeks', '1', '--lang', 'en'], { cwd: dir });
    expect(monday.stderr).toMatch(/from 2027-01-11/);
    const dates = result.stdout.split('\r\n').slice(1).filter(Boolean).map((line) => line.slice(0, 10));
    expect(dates[0]! >= '2027-01-11').toBe(true);
    expect(dates.every((d) => d <= '2027-01-17')).toBe(true);
  });

  it('limits the calendar to --platform, and warns when a Hootsuite file mixes profiles', async () => {
    const one = await runPlan(['calendar', '--from', '2027-01-04', '--format', 'hootsuite', '--platform', 'facebook'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(one.stdout.trim().split('\r\n')).toHaveLength(12);
    expect(one.stderr).not.toMatch(/Hootsuite/);
    const both = await runPlan(['calendar', '--from', '2027-01-04', '--format', 'hootsuite', '--lang', 'en'], { cwd: dir });
    expect(both.stderr).toMatch(/--platform instagram/);
    const unknown = await runPlan(['calendar', '--from', '2027-01-04', '--platform', 'tiktok', '--lang', 'en'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/tiktok.*instagram and facebook/);
  });

  it.each([
    [['--from', '2027-02-30'], /--from/],
    [['--from', 'tomorrow'], /YYYY-MM-DD/],
    [['--weeks', '0'], /--weeks/],
    [['--weeks', 'four'], /--weeks/],
    [['--format', 'pdf'], /pdf/],
    [['--bogus'], /bogus/],
  ])('exits 2 on bad flags: %j', async (flags, message) => {
    const result = await runPlan(['calendar', ...flags, '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('exits 2 for a missing file, naming it', async () => {
    const result = await runPlan(['calendar', 'nope.yaml', '--from', '2027-01-04'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nope\.yaml/);
  });

  it('exits 1 with the findings on stderr for an invalid strategy', async () => {
    const result = await runPlan(['calendar', '-', '--from', '2027-01-04', '--lang', 'en'], { cwd: dir, input: 'version: 1\norganisation:\n  name: x\nplatforms: []\n' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/organization/);
    expect(result.stderr).toMatch(/plan validate/);
  });

  it('refuses an unknown time zone as a finding of the strategy, in every format (exit 1)', async () => {
    const text = (await readFile(EXAMPLE, 'utf8')).replace('time_zone: America/Toronto', 'time_zone: America/Québec');
    for (const format of ['ics', 'md']) {
      const result = await runPlan(['calendar', '-', '--from', '2027-01-04', '--format', format], { cwd: dir, input: text });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/`America\/Québec` .*refs\/unknown-time-zone/);
      expect(result.stdout).toBe('');
    }
  });

  it('shows help with the formats and exit codes', async () => {
    const result = await runPlan(['calendar', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/hootsuite/);
    expect(result.stdout).toMatch(/Exit codes/);
  });
});
