import { describe, expect, it } from 'vitest';
import { compareData } from '../../../src/diff/compare.js';
import { findingsDelta } from '../../../src/diff/findings.js';
import type { Finding } from '../../../src/diagnostics.js';

const kinds = (before: unknown, after: unknown) => compareData(before, after).map((c) => `${c.kind} ${c.path.join('.')}`);

describe('compareData', () => {
  it.each([
    ['nothing changed', { a: 1 }, { a: 1 }, []],
    ['a scalar changed', { a: 1 }, { a: 2 }, ['changed a']],
    ['a key added and one removed', { a: 1 }, { b: 1 }, ['added b', 'removed a']],
    ['items matched by id, not by index', { l: [{ id: 'x', v: 1 }, { id: 'y', v: 1 }] }, { l: [{ id: 'w', q: 9 }, { id: 'x', v: 1 }, { id: 'y', v: 2 }] }, ['added l.0', 'changed l.2.v']],
    ['a move is a move', { l: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }, { l: [{ id: 'c' }, { id: 'a' }, { id: 'b' }] }, ['moved l.0']],
    ['tiers matched by level', { t: [{ level: 1, x: 'a' }, { level: 2, x: 'b' }] }, { t: [{ level: 2, x: 'b' }] }, ['removed t.0']],
    ['a rename keeps the rest', { p: [{ id: 'a', name: 'A', share: 40, purpose: 'x', examples: ['e'] }] }, { p: [{ id: 'b', name: 'B', share: 30, purpose: 'x', examples: ['e'] }] }, ['renamed p.0', 'changed p.0.share']],
    ['an unrelated item is not a rename', { p: [{ id: 'a', share: 40, purpose: 'x' }] }, { p: [{ id: 'b', share: 10, purpose: 'y' }] }, ['added p.0', 'removed p.0']],
    ['plain lists: gained and lost values', { f: ['a', 'b'] }, { f: ['b', 'c'] }, ['items f']],
    ['plain lists: same values, new order', { f: ['a', 'b'] }, { f: ['b', 'a'] }, ['reordered f']],
  ])('%s', (_name, before, after, expected) => {
    expect(kinds(before, after)).toEqual(expected);
  });

  it('is linear enough for a large list (5,000 items, reversed)', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `i${i}`, v: i }));
    const started = performance.now();
    const changes = compareData({ l: items }, { l: [...items].reverse() });
    expect(changes.filter((c) => c.kind === 'moved')).toHaveLength(4999);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('compareData on hostile input', () => {
  it('20,000 items all replaced: no quadratic search for renames', () => {
    const before = Array.from({ length: 20_000 }, (_, i) => ({ id: `old${i}`, share: 1, purpose: 'x' }));
    const after = Array.from({ length: 20_000 }, (_, i) => ({ id: `new${i}`, share: 1, purpose: 'x' }));
    const started = performance.now();
    const changes = compareData({ l: before }, { l: after });
    expect(changes).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('findingsDelta', () => {
  const f = (ruleId: string, severity: Finding['severity'], line: number, message = ruleId): Finding => ({
    ruleId,
    severity,
    message,
    file: 'x',
    path: [],
    range: { start: { line, col: 1 }, end: { line, col: 1 } },
  });
  it('a finding that only moved is unchanged; new ones are added, gone ones fixed', () => {
    const delta = findingsDelta([f('a', 'warn', 3), f('b', 'error', 5)], [f('a', 'warn', 9), f('c', 'info', 2), f('c', 'error', 1)]);
    expect(delta.unchanged).toBe(1);
    expect(delta.added.map((x) => `${x.ruleId}:${x.severity}`)).toEqual(['c:error', 'c:info']);
    expect(delta.fixed.map((x) => x.ruleId)).toEqual(['b']);
  });
});
