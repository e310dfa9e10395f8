// The subset parser (the first pass of `plan validate`): on every case it either declines, or gives
// exactly what the full `yaml` path gives for a text that path finds clean (see
// test/helpers/yaml-subset-contract.ts). Tricky cases one by one here; generated and mutated texts
// in test/property/yaml-subset.property.test.ts.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus.mjs';
import { parseYamlSubset, resolvePlain } from '../../../src/validate/yaml-subset.js';
import { compareWithYaml, sameData } from '../../helpers/yaml-subset-contract.js';
import { ROOT } from '../../helpers/cli.js';

/** Accepted, and the same data and no finding on the full path. */
function expectAccepted(text: string) {
  expect({ text, ...compareWithYaml(text) }).toStrictEqual({ text, accepted: true, agrees: true, findings: [] });
}

function expectDeclined(text: string) {
  expect({ text, data: parseYamlSubset(text) }).toStrictEqual({ text, data: undefined });
}

describe('accepted, and read exactly as yaml reads them', () => {
  const cases: [string, string][] = [
    ['a plain mapping', 'version: 1\nname: Café Boréal\n'],
    ['no final line break', 'a: 1\nb: two'],
    ['comments everywhere', '# head\na: 1 # trailing\n  # indented comment\n# col 0\nb:\n  # before\n  c: 2\n'],
    ['blank and space-only lines', 'a: 1\n\n   \nb:\n\n  c: 2\n'],
    ['empty values are null', 'a:\nb:   \nc: # comment\nd:\n'],
    ['nested mappings at odd indents', 'a:\n b:\n     c: 1\n d: 2\ne: 3\n'],
    ['sequence under a key, indented', 'a:\n  - x\n  - y\n'],
    ['sequence under a key, same column', 'a:\n- x\n- y\nb: 1\n'],
    ['compact mappings in a sequence', 'l:\n  - id: a\n    n: 1\n  - id: b\n    m:\n      - 1\n'],
    ['a sequence as value inside a compact mapping, same column', 'l:\n- a:\n  - x\n  b: 2\n'],
    ['nested compact sequences', 'l:\n- - a\n  - b\n- c\n'],
    ['an empty item', 'l:\n-\n- # nothing\n- x\n'],
    ['an item on the next line', 'l:\n  -\n    a: 1\n'],
    ['plain scalars of the core schema', 'a: [1, -0, +12, 007, 0o17, 0x1F, 1.5, -.5, .5, 1., 1e3, 1E-2, .inf, -.Inf, .NaN, ~, null, Null, true, False, TRUE]\n'],
    ['look-alikes stay strings', 'a: [1_000, 0b101, 0o19, 0X1F, yes, no, on, off, nan, nULL, tRue, 2027-03-31, 08:30, 0.1.2, 12345678901234567890]\n'],
    ['plain scalars with indicators inside', 'a: x-y:z#w, [b] {c} "d" \'e\' %f @g `h` !i &j *k ?l |m >n\nb: https://example.com/a?b=c#d\n'],
    ['a plain scalar starting with a dash or a dot', 'a: -x\nb: --\nc: ...x\nd: -5\n'],
    ['a folded plain scalar', 'a: one\n  two\n\n  three\n\n\n   four\nb: 1\n'],
    ['a folded plain scalar in a sequence', 'l:\n  - one\n   two\n  - three\n'],
    ['a folded plain scalar ending at a comment line', 'a: one\n  two\n  # done\nb: 1\n'],
    ['trailing spaces are not content', 'a: x   \nb: "y"  \nc: [ z ]  \n'],
    ['double-quoted escapes', 'a: "tab\\t nl\\n quote\\" back\\\\ slash\\/ \\x41\\u00e9\\u2028 \\0\\a\\b\\e\\f\\v\\r\\N\\_\\L\\P\\ "\n'],
    ['double-quoted surrogate pair', 'a: "\\ud83d\\ude00"\n'],
    ['double-quoted over lines', 'a: "one two  \n    three\n\n    four"\nb: 1\n'],
    ['single-quoted with quotes and lines', "a: 'it''s'\nb: 'one\n  two\n\n  three'\nc: ''\n"],
    ['quoted scalars keep their look-alikes as strings', 'a: "12"\nb: \'true\'\nc: "2027-01-31"\nd: "~"\ne: ""\n'],
    ['flow sequences', 'a: [ a, b ]\nb: []\nc: [ [x, y], {k: v}, "q", \'s\' ]\n'],
    ['flow mappings', 'a: { min: 1, max: 2 }\nb: {}\nc: { x: [1, 2], y: { z: w } }\n'],
    ['flow collections over lines', 'a:\n  [\n    one two,\n    three\n    four,\n    "five"\n  ]\nb: { x: 1,\n  y: 2 }\n'],
    ['colons inside flow scalars', 'a: { t: 14:15, u: a:b }\nb: [14:15]\n'],
    ['a comment inside a flow collection', 'a: [ x, # first\n  y ]\n'],
    ['folded block scalars', 'a: >-\n  one\n  two\n\n  three\nb: >\n  clipped\n\nc: 1\n'],
    ['literal block scalars', 'a: |\n  one\n    indented\n\n  two\nb: |-\n  stripped\n'],
    ['block scalars in sequences and at the end of the text', 'l:\n  - >-\n   text\n  - k: |\n      lit'],
    ['block scalar with a comment after its header and a less indented comment after it', 'a: >- # note\n    text\n  # comment\nb: 1\n'],
    ['control characters are data', 'a: x\u0001y\nb: "\u007f"\n'],
    ['non-ASCII text', 'a: Été à Québec — ça va ? 💡\n'],
    ['keys that look like prototype members', 'constructor: 1\ntoString: 2\nhasOwnProperty: 3\n'],
    ['a key at the length limit', `${'k'.repeat(63)}: v\n`],
    ['the same keys in nested and sibling mappings', 'a:\n  id: 1\n  b:\n    id: 2\n    c: { id: 3 }\n  c: 4\nb:\n  - id: 5\n  - id: 6\n    b: { b: 7 }\nid: 8\n'],
    ['keys in a different order each time (the next key is guessed from the last time)', 'l:\n  - a: 1\n    b: 2\n  - b: 3\n    a: 4\n  - a: 5\n    c: 6\n    b: 7\nab: { b: 1, a: 2 }\n'],
    ['keys that share a key cache slot (awe, caa)', 'awe: 1\ncaa: 2\nm:\n  caa: 3\n  awe: 4\n  n: { awe: 5, caa: 6 }\n'],
    ['keys that are prefixes of one another', 'ab: 1\na: 2\nabc: 3\nl:\n  - a: 1\n    ab: 2\n  - ab: 3\n    a: 4\n'],
    ['nesting within the limit', `a:\n${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} 1\n`],
  ];
  it.each(cases)('%s', (_name, text) => expectAccepted(text));
});

describe('declined: left to the full parser', () => {
  const cases: [string, string][] = [
    ['empty text', ''],
    ['comments only', '# nothing\n'],
    ['a list at the top', '- a\n'],
    ['a scalar at the top', 'text\n'],
    ['a flow mapping at the top', '{ a: 1 }\n'],
    ['an indented top-level mapping', '  a: 1\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['a tab in a value', 'a: "x\ty"\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a byte-order mark inside', 'a: \uFEFFx\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document start', '---\na: 1\n'],
    ['a document end', 'a: 1\n...\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 12\n'],
    ['a complex key', '? a\n: b\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key with a space', 'a b: 1\n'],
    ['a key the core schema reads as a number', '1: a\n'],
    ['a key the core schema reads as null', 'null: a\n'],
    ['a key the core schema reads as a boolean', 'true: a\n'],
    ['__proto__ as a key', '__proto__: a\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key in a flow mapping', 'a: { b: 1, b: 2 }\n'],
    ['a duplicate key after a nested mapping that uses it too', 'a:\n  b: 1\n  c:\n    b: 2\n  b: 3\n'],
    ['a duplicate key after a nested flow mapping that uses it too', 'b: 1\nc: { b: 2 }\nb: 3\n'],
    ['a duplicate key in a compact mapping after a nested sequence', 'l:\n  - id: 1\n    m:\n      - id: 2\n    id: 3\n'],
    ['a duplicate key that shares its key cache slot with another key (awe, caa)', 'awe: 1\ncaa: 2\nawe: 3\n'],
    ['a duplicate key with a prototype name', 'constructor: 1\nconstructor: 2\n'],
    ['an over-long key', `${'k'.repeat(64)}: v\n`],
    ['a mapping inside a value', 'a: b: c\n'],
    ['a value ending with a colon', 'a: b:\n'],
    ['a sequence inside a value', 'a: - b\n'],
    ['key without space after colon', 'a:b\n'],
    ['a comment without space', 'a: "x"#c\n'],
    ['text after a quoted value', 'a: "x" y\n'],
    ['a bad indent after a mapping', 'a:\n  b: 1\n c: 2\n'],
    ['a more indented line after a value', 'a: "x"\n  b: 1\n'],
    ['a continuation after a comment', 'a: b # c\n  d\n'],
    ['a continuation that starts with an indicator', 'a: b\n  - c\n'],
    ['a key at the sequence column under a nested key', 'a:\n  - x\n  b: 1\n'],
    ['an unclosed flow sequence', 'a: [1, 2\n'],
    ['an unclosed quote', 'a: "x\n'],
    ['a trailing comma', 'a: [a, ]\n'],
    ['an empty flow entry', 'a: [a, , b]\n'],
    ['a flow mapping key without value', 'a: { b }\n'],
    ['a flow key without space', 'a: {b:1}\n'],
    ['a pair in a flow sequence', 'a: [b: 1]\n'],
    ['a flow line not indented enough', 'a:\n  b: [\n  x ]\n'],
    ['a closing bracket at the key column', 'a: [\n  x\n]\n'],
    ['a flow collection followed by text', 'a: [x] y\n'],
    ['a comment at the start of a line in a flow mapping (yaml: "Comments must be separated...")', 'a: { b: x\n# c\n }\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['an escaped line break', 'a: "x\\\n  y"\n'],
    ['a long unicode escape', 'a: "\\U0001F600"\n'],
    ['a short hex escape', 'a: "\\x4"\n'],
    ['a quoted line not indented enough', 'a:\n  b: "x\n  y"\n'],
    ['keep chomping', 'a: |+\n  x\n'],
    ['an indentation indicator', 'a: |2\n  x\n'],
    ['a more indented line in a folded scalar', 'a: >\n  x\n    y\n'],
    ['a blank line before a block scalar', 'a: |\n\n  x\n'],
    ['an empty block scalar', 'a: |\nb: 1\n'],
    ['a more indented blank line in a block scalar', 'a: |\n  x\n     \n  y\n'],
    ['a reserved indicator', 'a: @x\n'],
    ['a plain value starting with a quote-like backtick', 'a: `x\n'],
    ['a value starting with a block indicator in a flow', 'a: [>x]\n'],
    ['nesting deeper than the limit', `a:\n${Array.from({ length: 60 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} 1\n`],
    ['a value starting with a dash alone', 'a: -\n'],
  ];
  it.each(cases)('%s', (_name, text) => expectDeclined(text));
});

describe('plain scalars resolve as the yaml 1.2 core schema does', () => {
  const scalars = ['0', '-0', '+0', '1', '007', '08', '0o7', '0o8', '0x0', '0xFf', '0xG', '1.0', '1.', '.1', '-.1', '+.1e+2', '1e5', '1e', 'e1', '.', '+', '.inf', '.Inf', '.INF', '+.inf', '-.inf', '.nan', '.NaN', '.NAN', '-.nan', '~', 'null', 'Null', 'NULL', 'nul', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'ture', 'Falsey', 'n', 't', 'y'];
  it.each(scalars)('%j', (scalar) => {
    const text = `v: ${scalar}\n`;
    expectAccepted(text);
    expect(sameData(resolvePlain(scalar), (parseYamlSubset(text) as { v: unknown }).v)).toBe(true);
  });
});

describe('real strategies take the fast path', () => {
  it('every example strategy is accepted and read exactly as yaml reads it', async () => {
    const dir = join(ROOT, 'examples');
    const names = (await readdir(dir)).filter((name) => name.endsWith('.strategy.yaml'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expectAccepted(await readFile(join(dir, name), 'utf8'));
  });

  it('every strategy of a bench corpus sample is accepted and read exactly as yaml reads it', async () => {
    const files = await generateCorpus({ valid: 150, invalid: 0 });
    for (const file of files) expectAccepted(file.text);
  });
});
