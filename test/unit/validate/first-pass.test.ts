// The first pass of every check must never change a result: same data as the `yaml`
// parser when it accepts a text, and the same findings as the full path on the whole bench corpus.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { generateCorpus } from '../../../bench/corpus.mjs';
import { firstPassParse } from '../../../src/validate/first-pass.js';
import { checkFile } from '../../../src/validate/check-file.js';
import { checkText } from '../../../src/validate/check.js';

const yamlData = (text: string) => parse(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: false });

describe('firstPassParse: same scalars as the yaml 1.2 core schema', () => {
  const scalars = [
    '1_000', '0b101', '-.5', '+.5', '.5', '1.', '0o17', '0o19', '0x1F', '0X1F', '+12', '-0', '007', '1e3', '1E-2', '-1.5e+3',
    '.inf', '-.Inf', '+.INF', '.NaN', '.nan', 'nan', '~', 'null', 'Null', 'NULL', 'nULL', '', 'true', 'True', 'TRUE', 'tRue',
    'false', 'yes', 'no', 'on', 'off', 'y', 'n', '2027-03-31', '08:30', '18:00', '1:20', '0.1.2', '12345678901234567890',
    '"12"', "'true'", '"2027-03-31"', '"a\\tb"', "'it''s'", 'café', 'Ça va?', 'a#b', '"\\u00e9\\x41"',
  ];
  it.each(scalars)('value %j', (scalar) => {
    const text = `version: 1\nvalue: ${scalar}\nlist: [${scalar === '' ? '~' : scalar}, x]\n`;
    const fast = firstPassParse(text);
    expect(fast).toBeDefined();
    expect(fast!.data).toStrictEqual(yamlData(text));
  });
});

describe('firstPassParse leaves to the full parser what it might read differently', () => {
  const cases: [string, string][] = [
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['tab in a value', 'a: "x\ty"\n'],
    ['anchor and alias', 'a: &x [1]\nb: *x\n'],
    ['alias in a list', 'a: [1]\nb:\n  - *x\n'],
    ['tag', 'a: !custom x\n'],
    ['standard tag', 'a: !!str 12\n'],
    ['tag at line start', 'a:\n  !!map\n  b: 1\n'],
    ['complex key', '? [a, b]\n: c\n'],
    ['directive', '%YAML 1.2\n---\na: 1\n'],
    ['document start', '---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['document end', 'a: 1\n...\n'],
    ['duplicate key', 'a: 1\na: 2\n'],
    ['syntax error', 'a: [1, 2\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a scalar at the top', 'just text\n'],
    ['empty', ''],
    ['comments only', '# nothing\n'],
    ['implicit key over 1,024 characters', `${'k'.repeat(1100)}: v\n`],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(firstPassParse(text)).toBeUndefined();
  });

  it('accepts !, &, * and ? inside a value (not where a node starts)', () => {
    const text = 'a: why? because & so *on*!\nb: [x?, y!]\n';
    expect(firstPassParse(text)?.data).toStrictEqual(yamlData(text));
  });

  it('accepts long values on one line', () => {
    const text = `a: ${'word '.repeat(300)}\n`;
    expect(firstPassParse(text)?.data).toStrictEqual(yamlData(text));
  });
});

describe('firstPassParse agrees with yaml on whatever yaml writes', () => {
  const key = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => k !== '__proto__');
  const leaf = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constantFrom('1_0', '0b1', '-.5', 'yes', '08:30', '2027-01-31', ' lead', 'trail ', 'a: b', '- x', '#x', "it's", 'x\ny'));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
  })).node;
  it('data is identical when firstPassParse accepts the text', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), fc.constantFrom(0, 20, 80), fc.boolean(), fc.boolean(), (data, lineWidth, indentSeq, flow) => {
        const text = stringify(data, { lineWidth, indentSeq, collectionStyle: flow ? 'flow' : 'any', version: '1.2' });
        const fast = firstPassParse(text);
        // isDeepStrictEqual: an own key named `constructor` confuses expect's equality.
        if (fast) expect(isDeepStrictEqual(fast.data, yamlData(text)), text).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('checkFile (first pass, then the full check) gives the same findings as the full check on the bench corpus', async () => {
  // A slice of the corpus keeps this test fast: every mutation appears four times.
  const files = await generateCorpus({ valid: 120, invalid: 56 });
  const clean = new Date('2026-11-26T12:00:00Z');
  const late = new Date('2031-01-01T12:00:00Z');

  it.each([['with no findings', clean], ['with findings in every file', late]] as const)('%s', async (_name, now) => {
    let fastRoutes = 0;
    for (const file of files) {
      const full = checkText(file.text, file.name, { now, env: {} });
      const { result: fast } = await checkFile(Buffer.from(file.text), file.name, { now, env: {} });
      expect({ name: file.name, findings: fast.findings, schemaValid: fast.schemaValid, lang: fast.lang })
        .toStrictEqual({ name: file.name, findings: full.findings, schemaValid: full.schemaValid, lang: full.lang });
      if (fast.parsed === undefined) fastRoutes++;
    }
    // Clean files really take the first pass (or this test would compare the full path with itself).
    if (now === clean) expect(fastRoutes).toBeGreaterThanOrEqual(100);
    else expect(fastRoutes).toBe(0);
  });

  it('every invalid file has an error, every valid one none (at the corpus date)', async () => {
    for (const file of files) {
      const errors = (await checkFile(Buffer.from(file.text), file.name, { now: clean, env: {} })).result.findings.filter((f) => f.severity === 'error');
      expect({ name: file.name, hasError: errors.length > 0 }).toStrictEqual({ name: file.name, hasError: !file.valid });
    }
  });
});
