// One mistake, one finding: a rule says nothing about a value the schema already rejected, a key
// a typo meant, or a sum that holds a rejected value. The engine does it for every rule at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/validate/check.js';
import { coveredPaths, isCovered, watchReads } from '../../../src/validate/covered.js';
import { ROOT } from '../../helpers/cli.js';

const NOW = new Date('2026-11-26');
const examples = {
  en: readFileSync(join(ROOT, 'examples', 'harbour-food-network.strategy.yaml'), 'utf8'),
  fr: readFileSync(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), 'utf8'),
};

function findings(text: string) {
  return checkText(text, 's.yaml', { now: NOW }).findings.map((f) => `${f.ruleId} ${f.path.join('.')}`);
}

/** Replace the first match, failing loudly if the example changed under the test. */
function edit(text: string, from: RegExp, to: string): string {
  expect(text, `the example no longer has ${from}`).toMatch(from);
  return text.replace(from, to);
}

describe.each(['en', 'fr'] as const)('one mistake, one finding (%s example)', (lang) => {
  const clean = examples[lang];

  it('the example is clean, so every finding below comes from the edit', () => {
    expect(findings(clean).filter((f) => f.startsWith('schema/') || f.startsWith('objectives/smart') || f.startsWith('refs/pillar-shares') || f.startsWith('platforms/active-presence'))).toEqual([]);
  });

  it('a date written 30/06/2027 gives a date error, not also "no deadline"', () => {
    const text = edit(clean, /deadline: \d{4}-\d{2}-\d{2}/, 'deadline: 30/06/2027');
    const found = findings(text);
    expect(found.filter((f) => f.startsWith('schema/format'))).toHaveLength(1);
    expect(found.filter((f) => f.startsWith('objectives/'))).toEqual([]);
  });

  it('share: 40 % gives a type error, not also "the shares sum to 60 %"', () => {
    const text = edit(clean, /share: (\d+)\n/, 'share: $1 %\n');
    const found = findings(text);
    expect(found.filter((f) => f.startsWith('schema/type'))).toEqual([expect.stringMatching(/editorial_line\.pillars\.0\.share$/)]);
    expect(found.filter((f) => f.startsWith('refs/pillar-shares'))).toEqual([]);
  });

  it('cadance gives "did you mean cadence", not also "no cadence"', () => {
    const text = edit(clean, /\n(\s+)cadence:/, '\n$1cadance:');
    const found = findings(text);
    expect(found).toEqual([expect.stringMatching(/^schema\/additional-property platforms\.0\.cadance$/)]);
  });
});

describe('findings elsewhere stay', () => {
  it('another objective with no deadline is still reported', () => {
    // The first objective's date is wrong; the second has none at all: two mistakes, two findings.
    let text = edit(examples.en, /deadline: \d{4}-\d{2}-\d{2}/, 'deadline: 30/06/2027');
    const second = [...text.matchAll(/\n\s+deadline: \d{4}-\d{2}-\d{2}/g)][0]!;
    text = text.slice(0, second.index) + text.slice(second.index! + second[0].length);
    const found = findings(text);
    expect(found.filter((f) => f.startsWith('schema/format'))).toEqual(['schema/format objectives.0.deadline']);
    expect(found.filter((f) => f.startsWith('objectives/smart'))).toEqual(['objectives/smart objectives.1.deadline']);
  });

  it('a rule that never read the rejected value keeps its findings', () => {
    const text = edit(examples.en, /deadline: \d{4}-\d{2}-\d{2}/, 'deadline: 30/06/2027').replace(/response_time: \S+/, 'response_time: 48h');
    expect(findings(text)).toContain('community/response-time community.response_time');
  });
});

describe('the read watch', () => {
  it('records reads of covered paths only, and drops findings at, under, around or above them', () => {
    const data = { a: { list: [{ x: 1, y: 2 }, { x: 3 }] }, b: 1 };
    const watch = watchReads(data, coveredPaths([{ ruleId: 'schema/type', path: ['a', 'list', 0, 'x'] }]));
    const seen = watch.data as typeof data;
    expect(seen.b).toBe(1);
    expect(watch.touched()).toEqual([]);
    expect(seen.a.list.map((item) => item.x)).toEqual([1, 3]);
    expect(watch.touched()).toEqual([['a', 'list', '0', 'x']]);
    expect(isCovered(['a', 'list', 0, 'x'], watch.touched())).toBe(true);
    expect(isCovered(['a', 'list', 0, 'y'], watch.touched())).toBe(true);
    expect(isCovered(['a', 'list'], watch.touched())).toBe(true);
    expect(isCovered(['a', 'list', 1, 'x'], watch.touched())).toBe(false);
    expect(isCovered(['b'], watch.touched())).toBe(false);
    expect(isCovered([], watch.touched())).toBe(true);
    watch.reset();
    expect(watch.touched()).toEqual([]);
  });

  it('a typo covers the key it meant; a missing key covers itself', () => {
    expect(coveredPaths([
      { ruleId: 'schema/additional-property', path: ['platforms', 0, 'cadance'], covers: ['platforms', 0, 'cadence'] },
      { ruleId: 'schema/additional-property', path: ['zzz'] },
      { ruleId: 'schema/required', path: ['organization'], covers: ['organization', 'name'] },
    ])).toEqual([['platforms', 0, 'cadence'], ['organization', 'name']]);
  });
});
