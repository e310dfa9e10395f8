// An open age range reads as each language says it: "65 ans et plus", "65 and over", never "65–…".
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/validate/check.js';
import { showAges } from '../../../src/rules/audience/ages.js';

const strategy = (lang: string) =>
  `version: 1\norganization:\n  name: Café\n  language: ${lang}\nplatforms:\n  - id: snapchat\n    role: primary\n    audiences: [aines]\naudiences:\n  - id: aines\n    name: Aînés\n    age: { min: 65 }\n`;

describe('age ranges in messages', () => {
  it.each([
    ['fr', { min: 65 }, '65 ans et plus'],
    ['fr', { min: 25, max: 40 }, '25 à 40 ans'],
    ['en', { min: 65 }, '65 and over'],
    ['en', { min: 25, max: 40 }, '25–40'],
  ] as const)('%s %j -> %s', (lang, age, expected) => {
    expect(showAges(age, lang)).toBe(expected);
  });

  it('a French fit finding says "65 ans et plus", an English one "65 and over"', () => {
    const fr = checkText(strategy('fr'), 's.yaml', { now: new Date('2026-11-26') }).findings.filter((f) => f.ruleId.startsWith('audience/'));
    expect(fr.length).toBeGreaterThan(0);
    for (const f of fr) expect(f.message).not.toMatch(/–…|… ans/);
    expect(fr.map((f) => f.message).join(' ')).toMatch(/65 ans et plus/);
    const en = checkText(strategy('en'), 's.yaml', { now: new Date('2026-11-26') }).findings.filter((f) => f.ruleId.startsWith('audience/'));
    expect(en.map((f) => f.message).join(' ')).toMatch(/65 and over/);
  });
});
