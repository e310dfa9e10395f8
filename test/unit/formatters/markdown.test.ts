import { describe, expect, it } from 'vitest';
import { escapeCell, formatMarkdown, renderMarkdown } from '../../../src/formatters/markdown.js';
import { context, many, REPORTS } from './fixtures.js';

describe('markdown format', () => {
  it.each([
    ['plain', 'plain'],
    ['a | b', 'a \\| b'],
    ['one\ntwo\r\nthree', 'one two three'],
    ['lone\rCR \u001b[2J', 'lone\\\\rCR \\\\x1b\\[2J'],
    ['  padded  ', 'padded'],
  ])('cell %j → %j', (input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });

  it('renders a summary and a table of every finding', () => {
    expect(formatMarkdown(REPORTS, context())).toBe(
      [
        '## plan validate',
        '',
        '✖ 4 problems (2 errors, 1 warning, 1 info) in 3 files',
        '',
        '| File | Line | Severity | Rule | Message |',
        '| --- | --- | --- | --- | --- |',
        '| strategies/a.strategy.yaml | 12:7 | error | `refs/unknown-audience` | No audience has the id `parent`. Did you mean `parents`? |',
        '| strategies/a.strategy.yaml | 15:5 | error | `schema/required` | Missing `cadence` in `platforms[1]`. |',
        '| strategies/a.strategy.yaml | 30:3 | warning | `refs/pillar-shares` | Shares add up to 90%, not 100%.<br>Fix: adjust one pillar, e.g. a: 40, b: 60. |',
        '| b.yaml | 2:1 | info | `yaml/tab` | Tabs \\<cannot\\> indent "YAML" & more \\| \\]\\]\\> end |',
        '',
      ].join('\n'),
    );
  });

  it('says so when the run is clean', () => {
    expect(formatMarkdown([{ file: 'a.yaml', findings: [] }], context({ lang: 'fr' }))).toBe('## plan validate\n\n✔ 1 fichier vérifié, aucun problème\n');
  });

  it('has exactly five cells on every row, whatever the message holds', () => {
    const rows = formatMarkdown(REPORTS, context()).split('\n').filter((l) => l.startsWith('| '));
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(5);
  });

  it('stops before a size limit and counts what it left out', () => {
    const reports = [many(1000, 'error')];
    const full = renderMarkdown(reports, context());
    const capped = renderMarkdown(reports, context(), 4000);
    expect(Buffer.byteLength(full)).toBeGreaterThan(4000);
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(4000 + 300);
    const shown = capped.split('\n').filter((l) => l.startsWith('| many.yaml')).length;
    expect(shown).toBeGreaterThan(10);
    expect(capped).toContain(`${1000 - shown} more finding(s) left out`);
  });
});
