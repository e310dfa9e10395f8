// The one escaping module of the brief: table-driven cases, plus properties over any string.
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, markdownWithCode, mermaidLabel, oneLine } from '../../../src/brief/escape.js';

const render = (md: string) => micromark(md, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });

describe('oneLine', () => {
  it.each([
    ['a\nb', 'a b'],
    ['  a \r\n\t b  ', 'a b'],
    ['a\u2028b', 'a b'],
    ['a\u0000b\u0007', 'a b'],
    ['Prix\u00a0: 5\u00a0$', 'Prix\u00a0: 5\u00a0$'],
    [42, '42'],
    [undefined, ''],
  ])('%j -> %j', (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    [`"quoted" 'single'`, '&quot;quoted&quot; &#39;single&#39;'],
    ['&lt;', '&amp;lt;'],
    ['Café Boréal', 'Café Boréal'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['Café Boréal', 'Café Boréal'],
    ['a | b', 'a \\| b'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['`code`', '\\`code\\`'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['line one\nline two', 'line one line two'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['> not a quote', '\\> not a quote'],
    ['~~strike~~', '\\~\\~strike\\~\\~'],
    ['$x$ math', '\\$x\\$ math'],
    ['&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['R&D', 'R&D'],
    ['back\\slash', 'back\\\\slash'],
    ['#pub', '#pub'],
    ['5.5', '5.5'],
    ['-5 %', '-5 %'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['## two', '\\## two'],
    ['+ plus', '\\+ plus'],
    ['3) item', '3\\) item'],
    ['Le four à 5 h du matin', 'Le four à 5 h du matin'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('renders back to the same text, as plain text, in a paragraph and in a table cell', () => {
    const hostile = 'A | B *c* _d_ <script>alert(1)</script> [x](javascript:alert(1)) `e` &amp; ~f~ \\g';
    const paragraph = render(escapeMarkdown(hostile));
    expect(paragraph).not.toContain('<script');
    expect(paragraph).not.toContain('<a ');
    expect(paragraph).not.toContain('<em>');
    expect(paragraph).not.toContain('<code>');
    const table = render(`| one | two |\n| --- | --- |\n| ${escapeMarkdown(hostile)} | end |\n`);
    expect(table.match(/<td>/g)).toHaveLength(2);
    expect(table).toContain('<td>end</td>');
  });

  it('never breaks a table row nor lets HTML through, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('|', '*', '_', '<', '>', '`', '\\', '\n', '[', ']', '(', ')', '&', '#', '-', '!', 'a', ' ', '1', '.', 'script', 'javascript:', '$', '~') }), (text) => {
        const cell = escapeMarkdown(text);
        expect(cell).not.toMatch(/[\n\r]/);
        const html = render(`| a | b |\n| --- | --- |\n| ${cell} | z |\n`);
        expect(html.match(/<td>/g)).toHaveLength(2);
        expect(html).toMatch(/<td>z<\/td>/);
        expect(html).not.toMatch(/<(script|a|em|strong|code|img)\b/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mermaidLabel', () => {
  it.each([
    ['Dans les coulisses', 'Dans les coulisses'],
    ['say "hi"', 'say hi'],
    ['<b>#35;</b>', 'b 35 /b'],
    ['```\nclose', 'close'],
    ['', '?'],
  ])('%j -> %j', (input, expected) => {
    expect(mermaidLabel(input)).toBe(expected);
  });
});

describe('markdownWithCode (validation messages)', () => {
  it.each([
    ['Set `review_by` now.', 'Set `review_by` now.'],
    ['`main` is not a valid `role`.', '`main` is not a valid `role`.'],
    ['Use *one* of: `a|b`', 'Use \\*one\\* of: `a|b`'],
    ['# `x`', '\\# `x`'],
    ['`<script>alert(1)</script>` and <b>', '`<script>alert(1)</script>` and \\<b\\>'],
    ['unclosed ` tick', 'unclosed \\` tick'],
    ['two\nlines `c\nd`', 'two lines `c d`'],
  ])('%j -> %j', (input, expected) => {
    expect(markdownWithCode(input)).toBe(expected);
  });

  it('yields one line with no HTML outside code, whatever the message', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', '<', '>', 'b', '|', '*', '\n', ' ', '#', '-', '[', ']', '(', ')', 'script') }), (message) => {
        const md = markdownWithCode(message);
        expect(md).not.toMatch(/[\n\r]/);
        const html = render(`- ${md}`).replace(/<code>[^]*?<\/code>/g, '');
        expect(html).not.toMatch(/<(script|b|a|em|h\d)\b/);
      }),
      { numRuns: 300 },
    );
  });
});
