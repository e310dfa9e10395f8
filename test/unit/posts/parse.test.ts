// The post file's structure: front matter, body, `::: platform` variants, with exact offsets.
import { describe, expect, it } from 'vitest';
import { parsePost, rangeOfField, rangeOfText, POST_SYNTAX_RULE } from '../../../src/posts/parse.js';
import { textFor } from '../../../src/posts/types.js';

/** The line and column of an offset, counted by hand from the text (not with the parser's index). */
function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

const POST = [
  '---',
  'platforms: [instagram, x]',
  'date: 2027-01-12',
  'pillar: recipes',
  'status: draft',
  '---',
  '',
  'Our croissant, baked at 5 a.m.',
  'Come early!',
  '',
  '::: x',
  'Croissant at 5 a.m. #bakery',
  ':::',
  '',
].join('\n');

describe('parsePost', () => {
  it('reads the front matter, the body and a variant, each at its exact offset', () => {
    const { post, findings, frontMatter } = parsePost(POST, 'p.md');
    expect(findings).toEqual([]);
    expect(post.meta).toEqual({ platforms: ['instagram', 'x'], date: '2027-01-12', pillar: 'recipes', status: 'draft' });
    expect(post.body.text).toBe('Our croissant, baked at 5 a.m.\nCome early!');
    expect(post.text.slice(post.body.offset, post.body.offset + post.body.text.length)).toBe(post.body.text);
    expect(lineCol(post.text, post.body.offset)).toEqual({ line: 8, col: 1 });
    expect(post.variants).toHaveLength(1);
    const [x] = post.variants;
    expect(x!.platform).toBe('x');
    expect(x!.body.text).toBe('Croissant at 5 a.m. #bakery');
    expect(lineCol(post.text, x!.body.offset)).toEqual({ line: 12, col: 1 });
    expect(x!.marker).toEqual({ text: '::: x', offset: POST.indexOf('::: x') });
    expect(textFor(post, 'x')).toBe(x!.body);
    expect(textFor(post, 'instagram')).toBe(post.body);
    expect(frontMatter!.span.offset).toBe(4);
    expect(frontMatter!.span.text.startsWith('platforms:')).toBe(true);
  });

  it('points a front matter field at its line and column in the file', () => {
    const parsed = parsePost(POST, 'p.md');
    expect(rangeOfField(parsed, ['pillar']).start).toEqual({ line: 4, col: 9 });
    expect(rangeOfField(parsed, ['pillar'], 'key').start).toEqual({ line: 4, col: 1 });
    expect(rangeOfField(parsed, ['platforms', 1]).start).toEqual({ line: 2, col: 24 });
    const word = POST.indexOf('early');
    expect(rangeOfText(parsed, word, 5)).toEqual({ start: { line: 9, col: 6 }, end: { line: 9, col: 11 } });
  });

  it('keeps several variants and lets a fenced block hold `:::` lines as text', () => {
    const text = ['---', 'platforms: [x, linkedin]', '---', 'Body', '', '::: linkedin', 'Long text', '```', ':::', '```', ':::', '::: x', 'Short', ':::'].join('\n');
    const { post, findings } = parsePost(text, 'p.md');
    expect(findings).toEqual([]);
    expect(post.body.text).toBe('Body');
    expect(post.variants.map((v) => [v.platform, v.body.text])).toEqual([
      ['linkedin', 'Long text\n```\n:::\n```'],
      ['x', 'Short'],
    ]);
  });

  it('gives an empty body at the end of the front matter when there is no text', () => {
    const { post, findings } = parsePost('---\nstatus: draft\n---\n', 'p.md');
    expect(findings).toEqual([]);
    expect(post.body).toEqual({ text: '', offset: 22 });
    expect(post.variants).toEqual([]);
  });

  it.each([
    ['CRLF', '---\r\nplatforms: [x]\r\n---\r\n\r\nHello \u00e9t\u00e9\r\n'],
    ['CR', '---\rplatforms: [x]\r---\r\rHello \u00e9t\u00e9\r'],
    ['BOM', '\ufeff---\nplatforms: [x]\n---\n\nHello \u00e9t\u00e9\n'],
    ['BOM and CRLF', '\ufeff---\r\nplatforms: [x]\r\n---\r\n\r\nHello \u00e9t\u00e9\r\n'],
  ])('reads %s files with the lines and columns an editor shows', (_, source) => {
    const parsed = parsePost(source, 'p.md');
    expect(parsed.findings).toEqual([]);
    expect(parsed.post.text).toBe('---\nplatforms: [x]\n---\n\nHello \u00e9t\u00e9\n');
    expect(parsed.post.meta).toEqual({ platforms: ['x'] });
    expect(parsed.post.body.text).toBe('Hello \u00e9t\u00e9');
    expect(rangeOfText(parsed, parsed.post.body.offset + 6, 3).start).toEqual({ line: 5, col: 7 });
    expect(rangeOfField(parsed, ['platforms', 0]).start).toEqual({ line: 2, col: 13 });
  });

  it('counts columns in UTF-16 units after emoji, as editors do', () => {
    const text = '---\nplatforms: [x]\n---\n\ud83e\udd50 Fresh croissant';
    const parsed = parsePost(text, 'p.md');
    const at = text.indexOf('Fresh');
    expect(rangeOfText(parsed, at, 5).start).toEqual({ line: 4, col: 4 });
  });
});

describe('parsePost: malformed files', () => {
  const syntax = (text: string, lang: 'en' | 'fr' = 'en') =>
    parsePost(text, 'p.md', lang).findings.map((f) => ({ ruleId: f.ruleId, at: f.range.start, message: f.message }));

  it('reports a YAML error in the front matter at its line and column in the file', () => {
    const findings = syntax('---\nplatforms: [x]\ndate: "2027-01-12\n---\nText\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.ruleId).toMatch(/^yaml\//);
    expect(findings[0]!.at).toEqual({ line: 3, col: 7 });
  });

  it('reports a duplicate key in the front matter at the second key', () => {
    const findings = syntax('---\nstatus: draft\nstatus: ready\n---\nText\n');
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'yaml/duplicate-key', at: { line: 3, col: 1 } })]);
  });

  it('reports a nested map on one line at the line an editor shows', () => {
    const findings = syntax('---\nplatforms: [x]\npillar: recipes: bread\n---\nText\n');
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'yaml/syntax', at: { line: 3, col: 16 }, message: expect.stringContaining('"recipes: bread"') })]);
  });

  it('says when the file has no front matter, in English and French', () => {
    expect(syntax('Just a text\n')).toEqual([{ ruleId: POST_SYNTAX_RULE, at: { line: 1, col: 1 }, message: expect.stringContaining('`---`') }]);
    expect(syntax('Juste un texte\n', 'fr')[0]!.message).toContain('en-tête');
  });

  it('keeps the whole text as the body when the front matter is missing', () => {
    const { post } = parsePost('Just a text\n', 'p.md');
    expect(post.meta).toEqual({});
    expect(post.body).toEqual({ text: 'Just a text', offset: 0 });
  });

  it('says when the front matter is never closed, at its opening line', () => {
    const findings = syntax('---\nplatforms: [x]\nHello\n');
    expect(findings).toEqual([expect.objectContaining({ ruleId: POST_SYNTAX_RULE, at: { line: 1, col: 1 }, message: expect.stringContaining('never closed') })]);
  });

  it('says when the file is empty', () => {
    expect(syntax('')[0]).toMatchObject({ ruleId: POST_SYNTAX_RULE, at: { line: 1, col: 1 } });
    expect(syntax(' \n\n')[0]!.message).toContain('empty');
  });

  it('takes an empty front matter as no fields', () => {
    const { post, findings } = parsePost('---\n---\nText', 'p.md');
    expect(findings).toEqual([]);
    expect(post.meta).toEqual({});
    expect(post.body.text).toBe('Text');
  });

  it.each([
    ['a list', '---\n- x\n- y\n---\nText', 'a list'],
    ['a single value', '---\nhello\n---\nText', 'a single value ("hello")'],
  ])('says when the front matter is %s and not fields', (_, text, actual) => {
    expect(syntax(text)).toEqual([{ ruleId: POST_SYNTAX_RULE, at: { line: 2, col: 1 }, message: expect.stringContaining(actual) }]);
  });

  it('reports a variant never closed at its marker, and still keeps its text', () => {
    const text = '---\nplatforms: [x]\n---\nBody\n\n::: x\nShort\n';
    expect(syntax(text)).toEqual([expect.objectContaining({ at: { line: 6, col: 1 }, message: expect.stringContaining('`x`') })]);
    expect(parsePost(text, 'p.md').post.variants[0]!.body.text).toBe('Short');
  });

  it('reports a variant opened inside another one at the first marker', () => {
    const text = '---\n---\nBody\n::: x\nShort\n::: linkedin\nLong\n:::\n';
    const { post, findings } = parsePost(text, 'p.md');
    expect(findings.map((f) => [f.range.start.line, f.message.includes('never closed')])).toEqual([[4, true]]);
    expect(post.variants.map((v) => v.body.text)).toEqual(['Short', 'Long']);
  });

  it.each([
    ['a stray closing marker', '---\n---\nBody\n:::\nMore\n', 4, 'closes no variant'],
    ['a marker with two words', '---\n---\nBody\n::: x version\nShort\n:::\n', 4, 'one platform id'],
    ['text after the variants', '---\n---\nBody\n::: x\nShort\n:::\n\nForgotten\n', 8, 'no platform publishes it'],
    ['a fenced block after the variants', '---\n---\nBody\n::: x\nShort\n:::\n```\ncode\n```\n', 7, 'no platform publishes it'],
    ['a second variant for one platform', '---\n---\nBody\n::: x\nOne\n:::\n::: x\nTwo\n:::\n', 7, 'second `x` variant'],
    ['an empty variant', '---\n---\nBody\n::: x\n\n:::\n', 4, 'is empty'],
  ])('reports %s where it is', (_, text, line, words) => {
    expect(syntax(text)).toEqual([{ ruleId: POST_SYNTAX_RULE, at: { line, col: 1 }, message: expect.stringContaining(words) }]);
  });

  it('gives every syntax finding an excerpt of its line', () => {
    const [finding] = parsePost('---\n---\nBody\n::: x version\n', 'p.md').findings;
    expect(finding!.excerpt).toEqual({ text: '::: x version', col: 1 });
  });

  it('never throws on arbitrary text', () => {
    const pieces = ['---', ':::', '::: x', '```', '\r\n', '\n', 'a: b', '- [', '"', '\ufeff', ' ', '\ud83e\udd50'];
    for (let seed = 0; seed < 500; seed++) {
      let text = '';
      for (let i = 0, s = seed; i < 12; i++, s = (s * 1103515245 + 12345) % 2 ** 31) text += pieces[s % pieces.length];
      const { post } = parsePost(text, 'p.md');
      for (const span of [post.body, ...post.variants.map((v) => v.body)]) expect(post.text.slice(span.offset, span.offset + span.text.length)).toBe(span.text);
    }
  });
});
