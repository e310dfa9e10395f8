// Properties of the validation pipeline (the library API `validate`, as an editor plugin or a CI
// script would call it): it never throws, whatever the text, and every finding points inside
// the file. Counterexamples print the seed: rerun with `fc.assert(..., { seed, path })`.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validate, type Finding } from '../../src/index.js';
import { checkBytes } from '../../src/validate/check.js';
import { BASE, NOW } from '../fixtures/hostile/cases.mjs';

const now = new Date(`${NOW}T12:00:00Z`);
const env = { LANG: 'en_US.UTF-8' };
/** `PLAN_PROPERTY_RUNS=20 npx vitest run test/property` searches harder, by hand. */
const scale = Number(process.env.PLAN_PROPERTY_RUNS ?? 1);

/** Every range lies in the file: lines 1..count, columns 1..length+1 (UTF-16 units), start <= end. A lone CR ends a line (YAML 1.2). */
function assertInside(text: string, findings: readonly Finding[]): void {
  // Lines as an editor shows them: LF, CRLF (its CR kept in the line, as before) and a lone CR end one.
  const lines = text.split(/\r(?!\n)|\n/);
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      expect(Number.isInteger(p.line) && Number.isInteger(p.col), JSON.stringify(f)).toBe(true);
      expect(p.line, JSON.stringify(f)).toBeGreaterThanOrEqual(1);
      expect(p.line, JSON.stringify(f)).toBeLessThanOrEqual(lines.length);
      expect(p.col, JSON.stringify(f)).toBeGreaterThanOrEqual(1);
      expect(p.col, JSON.stringify(f)).toBeLessThanOrEqual(lines[p.line - 1]!.length + 1);
    }
    const { start, end } = f.range;
    expect(end.line > start.line || (end.line === start.line && end.col >= start.col), JSON.stringify(f)).toBe(true);
    expect(f.message.length).toBeGreaterThan(0);
  }
}

function check(text: string, lang?: 'en' | 'fr'): Finding[] {
  const result = validate(text, 'prop.yaml', { now, env, ...(lang ? { lang } : {}) });
  assertInside(text, result.findings);
  return result.findings;
}

// Pieces of YAML syntax, keys of the schema and awkward characters, glued at random: far more
// likely than random characters to reach deep into the parser, the schema and the rules.
const token = fc.constantFrom(
  '\n', '\n  ', '\n    ', '\r\n', '\t', ' ', ': ', '- ', '? ', '[', ']', '{', '}', ',', '"', "'", '\\', '#', '&a ', '*a', '!', '!!str ', '!!binary ',
  '<<: ', '---\n', '...\n', '|\n', '>-\n', '%YAML 1.1\n', '~', 'null', 'no', 'off', 'yes', '1e999999', '-0', '0x1F', '.nan', '2027-02-30', '25:00',
  'version', 'organization', 'name', 'language', 'fr', 'en', 'platforms', 'id', 'instagram', 'role', 'primary', 'audiences', 'cadence', 'posts', 'per', 'week',
  'editorial_line', 'pillars', 'share', '100', 'tone', 'address', 'tu', 'humour', 'edgy', 'objectives', 'deadline', 'crisis', 'tiers', 'community',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '👩‍👩‍👧', 'שלום', 'e\u0301', '\u0000', '\ufeff', '\u2028', '\ud800', 'é',
);
const yamlish = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 120 });
const lonelySurrogates = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });

/** The base strategy with a few characters inserted, deleted or replaced at random places. */
const mutatedBase = fc
  .array(fc.tuple(fc.nat({ max: BASE.length }), fc.nat({ max: 3 }), fc.oneof(token, anyText)), { minLength: 1, maxLength: 4 })
  .map((edits) => {
    let text = BASE;
    for (const [at, remove, insert] of edits) {
      const i = Math.min(at, text.length);
      text = text.slice(0, i) + insert + text.slice(i + remove);
    }
    return text;
  });

/** Any JSON-like value, including the keys that are special to JavaScript objects. */
const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'version', 'organization', 'platforms', 'id', 'name'));
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 5 }),
  ),
})).node;

describe('validate: never throws, findings inside the file', () => {
  it('on random YAML-ish text', () => {
    fc.assert(fc.property(yamlish, (text) => void check(text)), { numRuns: 400 * scale });
  });

  it('on random Unicode text, lone surrogates included', () => {
    fc.assert(fc.property(fc.oneof(anyText, lonelySurrogates), (text) => void check(text)), { numRuns: 300 * scale });
  });

  it('on the base strategy with random edits, in both languages', () => {
    fc.assert(fc.property(mutatedBase, fc.constantFrom('en' as const, 'fr' as const), (text, lang) => void check(text, lang)), { numRuns: 400 * scale });
  });

  it('on any YAML value, with and without the base strategy around it', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('top', 'organization', 'platform', 'pillar'), (v, where) => {
        let text: string;
        if (where === 'top') text = stringify(v);
        else if (where === 'organization') text = BASE.replace('  owner: Sam Lee\n', `  owner: ${JSON.stringify(v) ?? 'null'}\n`);
        else if (where === 'platform') text = BASE.replace('{ posts: 4, per: week }', JSON.stringify(v) ?? 'null');
        else text = BASE.replace('      share: 100\n', `      share: ${JSON.stringify(v) ?? 'null'}\n`);
        check(text);
      }),
      { numRuns: 400 * scale },
    );
  });

  it('on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = checkBytes(bytes, 'prop.yaml', { now, env });
        expect(result.findings.length).toBeGreaterThanOrEqual(0);
        for (const f of result.findings) expect(f.range.start.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 * scale },
    );
  });

  it('never touches Object.prototype, whatever the keys', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(value, (v) => {
        check(stringify({ version: 1, __proto__: v, constructor: { prototype: v }, organization: { __proto__: { polluted: true } } }));
        check(`__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n${stringify(v)}`);
      }),
      { numRuns: 100 * scale },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('prototype keys are reported, not obeyed', () => {
  it('reports __proto__, constructor and prototype as unknown keys and leaves Object.prototype alone', () => {
    const text = `${BASE}__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\nprototype: {polluted: true}\n`;
    const findings = check(text);
    const unknown = findings.filter((f) => f.ruleId === 'schema/additional-property').map((f) => `${f.range.start.line}:${f.message.match(/`([^`]+)`/)?.[1]}`);
    expect(unknown).toEqual(['27:__proto__', '29:constructor', '32:prototype']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
