import { describe, expect, it } from 'vitest';
import { annotation, escapeData, escapeProperty, formatGithub } from '../../../src/formatters/github.js';
import { context, finding, many, REPORTS } from './fixtures.js';

const commands = (text: string) => text.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));

describe('github format: escaping', () => {
  it.each([
    ['plain', 'plain', 'plain'],
    ['50%', '50%25', '50%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a: b, c', 'a: b, c', 'a%3A b%2C c'],
    ['%0A literal', '%250A literal', '%250A literal'],
  ])('%j → data %j, property %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });
});

describe('github format: one annotation', () => {
  it.each([
    [finding('a.yaml', 'x/y', 'error', 'm', [3, 4], [3, 9]), '::error file=a.yaml,line=3,col=4,endColumn=9,title=x/y::m'],
    [finding('a.yaml', 'x/y', 'warn', 'm', [3, 4], [6, 1]), '::warning file=a.yaml,line=3,endLine=6,title=x/y::m'],
    [finding('a.yaml', 'x/y', 'info', 'm', [3, 4]), '::notice file=a.yaml,line=3,col=4,title=x/y::m'],
    [finding('a,b:c.yaml', 'x/y', 'error', 'a: b\nc', [1, 1], [1, 2]), '::error file=a%2Cb%3Ac.yaml,line=1,col=1,endColumn=2,title=x/y::a: b%0Ac'],
    [finding('<stdin>', 'x/y', 'error', 'm', [1, 1], [1, 2]), '::error line=1,col=1,endColumn=2,title=x/y::m'],
  ])('%#', (f, expected) => {
    expect(annotation({ finding: f, file: f.file })).toBe(expected);
  });
});

describe('github format: a run', () => {
  it('writes the folded full report, then one annotation per finding with paths relative to cwd', () => {
    expect(formatGithub(REPORTS, context())).toBe(
      [
        '::group::plan validate: full report',
        'strategies/a.strategy.yaml:12:7: error No audience has the id `parent`. Did you mean `parents`? (refs/unknown-audience)',
        'strategies/a.strategy.yaml:15:5: error Missing `cadence` in `platforms[1]`. (schema/required)',
        'strategies/a.strategy.yaml:30:3: warning Shares add up to 90%, not 100%. Fix: adjust one pillar, e.g. a: 40, b: 60. (refs/pillar-shares)',
        'b.yaml:2:1: info Tabs <cannot> indent "YAML" & more | ]]> end (yaml/tab)',
        '::endgroup::',
        '::error file=strategies/a.strategy.yaml,line=12,col=7,endColumn=13,title=refs/unknown-audience::No audience has the id `parent`. Did you mean `parents`?',
        '::error file=strategies/a.strategy.yaml,line=15,endLine=17,title=schema/required::Missing `cadence` in `platforms[1]`.',
        '::warning file=strategies/a.strategy.yaml,line=30,col=3,endColumn=9,title=refs/pillar-shares::Shares add up to 90%25, not 100%25.%0AFix: adjust one pillar, e.g. a: 40, b: 60.',
        '::notice file=b.yaml,line=2,col=1,endColumn=2,title=yaml/tab::Tabs <cannot> indent "YAML" & more | ]]> end',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    expect(formatGithub([{ file: 'a.yaml', findings: [] }], context())).toBe('');
  });

  it('keeps every command on one line whatever the message holds', () => {
    const text = formatGithub([{ file: 'a.yaml', findings: [finding('a.yaml', 'x/y', 'error', 'one\ntwo\r\nthree', [1, 1])] }], context());
    for (const line of text.trimEnd().split('\n')) expect(line).not.toMatch(/[\r]/);
    expect(commands(text)).toHaveLength(1);
  });

  it.each([
    // [errors, warnings, infos] → [error annotations, warning annotations, notice annotations incl. the count, hidden]
    [[10, 0, 0], [10, 0, 0, 0]],
    [[11, 0, 0], [10, 0, 1, 1]],
    [[25, 12, 0], [10, 10, 1, 17]],
    [[0, 0, 10], [0, 0, 10, 0]],
    [[0, 0, 11], [0, 0, 10, 2]],
    [[12, 0, 3], [10, 0, 4, 2]],
  ])('caps %j at 10 annotations per kind, counting the rest in one notice: %j', ([e, w, i], [ae, aw, an, hidden]) => {
    const reports = [many(e!, 'error', 'e.yaml'), many(w!, 'warn', 'w.yaml'), many(i!, 'info', 'i.yaml')];
    const text = formatGithub(reports, context());
    const lines = commands(text);
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(ae);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(aw);
    expect(lines.filter((l) => l.startsWith('::notice ')).length).toBe(an);
    const countNotice = lines.find((l) => l.startsWith('::notice title=plan validate::'));
    if (hidden === 0) expect(countNotice).toBeUndefined();
    else expect(countNotice).toMatch(new RegExp(`^::notice title=plan validate::${hidden} more finding`));
    // The folded log still lists every finding.
    expect(text.split('\n').filter((l) => /^[ewi]\.yaml:\d+:1: /.test(l))).toHaveLength(e! + w! + i!);
  });

  it('annotates the first findings in file order and names the hidden kinds', () => {
    const text = formatGithub([many(12, 'error')], context());
    const errors = commands(text).filter((l) => l.startsWith('::error '));
    expect(errors[0]).toContain('line=1,');
    expect(errors[9]).toContain('line=10,');
    expect(text).toContain('::notice title=plan validate::2 more finding(s) not shown as annotations (GitHub shows 10 of each kind per step): 2 error(s).');
  });

  it('speaks French', () => {
    const text = formatGithub([many(11, 'warn')], context({ lang: 'fr' }));
    expect(text).toContain('::group::plan validate\u202f: rapport complet');
    expect(text).toContain('1 autre(s) constat(s) non affiché(s) en annotation');
    expect(text).toContain('many.yaml:1:1: avertissement Finding 1');
  });
});
