// The subset parser (src/validate/yaml-subset.ts) against `yaml` on texts nobody wrote by hand:
// whatever it accepts, the full path must find clean and read to the same data (key order, -0 and
// NaN included). Three sources: strategy-like data written by `yaml` in many styles; those texts
// mutated (characters, indentation, comments, lines); and documents assembled line by line from
// fragments at the edges of the subset. Each property also checks that a fair share is accepted,
// so that it cannot pass by declining everything.
import fc from 'fast-check';
import { Document, visit, type ToStringOptions } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareWithYaml } from '../helpers/yaml-subset-contract.js';

const scale = Number(process.env.PLAN_PROPERTY_RUNS ?? 1);

/** Check one text; counts acceptances so each property can require some. */
function checker() {
  const seen = { accepted: 0, total: 0 };
  const check = (text: string) => {
    const outcome = compareWithYaml(text);
    seen.total++;
    if (outcome.accepted) seen.accepted++;
    // The text in the failure message, to reproduce it.
    expect({ text, agrees: outcome.agrees, findings: outcome.findings }).toStrictEqual({ text, agrees: true, findings: outcome.accepted ? [] : outcome.findings });
  };
  return { seen, check };
}

const SIMPLE_KEYS = ['id', 'name', 'role', 'cadence', 'posts', 'per', 'days', 'time', 'a', 'b_c', 'd-e', 'F9', '_x', 'constructor'];
const ODD_KEYS = ['null', 'True', '1', '1.5', 'a b', 'a:b', 'a#b', '-a', '#', '', ' a', 'é', '__proto__', 'x'.repeat(70)];
const key = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...SIMPLE_KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) });

const TRICKY = [
  '', ' ', 'a: b', 'a:b', '- x', '-x', '#x', 'x #y', 'x#y', '"q"', "'s'", "it's", 'say "hi"', 'yes', 'no', 'on', '1e3', '0x1F', '0o7', '.inf',
  '-.5', '+1', '007', '1_000', 'null', '~', 'True', '2027-01-31', '08:30', '14:15', 'a\nb', 'a\n\nb', 'trail \n', '\n lead', ' both ',
  'x\n', 'x\n\n', '\n', 'tab\tin', 'back\\slash', 'été à Québec', 'emoji 💡', '[a]', '{b}', 'a, b', '>x', '|x', '&a', '*a', '!t', '%p', '@h', '`b`',
  '...', '---', '? x', ': x', 'a  b', 'x'.repeat(100), 'word '.repeat(30), 'long line '.repeat(12) + '\nwith a break',
];
const text = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ,.'’-]{0,60}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
const leaf = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, 0, -0, 1e21, Number.NaN, Number.POSITIVE_INFINITY) },
);
const node = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 4 }), tie('map')),
  map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
})).value;
const strategyLike = fc.dictionary(key, node, { minKeys: 1, maxKeys: 6 });

const options: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.constantFrom(1, 2, 3, 4),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 40, 80),
  minContentWidth: fc.constantFrom(0, 10, 20),
  flowCollectionPadding: fc.boolean(),
  defaultStringType: fc.constantFrom('PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'),
  // Quoted keys are declined: mostly plain ones, as people write them.
  defaultKeyType: fc.constantFrom('PLAIN', 'PLAIN', 'PLAIN', null),
  doubleQuotedAsJSON: fc.boolean(),
  doubleQuotedMinMultiLineLength: fc.constantFrom(10, 40),
  blockQuote: fc.constantFrom(true, false, 'folded', 'literal'),
}) as fc.Arbitrary<ToStringOptions>;

/** The data as a document whose nested collections are in flow style where `flowBits` says (the top stays a block mapping). */
function withFlow(data: Record<string, unknown>, flowBits: number): Document {
  const doc = new Document(data, { version: '1.2' });
  let bit = 0;
  visit(doc, {
    Map(_key, map, path) {
      if (path.length > 1) map.flow = ((flowBits >> bit++ % 30) & 1) === 1;
    },
    Seq(_key, seq) {
      seq.flow = ((flowBits >> bit++ % 30) & 1) === 1;
    },
  });
  return doc;
}

const written = fc.tuple(strategyLike, fc.nat(), options).map(([data, flowBits, style]) => withFlow(data, flowBits).toString(style));

describe('the subset parser agrees with yaml', () => {
  it('on strategy-like data written by yaml in many styles', () => {
    const { seen, check } = checker();
    fc.assert(fc.property(written, check), { numRuns: 1500 * scale });
    expect(seen.accepted / seen.total).toBeGreaterThan(0.3);
  });

  const FRAGMENTS = [' ', '  ', '\n', '\n  ', '\n\n', ':', ': ', '-', '- ', '#', ' #', '"', "'", "''", '[', ']', '{', '}', ',', ', ', '>', '>-', '|', '|-', '\\', '\\n', 'a', 'k: ', '1', '.', '\t', '\r\n', '&a ', '*a', '!t ', '?', '%', '@', '---\n', '...\n'];
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom(...FRAGMENTS) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), what: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), what: fc.integer({ min: -3, max: 3 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), what: fc.constant(0) }),
    fc.record({ kind: fc.constant('comment' as const), at: fc.nat(), what: fc.integer({ min: 0, max: 6 }) }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), what: fc.nat() }),
  );

  function mutate(source: string, changes: readonly { kind: string; at: number; what: number | string }[]): string {
    let out = source;
    for (const change of changes) {
      const lines = out.split('\n');
      const line = change.at % Math.max(1, lines.length);
      const offset = change.at % (out.length + 1);
      if (change.kind === 'insert') out = out.slice(0, offset) + String(change.what) + out.slice(offset);
      else if (change.kind === 'delete') out = out.slice(0, offset) + out.slice(offset + Number(change.what));
      else if (change.kind === 'indent') {
        const n = Number(change.what);
        lines[line] = n >= 0 ? ' '.repeat(n) + lines[line] : lines[line]!.replace(new RegExp(`^ {0,${-n}}`), '');
        out = lines.join('\n');
      } else if (change.kind === 'duplicate') {
        lines.splice(line, 0, lines[line]!);
        out = lines.join('\n');
      } else if (change.kind === 'comment') {
        lines.splice(line, 0, `${' '.repeat(Number(change.what))}# note`);
        out = lines.join('\n');
      } else {
        const other = Number(change.what) % Math.max(1, lines.length);
        [lines[line], lines[other]] = [lines[other]!, lines[line]!];
        out = lines.join('\n');
      }
    }
    return out;
  }

  it('on those texts after random edits', () => {
    const { seen, check } = checker();
    fc.assert(fc.property(written, fc.array(mutation, { minLength: 1, maxLength: 3 }), (source, changes) => check(mutate(source, changes))), { numRuns: 3000 * scale });
    expect(seen.accepted / seen.total).toBeGreaterThan(0.1);
  });

  // Lines at random indents, from fragments at the edges of the subset: structures that `yaml`
  // writers never produce (bad indents, values on the next line, flow over lines, folds, comments).
  const KEYS = ['a: ', 'b: ', 'c: ', 'd:', 'e: ', 'f:', '- ', '- ', '-', '- g: ', '- - ', '? ', ''];
  const SIMPLE = ['x', 'x y', '1', '"q"', "'s'", '[a, b]', '{ k: 1 }', '>-', '|', ''];
  const EDGY = [
    'x: y', 'x:y', 'x #c', 'x#c', '# c', '"a\\"b"', '"x', 'y"', "'it''s'", "'x", '[a,', 'b]', ']', '[', '{k: 1, k: 2}', '{ k: v,', '}', '>', '|-',
    '-1', '0x1F', '.nan', 'null', '~', 'true', '-', '--', '?x', ':x', '&a x', '*a', '!t x', '%x', '@x', '`x', '...', '---', '"a\n b"',
  ];
  const value = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SIMPLE) }, { weight: 2, arbitrary: fc.constantFrom(...EDGY) });
  const line = fc.tuple(fc.constantFrom(0, 0, 1, 2, 2, 2, 3, 4, 4, 6), fc.constantFrom(...KEYS), value).map(([indent, k, v]) => `${' '.repeat(indent)}${k}${v}`);
  const assembled = fc.tuple(fc.constantFrom('a: ', 'a:', 'top: x', 'l:'), fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean()).map(([first, lines, end]) => [first, ...lines].join('\n') + (end ? '\n' : ''));

  it('on documents assembled line by line', () => {
    const { seen, check } = checker();
    fc.assert(fc.property(assembled, check), { numRuns: 4000 * scale });
    expect(seen.accepted / seen.total).toBeGreaterThan(0.05);
  });

  // Scalars and flow collections over several lines (where indentation rules are subtle), in each
  // kind of parent, with random indents, blank and space-only lines, comments and a next entry.
  const OPENERS = ['>', '>-', '|', '|-', '>+', '|2', '> # c', '"a', "'a", '"a \\', 'a', 'a #c', '[ a,', '{ k: a,', '[', '{'];
  const BODY = ['x', 'x  ', 'x y', '', '   ', '# c', '- y', 'k: v', 'b"', "b'", "b''c'", 'b ]', 'b }', ']', '}', 'k: b }', 'b,', '"q" ]', '\\t"', 'b\\"c"'];
  const PARENTS = [(v: string) => `k: ${v}`, (v: string) => `l:\n  - ${v}`, (v: string) => `l:\n- ${v}`, (v: string) => `l:\n  - m: ${v}`, (v: string) => `k:\n  m: ${v}`];
  const multiLine = fc
    .tuple(fc.nat(PARENTS.length - 1), fc.constantFrom(...OPENERS), fc.array(fc.tuple(fc.nat(7), fc.constantFrom(...BODY)), { minLength: 1, maxLength: 5 }), fc.constantFrom('', 'next: 1\n', '  # after\nnext: 1\n'))
    .map(([parent, opener, body, after]) => `${PARENTS[parent]!(opener)}\n${body.map(([indent, line]) => ' '.repeat(indent) + line).join('\n')}\n${after}`);

  it('on multi-line scalars and flow collections', () => {
    const { seen, check } = checker();
    fc.assert(fc.property(multiLine, check), { numRuns: 4000 * scale });
    expect(seen.accepted / seen.total).toBeGreaterThan(0.05);
  });
});
