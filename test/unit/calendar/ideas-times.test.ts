// Every slot gets an idea and a time; key dates mark posts and keep blacked-out pillars off their
// days; the examples never plan a promotion on a day they black out for it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planCalendarWithNotes, planWithKeyDates, type KeyDate } from '../../../src/calendar/index.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { ROOT } from '../../helpers/cli.js';
import { strategyWith } from './fixtures.js';

const FROM = '2027-01-04';

function withIdeas(): Strategy {
  const s = strategyWith([
    { id: 'instagram', role: 'primary', cadence: { posts: 3, per: 'week', time: '08:30' } },
    { id: 'facebook', role: 'secondary', cadence: { posts: 2, per: 'week' } },
    { id: 'my-forum', name: 'Our forum', role: 'secondary', cadence: { posts: 1, per: 'week' } },
  ]);
  s.editorial_line.pillars = [
    { id: 'p1', name: 'One', share: 50, examples: ['Idea A', 'Idea B'] },
    { id: 'p2', name: 'Two', share: 30, examples: ['Idea C'] },
    { id: 'offers', name: 'Offers', share: 20, purpose: 'promote' },
  ];
  return s;
}

describe('ideas', () => {
  it('rotate through each pillar’s examples in order; a pillar without examples gives none', () => {
    const { slots } = planCalendarWithNotes(withIdeas(), { from: FROM, weeks: 4 });
    const p1 = slots.filter((s) => s.pillar === 'p1').map((s) => s.idea);
    expect(p1.length).toBeGreaterThan(3);
    p1.forEach((idea, i) => expect(idea).toBe(['Idea A', 'Idea B'][i % 2]));
    expect(slots.filter((s) => s.pillar === 'p2').every((s) => s.idea === 'Idea C')).toBe(true);
    expect(slots.filter((s) => s.pillar === 'offers').every((s) => s.idea === undefined)).toBe(true);
    expect(slots.every((s) => s.copy === '')).toBe(true);
  });
});

describe('times', () => {
  it('come from the cadence, else the platform knowledge with its source, else 09:00', () => {
    const plan = planCalendarWithNotes(withIdeas(), { from: FROM, weeks: 2 });
    expect(plan.slots.every((s) => /^\d\d:\d\d$/.test(s.time ?? ''))).toBe(true);
    expect(new Set(plan.slots.filter((s) => s.platform === 'instagram').map((s) => s.time))).toEqual(new Set(['08:30']));
    const facebook = plan.defaultTimes.find((d) => d.platform === 'facebook')!;
    expect(facebook).toMatchObject({ from: 'platform', time: '09:00' });
    expect(facebook.source?.url).toMatch(/^https:\/\//);
    expect(plan.defaultTimes.find((d) => d.platform === 'my-forum')).toMatchObject({ from: 'fallback', time: '09:00' });
    expect(plan.defaultTimes.map((d) => d.platform)).not.toContain('instagram');
  });

  it('use the start of community hours when the platform’s usual time is outside them', () => {
    const s = withIdeas();
    s.platforms = [{ id: 'pinterest', role: 'primary', cadence: { posts: 2, per: 'week' } }];
    s.community = { hours: { start: '10:00', end: '17:00' } };
    const plan = planCalendarWithNotes(s, { from: FROM, weeks: 1 });
    expect(plan.defaultTimes).toEqual([{ platform: 'pinterest', time: '10:00', from: 'hours' }]);
    expect(plan.slots.every((x) => x.time === '10:00')).toBe(true);
  });
});

describe('key dates in the plan', () => {
  const key = (date: string, extra: Partial<KeyDate> = {}): KeyDate => ({ date, name: `Key ${date}`, origin: 'strategy', index: 0, ...extra });

  it('a key date takes the post of its day, its pillar and its idea; the pillar mix stays on target', () => {
    const s = withIdeas();
    const plain = planCalendarWithNotes(s, { from: FROM, weeks: 4 });
    const day = plain.slots[5]!.date;
    const plan = planCalendarWithNotes(s, { from: FROM, weeks: 4, keyDates: [key(day, { pillar: 'offers', note: 'Two for one' })] });
    const marked = plan.slots.filter((x) => x.keyDate);
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({ date: day, pillar: 'offers', idea: `Key ${day} — Two for one` });
    const count = (slots: typeof plan.slots, id: string) => slots.filter((x) => x.pillar === id).length;
    for (const id of ['p1', 'p2', 'offers']) expect(count(plan.slots, id)).toBe(count(plain.slots, id));
  });

  it('a key date with no post that day takes the closest one up to three days before, else none', () => {
    const s = withIdeas();
    s.platforms = [{ id: 'instagram', role: 'primary', cadence: { posts: 1, per: 'week', days: ['mon'] } }];
    const plan = planCalendarWithNotes(s, { from: FROM, weeks: 2, keyDates: [key('2027-01-13'), key('2027-01-09', { name: 'Far' })] });
    expect(plan.slots.find((x) => x.keyDate === 'Key 2027-01-13')?.date).toBe('2027-01-11');
    expect(plan.slots.some((x) => x.keyDate === 'Far')).toBe(false);
  });

  it('keeps blacked-out pillars off their day, and holidays mark no post', () => {
    const s = withIdeas();
    s.platforms = [{ id: 'instagram', role: 'primary', cadence: { posts: 1, per: 'day' } }];
    const days = Array.from({ length: 28 }, (_, i) => `2027-01-${String(4 + i).padStart(2, '0')}`);
    const keyDates = days.map((d, i) => key(d, { index: i, blackoutPillars: ['offers'] }));
    const holidays: KeyDate[] = keyDates.slice(0, 3).map((k) => ({ ...k, origin: 'holiday', name: 'h' }));
    const plan = planCalendarWithNotes(s, { from: FROM, weeks: 4, keyDates: [...holidays, ...keyDates.slice(3)] });
    expect(plan.slots.some((x) => x.pillar === 'offers' && days.slice(3).includes(x.date))).toBe(false);
    expect(plan.slots.filter((x) => x.keyDate).every((x) => x.keyDate !== 'h')).toBe(true);
  });
});

describe('the examples', () => {
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.strategy.yaml'));

  it.each(examples)('%s names key dates and plans no promotion on a day it blacks out, over a year', (file) => {
    const strategy = parse(readFileSync(join(ROOT, 'examples', file), 'utf8')) as Strategy;
    expect(strategy.calendar?.key_dates?.length).toBeGreaterThan(0);
    const plan = planWithKeyDates(strategy, { from: FROM, weeks: 52 }, strategy.organization.language);
    const promotional = new Set((strategy.editorial_line.pillars ?? []).filter((p) => p.purpose === 'promote').map((p) => p.id));
    const blackouts = plan.keyDates.filter((k) => k.blackoutPillars?.length);
    expect(blackouts.length).toBeGreaterThan(0);
    for (const slot of plan.slots) {
      const blocked = blackouts.some((k) => k.date === slot.date && k.blackoutPillars!.includes(slot.pillar ?? ''));
      expect(blocked && promotional.has(slot.pillar ?? ''), `${file}: ${slot.date} ${slot.platform} ${slot.pillar}`).toBe(false);
    }
    expect(plan.slots.every((s) => s.time)).toBe(true);
    expect(plan.slots.filter((s) => s.idea).length).toBe(plan.slots.length);
  });
});

describe('where the holidays come from', () => {
  it('names the country in the calendar’s language, and keeps a subdivision’s code', async () => {
    const { CALENDAR_FORMATS } = await import('../../../src/calendar/index.js');
    const holiday: KeyDate = { date: '2027-01-05', name: 'A holiday', origin: 'holiday', type: 'public' };
    const render = (region: string, lang: 'en' | 'fr') => {
      const s = withIdeas();
      s.organization = { ...s.organization, region, language: lang };
      return CALENDAR_FORMATS.md(planCalendarWithNotes(s, { from: FROM, weeks: 1, keyDates: [holiday] }), s, { lang });
    };
    expect(render('US', 'en')).toContain('Holidays and observances (region: United States)');
    expect(render('US', 'fr')).toContain('Jours fériés et fêtes (région\u202f: États-Unis)');
    expect(render('CA-QC', 'fr')).toContain('Jours fériés et fêtes (région\u202f: CA-QC)');
  });
});
