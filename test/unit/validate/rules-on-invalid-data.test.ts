// Rules reason only about values that passed the schema; positions of encoding problems are exact.
import { describe, expect, it } from 'vitest';
import { checkBytes, checkText, positionOfByte } from '../../../src/validate/check.js';

describe('rules on data that fails the schema', () => {
  it('do not reason about a value the schema rejected', () => {
    const text = 'version: 1\norganization:\n  name: x\n  language: en\n  team_size: 1e999999\n';
    const ids = checkText(text, 's.yaml', { now: new Date('2026-11-26') }).findings.map((f) => f.ruleId);
    expect(ids).toContain('schema/type');
    expect(ids).not.toContain('policy/usage');
  });

  it('says that a non-finite number is too large, not that it is a number', () => {
    const text = 'version: 1\norganization:\n  name: x\n  language: en\n  team_size: 1e999999\n';
    const finding = checkText(text, 's.yaml').findings.find((f) => f.ruleId === 'schema/type');
    expect(finding?.message).toMatch(/too large/);
    expect(finding?.range.start).toEqual({ line: 5, col: 14 });
  });
});

describe('encoding problems point at the bad byte', () => {
  it.each([
    ['first line', Buffer.from('ab\xffc', 'latin1'), { line: 1, col: 3 }],
    ['after a newline', Buffer.concat([Buffer.from('version: 1\nname: "é'), Buffer.from([0xff])]), { line: 2, col: 9 }],
  ])('%s', (_name, bytes, expected) => {
    const result = checkBytes(bytes, 'b.yaml');
    expect(result.findings[0]?.ruleId).toBe('yaml/encoding');
    expect(result.findings[0]?.range.start).toEqual(expected);
  });

  it('counts columns in UTF-16 units before the byte', () => {
    expect(positionOfByte(Buffer.from('😀x\n'), 4)).toEqual({ line: 1, col: 3 });
  });
});
