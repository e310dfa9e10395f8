// Durations as a Québec user types them (`7 h`, `1 j`, `1 h 30`) are accepted everywhere a duration
// is: the schema, the rules, the wizard's check, and the brief; hints suggest the user's own forms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationInHours, isDuration } from '../../../src/strategy/duration.js';
import { durationHours } from '../../../src/rules/util.js';
import { checkText } from '../../../src/validate/check.js';
import { localeFormat } from '../../../src/i18n/intl.js';
import { translator } from '../../../src/i18n/index.js';
import { wizardCatalog } from '../../../src/i18n/wizard.js';
import { ROOT } from '../../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'strategy.schema.json'), 'utf8')) as { definitions: { duration: { pattern: string } } };
const pattern = new RegExp(schema.definitions.duration.pattern, 'u');

const VALID: [string, number][] = [
  ['7 h', 7], ['7h', 7], ['1 j', 24], ['2 jours', 48], ['30 min', 0.5], ['30m', 0.5], ['4h', 4], ['2d', 48],
  ['1 h 30', 1.5], ['1h30', 1.5], ['1,5 h', 1.5], ['1.5d', 36], ['4\u00a0h', 4], ['4\u202fh', 4], ['3 heures', 3], ['45 minutes', 0.75],
];
const INVALID = ['7', 'h', 'deux jours', '1 semaine', '4 hrs', '1 h 75', '-2h', '1.h', '', '2 d 3'];

describe('durations', () => {
  it.each(VALID)('%s is %d hours for the rules, and matches the schema', (text, hours) => {
    expect(durationInHours(text)).toBeCloseTo(hours);
    expect(durationHours(text)).toBeCloseTo(hours);
    expect(isDuration(text)).toBe(true);
    expect(pattern.test(text)).toBe(true);
  });

  it.each(INVALID)('%j is not a duration, for the schema either', (text) => {
    expect(isDuration(text)).toBe(false);
    expect(pattern.test(text)).toBe(false);
  });

  it('validates a French strategy answering within `7 h` without a finding on it', () => {
    const text = readFileSync(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), 'utf8').replace(/response_time: .*/, 'response_time: 7 h');
    const findings = checkText(text, 'c.yaml', { now: new Date('2026-01-01') }).findings;
    expect(findings.filter((f) => f.path.includes('response_time'))).toEqual([]);
  });

  it('suggests French forms to a French user and English ones to an English user', () => {
    const base = readFileSync(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), 'utf8').replace(/response_time: .*/, 'response_time: vite');
    const fr = checkText(base, 'c.yaml', { now: new Date('2026-01-01') }).findings.find((f) => f.ruleId === 'schema/pattern');
    expect(fr?.message).toMatch(/`30 min`, `4 h`, `1 h 30` ou `2 j`/);
    expect(fr?.message).not.toMatch(/2d/);
    const en = checkText(base, 'c.yaml', { lang: 'en', now: new Date('2026-01-01') }).findings.find((f) => f.ruleId === 'schema/pattern');
    expect(en?.message).toMatch(/`2d`/);
  });

  it('the wizard’s hint suggests the forms of the user’s language', () => {
    expect(translator(wizardCatalog, 'fr')('answers.duration', { value: 'x' })).toMatch(/30 min, 4 h, 1 h 30 ou 2 j\./);
    expect(translator(wizardCatalog, 'fr')('answers.duration', { value: 'x' })).not.toMatch(/2d|30m/);
    expect(translator(wizardCatalog, 'en')('answers.duration', { value: 'x' })).toMatch(/30m, 4h, 1 h 30 or 2d\./);
  });

  it('reads them out in the brief', () => {
    const spaced = (text: string) => text.replace(/\s/g, ' ');
    expect(spaced(localeFormat('fr').duration('1 j'))).toBe('1 jour');
    expect(spaced(localeFormat('fr').duration('7 h'))).toBe('7 heures');
    expect(spaced(localeFormat('en').duration('1 h 30'))).toBe('1.5 hours');
  });
});
