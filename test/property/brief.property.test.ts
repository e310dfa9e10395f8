// Every strategy that passes validation renders a brief in both languages and both formats
// without throwing, and every user string comes out escaped: no markup injected into the HTML
// brief, nor into the HTML a Markdown viewer makes of the Markdown brief (rendered with
// micromark + GFM tables, as GitHub would), and no value adds a table column or a heading.
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderBrief, validate, type Strategy } from '../../src/index.js';
import { BASE, NOW } from '../fixtures/hostile/cases.mjs';

const now = new Date(`${NOW}T12:00:00Z`);
const scale = Number(process.env.PLAN_PROPERTY_RUNS ?? 1);

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '[click](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  'a | b | c',
  '*bold* _em_ `code` ~~del~~',
  'line one\n# Injected heading\n- injected item',
  '\n\n| x | y |\n|---|---|\n| 1 | 2 |',
  '&lt;b&gt; &#60;i&#62;',
  '{{ it.organization }} <%= 1 + 1 %>',
  '\u0000\u0007\u001b[31mred\u2028next',
  '1. not a list',
  '---',
  '> quoted',
  '![x](http://e.invalid/x.png)',
  'Café « québécois » 👩‍👩‍👧 שלום e\u0301',
];
// Text that the schema accepts (non-empty, not only spaces): hostile pieces and random strings.
const userText = fc
  .oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1, maxLength: 40 }), fc.tuple(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 10 })).map(([a, b]) => a + b))
  .filter((s) => s.trim().length > 0);

const base = parse(BASE) as Record<string, any>;

/** The base strategy with user text put into the fields a brief shows. */
const strategies = fc
  .record({
    name: userText,
    owner: userText,
    rationale: userText,
    persona: userText,
    positioning: userText,
    voice: fc.array(userText, { minLength: 1, maxLength: 3 }),
    pillar: userText,
    language: fc.constantFrom('en', 'fr'),
  })
  .map((v) => {
    const s = structuredClone(base);
    s.organization.name = v.name;
    s.organization.owner = v.owner;
    s.organization.language = v.language;
    s.platforms[0].rationale = v.rationale;
    s.audiences[0].name = v.persona;
    s.editorial_line.positioning = v.positioning;
    s.editorial_line.tone.voice = v.voice;
    s.editorial_line.pillars[0].name = v.pillar;
    if (v.language === 'fr') s.editorial_line.tone.address = 'vous';
    return s;
  });

function assertNoInjectedMarkup(html: string, where: string): void {
  expect(html, where).not.toMatch(/<script/i);
  expect(html, where).not.toMatch(/<img/i);
  expect(html, where).not.toMatch(/<svg[^>]*\sonload/i);
  // An event-handler attribute inside a real tag (escaped text such as `&lt;svg onload=` is harmless).
  expect(html, where).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html, where).not.toMatch(/<[a-z][^>]*\s(href|src)\s*=\s*["']?\s*javascript:/i);
  expect(html, where).not.toMatch(/\u001b/);
}

/** Rows of each rendered table have as many cells as its header. */
function assertTablesIntact(html: string, where: string): void {
  for (const table of html.split('<table>').slice(1)) {
    const body = table.slice(0, table.indexOf('</table>'));
    const rows = body.split('<tr>').slice(1).map((row) => (row.match(/<t[hd][ >]/g) ?? []).length);
    for (const cells of rows) expect(cells, where).toBe(rows[0]);
  }
}

describe('renderBrief on every strategy that passes validation', () => {
  it('renders in both languages and both formats, with every user string escaped', () => {
    let rendered = 0;
    fc.assert(
      fc.property(strategies, (strategy) => {
        const text = stringify(strategy);
        const checked = validate(text, 'prop.yaml', { now, env: { LANG: 'en_US.UTF-8' } });
        if (!checked.valid || !checked.strategy) return;
        rendered++;
        for (const lang of ['en', 'fr'] as const) {
          for (const format of ['md', 'html'] as const) {
            const where = `${lang}/${format} of:\n${text}`;
            const out = renderBrief({ strategy: checked.strategy as Strategy, findings: checked.findings, lang, format, now, file: 'prop.yaml' });
            expect(out.length, where).toBeGreaterThan(0);
            if (format === 'html') {
              assertNoInjectedMarkup(out, where);
            } else {
              // No line of the Markdown is a heading or list item made of user text.
              expect(out, where).not.toMatch(/^#+ Injected heading/m);
              expect(out, where).not.toMatch(/^[-*] injected item/m);
              const html = micromark(out, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
              assertNoInjectedMarkup(html, where);
              assertTablesIntact(html, where);
            }
          }
        }
      }),
      { numRuns: 60 * scale },
    );
    // Most generated strategies are valid: the property was really exercised.
    expect(rendered).toBeGreaterThan(30 * scale);
  });
});
