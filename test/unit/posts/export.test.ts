import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportRows, hootsuiteProblems, isExportable, POST_EXPORTERS, publishedTextFor, HOOTSUITE_MAX_MESSAGES, type ExportRow } from '../../../src/posts/export/index.js';
import { parsePost } from '../../../src/posts/parse.js';
import type { Post } from '../../../src/posts/types.js';
import { renderPost } from '../../../src/posts/write.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { ROOT } from '../../helpers/cli.js';

const strategy = parse(readFileSync(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), 'utf8')) as Strategy;

const post = (file: string, meta: Post['meta'], body: string, variants: { platform: string; text: string }[] = []): Post => parsePost(renderPost({ meta, body, variants }), file).post;

const morning = post('posts/a.md', { platforms: ['instagram', 'facebook'], date: '2027-01-12', time: '08:30', pillar: 'quartier', status: 'ready', author: 'Julie Tremblay' }, 'Le marché, samedi.\n<!-- plan-disable-next-line posts/address -- on cite un client -->\n« Vous êtes les meilleurs »', [{ platform: 'facebook', text: 'Salut les voisins, le marché, c’est samedi!' }]);
const evening = post('posts/b.md', { platforms: ['instagram'], date: '2027-01-11', time: '18:00', status: 'draft' }, 'Le four, ce soir.');
const gone = post('posts/c.md', { platforms: ['instagram'], date: '2027-01-10', time: '08:30', status: 'published' }, 'Déjà en ligne.');

describe('export rows', () => {
  it('one row per post and platform, by date and time, each with the text its platform publishes', () => {
    const rows = exportRows([morning, evening]);
    expect(rows.map((r) => [r.date, r.time, r.platform, r.post.file])).toEqual([
      ['2027-01-11', '18:00', 'instagram', 'posts/b.md'],
      ['2027-01-12', '08:30', 'facebook', 'posts/a.md'],
      ['2027-01-12', '08:30', 'instagram', 'posts/a.md'],
    ]);
    expect(rows[1]!.text).toBe('Salut les voisins, le marché, c’est samedi!');
    // The directive is a note to the team: nobody publishes it.
    expect(rows[2]!.text).toBe('Le marché, samedi.\n« Vous êtes les meilleurs »');
  });

  it('filters by platform and by dates (inclusive); a post without a date is outside any bound', () => {
    const undated = post('posts/d.md', { platforms: ['instagram'], status: 'ready' }, 'Un jour.');
    expect(exportRows([morning, evening, undated], { platforms: ['instagram'] }).map((r) => r.post.file)).toEqual(['posts/d.md', 'posts/b.md', 'posts/a.md']);
    expect(exportRows([morning, evening, undated], { from: '2027-01-12' }).map((r) => r.platform)).toEqual(['facebook', 'instagram']);
    expect(exportRows([morning, evening, undated], { to: '2027-01-11' }).map((r) => r.post.file)).toEqual(['posts/b.md']);
  });

  it('takes out HTML comments and the lines they held alone, as the counting does', () => {
    const p = post('p.md', { platforms: ['x', 'linkedin'] }, '<!-- note -->\nLine one\n<!-- plan-disable-next-line posts/placeholder -->\nLine two <!-- inline --> end', [{ platform: 'linkedin', text: 'Pro text <!-- to check -->' }]);
    expect(publishedTextFor(p, 'x')).toBe('Line one\nLine two  end');
    expect(publishedTextFor(p, 'linkedin')).toBe('Pro text');
  });

  it('a scheduler gets only ready and scheduled posts; no export gets a published one', () => {
    expect([morning, evening, gone].map((p) => isExportable(p, true))).toEqual([true, false, false]);
    expect([morning, evening, gone].map((p) => isExportable(p, false))).toEqual([true, true, false]);
  });
});

describe('Hootsuite', () => {
  const row = (date: string | undefined, time: string | undefined, text: string, file = 'p.md'): ExportRow => ({ post: post(file, { platforms: ['x'] }, 'x'), platform: 'x', text, ...(date ? { date } : {}), ...(time ? { time } : {}) });

  it('writes MM/DD/YYYY HH:MM, the message and an empty link, no header, CRLF', () => {
    const text = POST_EXPORTERS.hootsuite([row('2027-01-12', '08:30', 'Bonjour, "voisins"\nà samedi'), row('2027-01-13', '18:00', '=1+1')], { strategy, lang: 'fr' });
    expect(text).toBe('01/12/2027 08:30,"Bonjour, ""voisins""\nà samedi",\r\n01/13/2027 18:00,=1+1,\r\n');
  });

  it('publishes the text as written: no spreadsheet quote before a mention, a sign or a formula', () => {
    const texts = ['@HarbourMayor thank you', '+1 volunteer', '-20 % today', '=SUM(A1)'];
    const text = POST_EXPORTERS.hootsuite(texts.map((t) => row('2027-01-12', '08:30', t)), { strategy, lang: 'en' });
    expect(text.split('\r\n').slice(0, -1).map((line) => line.slice('01/12/2027 08:30,'.length, -1))).toEqual(texts);
    // The spreadsheet CSV keeps its guard.
    expect(POST_EXPORTERS.csv([row('2027-01-12', '08:30', '@HarbourMayor thank you')], { strategy, lang: 'en' })).toContain(",'@HarbourMayor thank you");
  });

  it('says each thing the bulk composer would refuse', () => {
    const problems = hootsuiteProblems([row('2027-01-12', '08:32', 'a'), row('2027-01-09', '09:00', 'b'), row(undefined, undefined, 'c'), row('2027-01-12', '10:00', '  '), row('2027-01-13', '10:00', 'a', 'q.md')], '2027-01-10');
    expect(problems.map((p) => p.kind)).toEqual(['five-minutes', 'past', 'no-date', 'no-time', 'empty', 'duplicate']);
    expect(problems[0]).toMatchObject({ earlier: '08:30', later: '08:35' });
    expect(problems[5]).toMatchObject({ other: { text: 'a' } });
    expect(hootsuiteProblems([row('2027-01-10', '23:55', 'today, late')], '2027-01-10')).toEqual([]);
  });

  it('takes at most 350 messages in one upload', () => {
    const rows = Array.from({ length: HOOTSUITE_MAX_MESSAGES + 1 }, (_, i) => row('2027-02-01', '09:00', `message ${i}`));
    expect(hootsuiteProblems(rows, '2027-01-01')).toEqual([{ kind: 'too-many', count: 351, max: 350 }]);
    expect(hootsuiteProblems(rows.slice(1), '2027-01-01')).toEqual([]);
  });
});

describe('CSV and iCalendar', () => {
  it('CSV: a header in the strategy’s language, names from the strategy, the published text', () => {
    const lines = POST_EXPORTERS.csv(exportRows([morning]), { strategy, lang: 'fr' }).split('\r\n');
    expect(lines[0]).toBe('\uFEFFdate,heure,plateforme,pilier,campagne,statut,auteur,fichier,texte');
    expect(lines[1]).toBe('2027-01-12,08:30,Facebook,La vie du quartier,,prête,Julie Tremblay,posts/a.md,"Salut les voisins, le marché, c’est samedi!"');
  });

  it('iCalendar: one event per post and platform in the strategy’s time zone, with the text; the same posts give the same bytes', () => {
    const rows = exportRows([morning, evening, post('posts/e.md', { platforms: ['facebook'], date: '2027-01-14', status: 'draft' }, 'Toute la journée.')]);
    const text = POST_EXPORTERS.ics(rows, { strategy, lang: 'fr' });
    expect(POST_EXPORTERS.ics(rows, { strategy, lang: 'fr' })).toBe(text);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(4);
    expect(events[0]!.startDate.toString()).toBe('2027-01-11T18:00:00');
    expect(calendar.getAllSubcomponents('vevent')[0]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/Toronto');
    expect(events[1]!.summary).toBe('Facebook · La vie du quartier');
    expect(events[1]!.description.split('\n')[0]).toBe('Salut les voisins, le marché, c’est samedi!');
    expect(events[3]!.startDate.isDate).toBe(true);
    // The status in the strategy's language, under its French label.
    expect(events[1]!.description).toContain('Statut: prête');
    expect(events[0]!.description).toContain('Statut: brouillon');
    const english = new ICAL.Component(ICAL.parse(POST_EXPORTERS.ics(rows, { strategy, lang: 'en' }))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(english[1]!.description).toContain('Status: ready');
    // A UID per post file and platform: another export of the same posts updates the events.
    expect(new Set(events.map((e) => e.uid)).size).toBe(4);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
});
