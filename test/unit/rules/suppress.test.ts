import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/diagnostics.js';
import { translator } from '../../../src/i18n/index.js';
import { rulesCatalog } from '../../../src/i18n/rules.js';
import { applySuppressions, parseDirectives } from '../../../src/validate/suppress.js';
import { checkText } from '../../../src/validate/check.js';

const t = translator(rulesCatalog, 'en');
const KNOWN = ['community/response-time', 'community/criticism'];

function finding(ruleId: string, line: number): Finding {
  return { ruleId, severity: 'warn', message: 'm', file: 'f.yaml', path: [], range: { start: { line, col: 3 }, end: { line, col: 9 } } };
}

describe('parseDirectives', () => {
  it.each([
    ['# plan-disable-next-line community/response-time -- slow on weekends\nx: 1\n', { line: 1, target: 2, ids: ['community/response-time'], reason: 'slow on weekends' }],
    ['  #plan-disable-next-line a/b, c/d -- why\n\n  # other comment\n  x: 1\n', { line: 1, target: 4, ids: ['a/b', 'c/d'], reason: 'why' }],
    ['# plan-disable-next-line a/b\nx: 1\n', { line: 1, target: 2, ids: ['a/b'], reason: '' }],
    ['# plan-disable-next-line a/b # a note\nx: 1\n', { line: 1, target: 2, ids: ['a/b'], reason: '' }],
    ['# plan-disable-next-line -- only a reason\nx: 1\n', { line: 1, target: 2, ids: [], reason: 'only a reason' }],
  ])('%j', (text, expected) => {
    expect(parseDirectives(text)).toEqual([expect.objectContaining(expected)]);
  });

  it('ignores a directive after a value (it could sit inside a string)', () => {
    expect(parseDirectives('x: "a # plan-disable-next-line a/b -- c"\ny: 1\n')).toEqual([]);
  });
});

describe('applySuppressions', () => {
  const text = [
    'a: 1',
    '# plan-disable-next-line community/response-time -- we answer on Monday',
    'b: 2',
    '# plan-disable-next-line community/criticism',
    'c: 3',
    '# plan-disable-next-line community/respons-time -- typo',
    'd: 4',
    '# plan-disable-next-line community/criticism -- nothing fires here',
    'e: 5',
  ].join('\n');

  it.each([
    ['silences the named rule on the next line', [finding('community/response-time', 3)], [], []],
    ['keeps other rules on that line', [finding('community/criticism', 3)], ['community/criticism@3'], []],
    ['does not silence without a reason, and says so', [finding('community/criticism', 5)], ['community/criticism@5'], ['suppress/missing-reason@4']],
    ['reports an unknown id with a suggestion', [], [], ['suppress/unknown-rule@6']],
    ['reports a directive that silences nothing', [], [], ['suppress/unused@8']],
  ])('%s', (_name, findings, kept, problems) => {
    const result = applySuppressions(text, 'f.yaml', findings, KNOWN, t);
    expect(result.findings.map((f) => `${f.ruleId}@${f.range.start.line}`)).toEqual(kept);
    const all = result.problems.map((f) => `${f.ruleId}@${f.range.start.line}`);
    for (const p of problems) expect(all).toContain(p);
    if (problems.includes('suppress/unknown-rule@6')) expect(result.problems.find((p) => p.ruleId === 'suppress/unknown-rule')!.message).toMatch(/Did you mean `community\/response-time`/);
  });

  it('leaves findings alone when there is no directive', () => {
    const findings = [finding('community/criticism', 1)];
    expect(applySuppressions('a: 1\n', 'f.yaml', findings, KNOWN, t)).toEqual({ findings, problems: [] });
  });
});

describe('checkText with suppressions and overrides', () => {
  const strategy = (extra: string) => `version: 1
organization: { name: X, language: en }
platforms: [{ id: instagram, role: secondary, audiences: [a] }]
audiences: [{ id: a, name: A }]
editorial_line:
  positioning: P
  tone: { voice: [warm] }
objectives: [{ id: o, statement: S, kpi: k, baseline: 1, target: 2, deadline: 2027-01-01, measure: { platform: instagram, metric: reach, aggregate: sum } }]
crisis:
  tiers: [{ level: 1, trigger: T, holding_statement: H, approver: A }]
policy: { disclosure: "#ad" }
community:
${extra}`;

  it('silences a rule inline and lets the config change severities', () => {
    const silenced = checkText(strategy('  # plan-disable-next-line community/response-time -- agreed with the owner\n  response_time: 3d\n'), 's.yaml', { lang: 'en' });
    expect(silenced.findings.map((f) => f.ruleId)).toEqual([]);
    const loud = checkText(strategy('  response_time: 3d\n'), 's.yaml', { lang: 'en', severityOverride: (id) => (id === 'community/response-time' ? 'error' : undefined) });
    expect(loud.findings.map((f) => `${f.ruleId}:${f.severity}:${f.range.start.line}`)).toEqual(['community/response-time:error:13']);
    const off = checkText(strategy('  response_time: 3d\n'), 's.yaml', { lang: 'en', severityOverride: () => 'off' });
    expect(off.findings).toEqual([]);
  });
});
