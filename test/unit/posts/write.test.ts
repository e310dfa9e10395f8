import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePost } from '../../../src/posts/parse.js';
import { parse } from 'yaml';
import { draftFileName, renderPost, slugOf, textProblem } from '../../../src/posts/write.js';

/** The front matter's YAML and the rest of the file, split the way a reader of the file sees them. */
function split(text: string): { yaml: string; rest: string } {
  const match = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no front matter in ${JSON.stringify(text)}`);
  return { yaml: match[1]!, rest: match[2]! };
}

describe('renderPost', () => {
  it('writes the fields in a fixed order, platforms on one line and the time quoted', () => {
    const text = renderPost({
      meta: { status: 'draft', author: 'Julie Tremblay', pillar: 'quartier', time: '08:30', date: '2027-01-12', platforms: ['instagram', 'facebook'] },
      body: 'Le marché du Vieux-Port, samedi.',
    });
    expect(text).toBe(
      ['---', 'platforms: [instagram, facebook]', 'date: 2027-01-12', 'time: "08:30"', 'pillar: quartier', 'status: draft', 'author: Julie Tremblay', '---', 'Le marché du Vieux-Port, samedi.', ''].join('\n'),
    );
  });

  it('puts unknown fields after the known ones and leaves out undefined ones', () => {
    const { yaml } = split(renderPost({ meta: { zeta: 1, platforms: ['x'], campaign: undefined, date: '2027-02-01' }, body: 'x' }));
    expect(yaml.split('\n').map((line) => line.split(':')[0])).toEqual(['platforms', 'date', 'zeta', '']);
  });

  it('quotes whatever YAML would misread, so the fields read back as written', () => {
    const meta = { platforms: ['x'], author: 'Marc: « le boss » # pas un commentaire', campaign: 'yes', pillar: '@offres', objective: '1e3', partner: "L'Atelier\n2", time: '18:00' };
    const back = parse(split(renderPost({ meta, body: 'ok' })).yaml, { version: '1.2' });
    expect(back).toEqual(meta);
  });

  it('writes each variant as a ::: block after the body, closed by :::', () => {
    const text = renderPost({ meta: { platforms: ['instagram', 'x'] }, body: 'Long text\n\nsecond paragraph\n\n\n', variants: [{ platform: 'x', text: 'Short text' }] });
    expect(split(text).rest).toBe('Long text\n\nsecond paragraph\n\n::: x\nShort text\n:::\n');
  });

  it('normalises line ends to LF and trims trailing blank lines', () => {
    expect(split(renderPost({ meta: {}, body: 'a\r\nb\rc\n\n  \n' })).rest).toBe('a\nb\nc\n');
  });

  it('writes an empty front matter as two --- lines', () => {
    expect(renderPost({ meta: {}, body: 'x' })).toBe('---\n---\nx\n');
  });

  it('refuses a body or variant line that would read as a marker, and an empty variant', () => {
    expect(() => renderPost({ meta: {}, body: 'a\n::: x\nb' })).toThrow(RangeError);
    expect(() => renderPost({ meta: {}, body: 'a', variants: [{ platform: 'x', text: ':::' }] })).toThrow(RangeError);
    expect(() => renderPost({ meta: {}, body: 'a', variants: [{ platform: 'x', text: '  \n' }] })).toThrow(RangeError);
    expect(() => renderPost({ meta: {}, body: 'a', variants: [{ platform: 'two words', text: 'b' }] })).toThrow(RangeError);
    // Not at the start of a line: plain text.
    expect(renderPost({ meta: {}, body: 'a ::: b' })).toContain('a ::: b');
  });
});

describe('textProblem', () => {
  it.each([
    ['text', undefined],
    ['  \n\t', 'empty'],
    ['a\n:::', 'marker'],
    ['::: x', 'marker'],
    ['a :::', undefined],
  ] as const)('%j -> %s', (text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });
});

describe('file names', () => {
  it('slugs French text to ASCII', () => {
    expect(slugOf('Fête nationale du Québec !')).toBe('fete-nationale-du-quebec');
    expect(slugOf('Œuvres & déjà-vu, ex æquo')).toBe('oeuvres-deja-vu-ex-aequo');
    expect(slugOf('a'.repeat(30) + ' ' + 'b'.repeat(30))).toBe('a'.repeat(30) + '-' + 'b'.repeat(9));
    expect(slugOf('***')).toBe('');
  });

  it('names a draft by date, platform and subject, numbering the ones already taken', () => {
    const parts = { date: '2027-01-12', platform: 'instagram', about: 'La vie du quartier' };
    expect(draftFileName(parts, new Set())).toBe('2027-01-12-instagram-la-vie-du-quartier.md');
    expect(draftFileName(parts, new Set(['2027-01-12-instagram-la-vie-du-quartier.md']))).toBe('2027-01-12-instagram-la-vie-du-quartier-2.md');
    expect(draftFileName(parts, new Set(['2027-01-12-instagram-la-vie-du-quartier.md', '2027-01-12-instagram-la-vie-du-quartier-2.md']))).toBe('2027-01-12-instagram-la-vie-du-quartier-3.md');
    expect(draftFileName({}, new Set())).toBe('post.md');
  });
});

describe('what the writer writes, the parser reads back', () => {
  const field = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== '');
  const text = fc
    .array(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('---', '# Titre', '- item', '  indented', '', 'À bientôt 🎉', 'a ::: b', '```', '~~~ ok')), { minLength: 1, maxLength: 8 })
    .map((lines) => lines.join('\n'));
  const meta = fc.record(
    {
      platforms: fc.uniqueArray(fc.constantFrom('instagram', 'facebook', 'x', 'linkedin', 'bluesky'), { minLength: 1, maxLength: 3 }),
      date: fc.constantFrom('2027-01-12', '2026-12-31'),
      time: fc.constantFrom('08:30', '18:00', '00:05'),
      pillar: field,
      campaign: field,
      status: fc.constantFrom('draft', 'ready', 'scheduled', 'published'),
      sponsored: fc.boolean(),
      author: field,
    },
    { requiredKeys: [] },
  );

  it('gives back the same fields, body and variants (or refuses to write)', () => {
    let written = 0;
    fc.assert(
      fc.property(meta, text, fc.array(fc.tuple(fc.constantFrom('x', 'linkedin', 'bluesky'), text), { maxLength: 2 }), (m, body, variants) => {
        const unique = [...new Map(variants).entries()].map(([platform, t]) => ({ platform, text: t }));
        let text: string;
        try {
          text = renderPost({ meta: m, body, variants: unique });
        } catch (error) {
          // Refused only for a reason the writer names: markers, empty variants, an open code block.
          expect(error).toBeInstanceOf(RangeError);
          return;
        }
        written++;
        const back = parsePost(text, 'p.md');
        expect(back.findings).toEqual([]);
        expect(back.post.meta).toEqual(m);
        expect(back.post.body.text).toBe(back.post.text.slice(back.post.body.offset, back.post.body.offset + back.post.body.text.length));
        expect(back.post.variants.map((v) => v.platform)).toEqual(unique.map((v) => v.platform));
      }),
      { numRuns: 300 },
    );
    // Most generated posts are writable: the property is about them, not about refusals.
    expect(written).toBeGreaterThan(150);
  });

  it('refuses only what cannot be read back: a plain text always writes', () => {
    fc.assert(
      fc.property(meta, fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 ,.!?'#@-]{0,100}[A-Za-zÀ-ÿ0-9]$/), (m, body) => {
        const back = parsePost(renderPost({ meta: m, body, variants: [{ platform: 'x', text: body }] }), 'p.md');
        expect(back.post.body.text).toBe(body.trimEnd());
        expect(back.post.variants[0]!.body.text).toBe(body.trimEnd());
      }),
    );
  });

  it('refuses a code block left open before a variant (the variant would be read as code)', () => {
    expect(() => renderPost({ meta: {}, body: 'text\n```\ncode', variants: [{ platform: 'x', text: 'short' }] })).toThrow(/read back/);
    expect(renderPost({ meta: {}, body: 'text\n```\ncode\n```', variants: [{ platform: 'x', text: 'short' }] })).toContain('::: x\nshort\n:::');
  });
});
