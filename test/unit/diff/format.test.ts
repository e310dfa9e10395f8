import { describe, expect, it } from 'vitest';
import type { FileDiff } from '../../../src/diff/index.js';
import { DIFF_FORMATTERS } from '../../../src/diff/format/index.js';
import { COMMENT_MAX_CHARS } from '../../../src/diff/format/markdown.js';

function bigDiff(changes: number): FileDiff {
  return {
    file: 'strategy.yaml',
    status: 'changed',
    hiddenOrder: 0,
    findings: { added: [], fixed: [], unchanged: 0 },
    changes: Array.from({ length: changes }, (_, i) => ({
      section: 'platforms' as const,
      kind: 'changed' as const,
      sign: '~' as const,
      text: `Platform ${i} rationale: “${'old words '.repeat(8)}” → “${'new words '.repeat(8)}”`,
      path: `platforms[${i}].rationale`,
      line: i + 1,
    })),
  };
}

describe('plan diff --format markdown', () => {
  it('stays under GitHub’s comment limit and counts what it left out', () => {
    const out = DIFF_FORMATTERS.markdown([bigDiff(5000)], { lang: 'en', color: false });
    expect(out.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(COMMENT_MAX_CHARS).toBeLessThan(65_536);
    const shown = out.split('\n').filter((l) => l.startsWith('- `~`')).length;
    const left = Number(/… (\d+) more lines left out/.exec(out)?.[1]);
    expect(shown).toBeGreaterThan(100);
    expect(shown + left).toBe(5000);
  });

  it('writes everything when it fits', () => {
    const out = DIFF_FORMATTERS.markdown([bigDiff(3)], { lang: 'fr', color: false });
    expect(out).not.toMatch(/omises/);
    expect(out.split('\n').filter((l) => l.startsWith('- `~`'))).toHaveLength(3);
  });

  it('a pipe or a line break in user text cannot break the comment', () => {
    const diff = bigDiff(1);
    diff.changes[0]!.text = 'Pillar “a | b\nc” added';
    const out = DIFF_FORMATTERS.markdown([diff], { lang: 'en', color: false });
    const line = out.split('\n').find((l) => l.startsWith('- `~`'))!;
    expect(line).toContain('a \\| b');
    expect(out).not.toMatch(/^c” added/m);
  });

  it('user text stays text: no HTML, no link, no mention', () => {
    const diff = bigDiff(1);
    diff.changes[0]!.text = 'Pillar “<img src=x onerror=alert(1)> [click](javascript:x) @everyone” added';
    const out = DIFF_FORMATTERS.markdown([diff], { lang: 'en', color: false });
    expect(out).not.toMatch(/(?<!\\)<img|(?<!\\)\]\(javascript|(?<!\\)@everyone/);
    expect(out).toContain('\\@everyone');
  });
});

describe('plan diff --format text', () => {
  it('colours only when asked', () => {
    expect(DIFF_FORMATTERS.text([bigDiff(2)], { lang: 'en', color: false })).not.toMatch(/\u001b\[/);
    expect(DIFF_FORMATTERS.text([bigDiff(2)], { lang: 'en', color: true })).toMatch(/\u001b\[33m~/);
  });
});
