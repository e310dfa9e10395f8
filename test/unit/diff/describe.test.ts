import { describe, expect, it } from 'vitest';
import { diffFile, type DiffSide } from '../../../src/diff/index.js';
import { checkText } from '../../../src/validate/check.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const side = (text: string, lang: 'en' | 'fr' = 'en'): DiffSide => {
  const result = checkText(text, 's.yaml', { lang, now: NOW });
  return { ...(result.parsed ? { parsed: result.parsed } : {}), findings: result.findings };
};
const texts = (before: string, after: string, lang: 'en' | 'fr' = 'en') => diffFile('s.yaml', side(before, lang), side(after, lang), { lang }).changes.map((c) => c.text);

describe('the words of a change', () => {
  it.each([
    ['an objective target', 'objectives:\n  - id: reach\n    target: 100\n', 'objectives:\n  - id: reach\n    target: 1500\n', 'Objective “reach” target: 100 → 1,500'],
    ['a platform role, in the brief’s words', 'platforms:\n  - id: tiktok\n    role: secondary\n', 'platforms:\n  - id: tiktok\n    role: primary\n', 'TikTok role: secondary → primary'],
    ['audiences reached, by their names', 'audiences:\n  - id: a\n    name: Parents\nplatforms:\n  - id: x\n    audiences: []\n', 'audiences:\n  - id: a\n    name: Parents\nplatforms:\n  - id: x\n    audiences: [a]\n', 'X (Twitter) audiences reached: adds “Parents”'],
    ['a crisis approver', 'crisis:\n  tiers:\n    - level: 2\n      approver: Ana\n', 'crisis:\n  tiers:\n    - level: 2\n      approver: Ben\n', 'Crisis tier 2 approver: “Ana” → “Ben”'],
    ['a field set for the first time', 'community: {}\n', 'community:\n  response_time: 4h\n', 'Response time: (none) → “4h”'],
    ['a new name under the same id', 'audiences:\n  - id: a\n    name: Parents\n', 'audiences:\n  - id: a\n    name: Young parents\n', 'Audience “Parents” renamed “Young parents”'],
    ['a section added', 'version: 1\n', 'version: 1\npolicy:\n  rules: [a]\n', 'Usage policy added'],
  ])('%s', (_name, before, after, expected) => {
    expect(texts(before, after)).toContain(expected);
  });

  it('in French, with French spacing and words', () => {
    expect(texts('objectives:\n  - id: reach\n    target: 100\n', 'objectives:\n  - id: reach\n    target: 1500\n', 'fr')).toEqual(['Objectif «\u202freach\u202f», cible\u202f: 100 → 1\u00a0500']);
  });

  it('control characters in user text never reach the terminal', () => {
    const out = texts('editorial_line:\n  pillars:\n    - id: a\n      name: A\n', 'editorial_line:\n  pillars:\n    - id: a\n      name: "A\\e[2J\\e]0;pwned\\a"\n').join('\n');
    expect(out).not.toMatch(/[\u0000-\u001f]/);
    expect(out).toContain('\\x1b[2J');
  });

  it('a long text shows where it changed', () => {
    const long = 'We take the situation seriously and are checking the facts with the pantry. We will post an update';
    const [text] = texts(`crisis:\n  tiers:\n    - level: 1\n      holding_statement: ${long} today.\n`, `crisis:\n  tiers:\n    - level: 1\n      holding_statement: ${long} tonight.\n`);
    expect(text).toMatch(/^Crisis tier 1 holding statement: “….*update today\.” → “….*update tonight\.”$/);
  });

  it('comments and layout only: said so, no change listed', () => {
    const diff = diffFile('s.yaml', side('version: 1 # one\n'), side('# new comment\nversion:   1\n'), { lang: 'en' });
    expect(diff.status).toBe('layout');
    expect(diff.changes).toEqual([]);
  });

  it('a version that is not YAML: no change listed, its error is a new finding', () => {
    const diff = diffFile('s.yaml', side('version: 1\n'), side('version: [1\n'), { lang: 'en' });
    expect(diff.status).toBe('unreadable');
    expect(diff.findings.added.some((f) => f.ruleId.startsWith('yaml/'))).toBe(true);
  });
});
