// `plan init --edit FILE` adds `measure:` lines and nothing else: every other byte of the file stays.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addMeasures } from '../../../src/strategy/add-measures.js';
import type { ObjectiveMeasure } from '../../../src/strategy/types.js';

const FOLLOWERS: ObjectiveMeasure = { platform: 'instagram', metric: 'followers', aggregate: 'last' };
const SIGNUPS: ObjectiveMeasure = { platform: 'all', metric: 'custom', aggregate: 'sum', name: 'newsletter-signups' };

function added(before: string, after: string): string[] {
  // The new file is the old one with whole lines (or a flow-map entry) added: remove them and the old text is back.
  const old = before.split('\n');
  return after.split('\n').filter((line, i, all) => !old.includes(line) || all.indexOf(line) !== i);
}

describe('addMeasures', () => {
  it('adds a line after the objective’s last line, at its keys’ indentation, comments and quotes kept', () => {
    const text = [
      '# My plan',
      'version: 1',
      'objectives:',
      '  # the first one',
      '  - id: reach   # keep me',
      '    statement: "Grow: our audience"',
      '    platforms: [ instagram ]  # trailing',
      '',
      '    # about the next one',
      '  - id: signups',
      '    statement: >-',
      '      Get people',
      '      to sign up',
      '',
      'community:',
      '  response_time: 4h',
      '',
    ].join('\n');
    const result = addMeasures(text, new Map([[0, FOLLOWERS], [1, SIGNUPS]]));
    if ('problem' in result) throw new Error(result.problem);
    // The same lines, with one line after each objective's last line of content.
    const expected = text.split('\n');
    expected.splice(13, 0, '    measure: { platform: all, metric: custom, aggregate: sum, name: newsletter-signups }');
    expected.splice(7, 0, '    measure: { platform: instagram, metric: followers, aggregate: last }');
    expect(result.text).toBe(expected.join('\n'));
    expect(result.edits).toEqual([
      { index: 0, id: 'reach', line: 8, text: 'measure: { platform: instagram, metric: followers, aggregate: last }' },
      { index: 1, id: 'signups', line: 15, text: 'measure: { platform: all, metric: custom, aggregate: sum, name: newsletter-signups }' },
    ]);
  });

  it('follows the file’s flow-map style, and adds to a flow-map objective before its brace', () => {
    const text = 'objectives:\n  - {id: a, statement: b}\n  - id: c\n    statement: d\n    hours: {start: "09:00"}\n';
    const result = addMeasures(text, new Map([[0, FOLLOWERS], [1, FOLLOWERS]]));
    if ('problem' in result) throw new Error(result.problem);
    expect(result.text).toBe('objectives:\n  - {id: a, statement: b, measure: {platform: instagram, metric: followers, aggregate: last}}\n  - id: c\n    statement: d\n    hours: {start: "09:00"}\n    measure: {platform: instagram, metric: followers, aggregate: last}\n');
    expect(result.edits.map((e) => e.line)).toEqual([2, 6]);
  });

  it('keeps Windows line endings and a file without a final newline', () => {
    const text = 'objectives:\r\n  - id: a\r\n    statement: b';
    const result = addMeasures(text, new Map([[0, FOLLOWERS]]));
    if ('problem' in result) throw new Error(result.problem);
    expect(result.text).toBe('objectives:\r\n  - id: a\r\n    statement: b\r\n    measure: { platform: instagram, metric: followers, aggregate: last }');
  });

  it('keeps the trailing blank lines of a |+ block scalar inside it', () => {
    const text = 'objectives:\n  - id: a\n    statement: |+\n      keep\n\n\nother: 1\n';
    const result = addMeasures(text, new Map([[0, FOLLOWERS]]));
    if ('problem' in result) throw new Error(result.problem);
    expect(parse(result.text).objectives[0]).toEqual({ id: 'a', statement: 'keep\n\n\n', measure: FOLLOWERS });
    expect(parse(result.text).other).toBe(1);
  });

  it('leaves an objective that has a measure alone, and quotes a custom name YAML would read otherwise', () => {
    const text = 'objectives:\n  - id: a\n    statement: b\n    measure: {platform: x, metric: posts, aggregate: sum}\n  - id: c\n    statement: d\n';
    const result = addMeasures(text, new Map([[0, FOLLOWERS], [1, { ...SIGNUPS, name: 'yes' }]]));
    if ('problem' in result) throw new Error(result.problem);
    expect(result.edits.map((e) => e.id)).toEqual(['c']);
    expect(parse(result.text).objectives[1].measure.name).toBe('yes');
    expect(added(text, result.text)).toEqual(['    measure: {platform: all, metric: custom, aggregate: sum, name: "yes"}']);
  });

  it('refuses a file it cannot read as a strategy with objectives', () => {
    expect(addMeasures('objectives: [\n', new Map([[0, FOLLOWERS]]))).toEqual({ problem: 'not-a-strategy' });
    expect(addMeasures('- a\n- b\n', new Map([[0, FOLLOWERS]]))).toEqual({ problem: 'not-a-strategy' });
    expect(addMeasures('objectives: none\n', new Map([[0, FOLLOWERS]]))).toEqual({ problem: 'not-a-strategy' });
  });
});
