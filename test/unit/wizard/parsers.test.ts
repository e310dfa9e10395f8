import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/index.js';
import { wizardCatalog } from '../../../src/i18n/wizard.js';
import { parseAge, formatAge, parsePersona } from '../../../src/wizard/steps/audience.js';
import { askEditorialLine, checkPillars, formatPillars, parsePillars, PRESETS } from '../../../src/wizard/steps/editorial-line.js';
import { askPostIdeas } from '../../../src/wizard/steps/key-dates.js';
import { askCommunity } from '../../../src/wizard/steps/community.js';
import { askPolicy } from '../../../src/wizard/steps/policy.js';
import { askMeasurement } from '../../../src/wizard/steps/measurement.js';
import { activeCadence, formatCadence, parseCadence } from '../../../src/wizard/steps/platforms.js';
import { numberOrText } from '../../../src/wizard/steps/objectives.js';
import { readTypedNumber } from '../../../src/wizard/typed-number.js';
import { Asker, flattenAnswers, splitList } from '../../../src/wizard/ask.js';
import { parseTime, regionFromEnv, slugify, uniqueId } from '../../../src/wizard/util.js';
import { platformFacts } from '../../../src/knowledge/index.js';

describe('parseTime', () => {
  it.each([
    ['09:00', '09:00'],
    ['9:00', '09:00'],
    ['7 h', '07:00'],
    ['7h', '07:00'],
    ['7 h 30', '07:30'],
    ['19h30', '19:30'],
    ['19 H 05', '19:05'],
    [' 23:59 ', '23:59'],
  ])('%s → %s', (text, expected) => expect(parseTime(text)).toBe(expected));
  it.each(['24:00', '7h60', '7', '7:5', 'noon', '7h30m', ''])('refuses %j', (text) => expect(parseTime(text)).toBeUndefined());
});

describe('parseCadence', () => {
  it.each([
    ['3/week', { posts: 3, per: 'week' }],
    ['3 / semaine', { posts: 3, per: 'week' }],
    ['1/day', { posts: 1, per: 'day' }],
    ['2 par mois', { posts: 2, per: 'month' }],
    ['2 per month', { posts: 2, per: 'month' }],
    ['1/jour', { posts: 1, per: 'day' }],
  ])('%s', (text, expected) => expect(parseCadence(text)).toEqual(expected));
  it.each(['', 'often', '3', '3/year', '-1/week', 'week/3'])('rejects %j', (text) => expect(parseCadence(text)).toBeUndefined());
  it('round-trips through formatCadence in both languages', () => {
    for (const lang of ['en', 'fr'] as const) expect(parseCadence(formatCadence({ posts: 4, per: 'month' }, lang))).toEqual({ posts: 4, per: 'month' });
  });
  it('defaults to an active cadence from the catalogue, never below its minimum', () => {
    const facts = platformFacts('instagram')!;
    const cadence = activeCadence('instagram');
    expect(cadence.per).toBe(facts.cadence.per);
    expect(cadence.posts).toBeGreaterThanOrEqual(facts.cadence.active_min);
    expect(activeCadence('my-discord')).toEqual({ posts: 3, per: 'week' });
  });
});

describe('parseAge', () => {
  it.each([
    ['25-40', { min: 25, max: 40 }],
    ['25–40', { min: 25, max: 40 }],
    ['18 à 24 ans', { min: 18, max: 24 }],
    ['65+', { min: 65 }],
    ['30 to 50', { min: 30, max: 50 }],
  ])('%s', (text, expected) => expect(parseAge(text)).toEqual(expected));
  it.each(['young', '40-25', '10-200', ''])('rejects %j', (text) => expect(parseAge(text)).toBeUndefined());
  it('formats back', () => {
    expect(formatAge({ min: 25, max: 40 })).toBe('25-40');
    expect(formatAge({ min: 65 })).toBe('65+');
    expect(formatAge(undefined)).toBeUndefined();
  });
});

describe('parsePersona', () => {
  const ids = ['instagram', 'facebook'];
  it('reads the flag form', () => {
    const result = parsePersona('Jeunes familles:25-40@facebook', ids, new Set());
    expect(result).toEqual({ persona: { id: 'jeunes-familles', name: 'Jeunes familles', age: { min: 25, max: 40 } }, reachedBy: ['facebook'] });
  });
  it('reads the answers-file form, with places as locations', () => {
    const result = parsePersona({ name: 'Retirees', age: '65+', places: ['Sillery'], needs: ['hours'] }, ids, new Set());
    expect(result).toEqual({ persona: { id: 'retirees', name: 'Retirees', age: { min: 65 }, locations: ['Sillery'], needs: ['hours'] }, reachedBy: [] });
  });
  it.each([
    ['Teens:old', 'age'],
    [{ name: 'X', colour: 'red' }, 'shape'],
    [42, 'shape'],
    ['Teens:13-17@snapchat', 'snapchat'],
  ])('rejects %j', (item, error) => expect(parsePersona(item, ids, new Set())).toBe(error));
});

describe('pillars', () => {
  const t = translator(wizardCatalog, 'en');
  it.each([
    ['Tips 40, Behind the scenes 30%, Offers: 30', [{ name: 'Tips', share: 40 }, { name: 'Behind the scenes', share: 30 }, { name: 'Offers', share: 30 }]],
    ['Calls to action (vote, donate) 30; Tips 70', [{ name: 'Calls to action (vote, donate)', share: 30 }, { name: 'Tips', share: 70 }]],
    ['Idées 33,5; Offres 66,5', [{ name: 'Idées', share: 33.5 }, { name: 'Offres', share: 66.5 }]],
  ])('parses %j', (text, expected) => expect(parsePillars(text)).toEqual(expected));
  it('asks again until shares sum to 100', () => {
    expect(checkPillars('Tips 50, Offers 40', t, 'en')).toMatch(/sum to 90, not 100 \(off by 10\)/);
    expect(checkPillars('Tips, Offers', t, 'en')).toMatch(/name then a share/);
    expect(checkPillars('Tips 50, tips 50', t, 'en')).toMatch(/same name/);
    expect(checkPillars('Tips 50, Offers 50', t, 'en')).toBe(true);
  });
  it('offers presets that sum to 100 and round-trip', () => {
    for (const preset of Object.values(PRESETS)) {
      expect(preset.reduce((sum, p) => sum + p.share, 0)).toBe(100);
      const pillars = preset.map((p) => ({ name: t(p.key), share: p.share }));
      expect(parsePillars(formatPillars(pillars))).toEqual(pillars);
    }
  });
});

describe('small helpers', () => {
  it.each([
    ['Jeunes familles de Limoilou', 'jeunes-familles-de-limoilou'],
    ['Équipe Marie-Ève', 'equipe-marie-eve'],
    ['!!!', 'item'],
  ])('slugify %j', (text, slug) => expect(slugify(text)).toBe(slug));
  it('makes ids unique', () => {
    const taken = new Set<string>();
    expect([uniqueId('Tips', taken), uniqueId('tips', taken), uniqueId('Tips', taken)]).toEqual(['tips', 'tips-2', 'tips-3']);
  });
  it.each([
    [{ LANG: 'fr_CA.UTF-8' }, 'CA-QC'],
    [{ LANG: 'en_CA.UTF-8' }, 'CA'],
    [{ LANG: 'fr_FR.UTF-8' }, 'FR'],
    [{ LANG: 'C' }, undefined],
    [{}, undefined],
  ])('region from %j', (env, region) => expect(regionFromEnv(env)).toBe(region));
  it('splits lists on commas, or semicolons when present', () => {
    expect(splitList('a, b ,c')).toEqual(['a', 'b', 'c']);
    expect(splitList('Say hi, smile; Answer')).toEqual(['Say hi, smile', 'Answer']);
  });
  it('flattens nested answers but keeps lists whole', () => {
    expect([...flattenAnswers({ name: 'X', instagram: { role: 'primary' }, audiences: [{ name: 'A' }] })]).toEqual([
      ['name', 'X'],
      ['instagram.role', 'primary'],
      ['audiences', [{ name: 'A' }]],
    ]);
  });
  it('keeps numbers as numbers', () => {
    expect(numberOrText('1 200', 'fr')).toBe(1200);
    expect(numberOrText('3,5', 'fr')).toBe(3.5);
    expect(numberOrText('12,000', 'en')).toBe(12000);
    expect(numberOrText('to measure', 'en')).toBe('to measure');
    expect(numberOrText(undefined, 'en')).toBeUndefined();
  });
});

describe('readTypedNumber: a baseline or target as typed, in the plan’s language', () => {
  it.each([
    ['en', '12,000', 12000],
    ['en', '30,000', 30000],
    ['en', '1,234,567.5', 1234567.5],
    ['en', '2.5', 2.5],
    ['en', '120', 120],
    ['en', '-3', -3],
    ['en', '12 000', 12000],
    ['fr', '1 200', 1200],
    ['fr', '1\u00a0200', 1200],
    ['fr', '1\u202f200', 1200],
    ['fr', '12 000,5', 12000.5],
    ['fr', '1,5', 1.5],
    ['fr', '0,125', 0.125],
    ['fr', '2.5', 2.5],
  ] as const)('%s "%s" is %d', (lang, text, value) => {
    expect(readTypedNumber(text, lang)).toEqual({ value });
  });
  it.each([
    ['en', '2,5', 'ambiguous'],
    ['en', '0,5', 'ambiguous'],
    ['en', '12,00', 'ambiguous'],
    ['fr', '12,000', 'ambiguous'],
    ['en', '$12,000', 'not-a-number'],
    ['en', '12%', 'not-a-number'],
    ['en', '1,2,3', 'not-a-number'],
    ['fr', '12 00', 'not-a-number'],
    ['fr', 'une dizaine', 'not-a-number'],
    ['en', '-', 'not-a-number'],
  ] as const)('%s "%s" is refused (%s)', (lang, text, problem) => {
    expect(readTypedNumber(text, lang)).toEqual({ problem });
  });
});

describe('suggested lists', () => {
  it('no suggested item starts or ends with a space (French spacing puts a narrow one before `;`)', async () => {
    const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);
    const never = { input: () => Promise.reject(new Error('asked')), confirm: () => Promise.reject(new Error('asked')), select: () => Promise.reject(new Error('asked')), checkbox: () => Promise.reject(new Error('asked')), note() {} };
    for (const lang of ['en', 'fr'] as const) {
      for (const address of lang === 'fr' ? ['tu', 'vous'] : ['informal']) {
        const ask = new Asker('defaults', new Map<string, unknown>([['address', address], ['humour', 'edgy'], ['mix', 'thirds']]), never, lang);
        const ctx = { ask, now: new Date(Date.UTC(2026, 11, 6)), folderName: 'x', env: {} };
        const line = await askEditorialLine(ctx, 'X');
        // Every purpose's ideas, whatever the mix.
        const pillars = ['inform', 'educate', 'entertain', 'inspire', 'community', 'promote'].map((purpose) => ({ id: purpose, name: purpose, share: 1, purpose })) as never[];
        await askPostIdeas(ctx, pillars, address as never);
        const sections = [line, pillars, await askCommunity(ctx, 'Sam', address as never), await askPolicy(ctx), await askMeasurement(ctx, 'Sam')];
        const items = strings(sections);
        expect(items.length).toBeGreaterThan(30);
        expect(items.filter((item) => /^\s|\s$/u.test(item)).map((item) => JSON.stringify(item))).toEqual([]);
      }
    }
  });
});
