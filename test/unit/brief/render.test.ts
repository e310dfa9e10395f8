// renderBrief and its data model: content, languages, sections, hostile strings, broken data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { BRIEF_MARKERS, buildBriefData, renderBrief } from '../../../src/brief/index.js';
import { briefFromBytes } from '../../../src/brief/pipeline.js';
import type { Finding } from '../../../src/diagnostics.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { checkText } from '../../../src/validate/check.js';
import { ROOT } from '../../helpers/cli.js';

const NOW = new Date(Date.UTC(2026, 10, 26));
const render = (md: string) => micromark(md, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });

function load(yaml: string): { strategy: Strategy; findings: Finding[] } {
  const result = checkText(yaml, 'strategy.yaml', { now: NOW, env: {} });
  return { strategy: result.parsed!.data as Strategy, findings: result.findings };
}

const cafe = readFileSync(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), 'utf8');

const MINIMAL = `version: 1
organization: { name: Minimal, language: en }
platforms:
  - { id: linkedin, role: primary, audiences: [buyers], cadence: { posts: 2, per: week } }
audiences:
  - { id: buyers, name: Buyers }
editorial_line:
  positioning: Useful every time.
  tone: { voice: [clear] }
`;

describe('renderBrief: content', () => {
  it('writes the café example in French, Québec usage, with Intl dates and numbers', () => {
    const { strategy, findings } = load(cafe);
    const md = renderBrief({ strategy, findings, lang: 'fr', format: 'md', now: NOW, file: 'examples/cafe-boreal.strategy.yaml' });
    expect(md.startsWith(BRIEF_MARKERS.fr)).toBe(true);
    expect(md).toContain('# Café Boréal — Stratégie médias sociaux');
    expect(md).toContain('Produit le 26 novembre 2026 à partir de cafe-boreal.strategy.yaml.');
    expect(md).toContain('## En un coup d’œil');
    // OQLF: a no-break space before the colon.
    expect(md).toContain('**Publications par semaine**\u202f: 7');
    expect(md).toContain('150 abonnés → 1\u00a0200 abonnés');
    expect(md).toContain('28 février 2027');
    expect(md).toContain('8 h 30');
    expect(md).toContain('| Instagram | 4 |');
    expect(md).toContain('```mermaid\npie showData');
    // Sections in the article's order.
    const order = ['## Objectifs', '## Plateformes', '## Publics cibles', '## Ligne éditoriale', '## Gestion de communauté', '## Plan de crise', '## Politique d’utilisation', '## Mesure', '## Rythme hebdomadaire'];
    const positions = order.map((heading) => md.indexOf(`\n${heading}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('writes English labels, en-CA dates and numbers with --lang en', () => {
    const { strategy, findings } = load(cafe);
    const md = renderBrief({ strategy, findings, lang: 'en', format: 'md', now: NOW });
    expect(md).toContain('# Café Boréal — Social media strategy');
    expect(md).toContain('**Posts per week**: 7');
    expect(md).toContain('150 abonnés → 1,200 abonnés');
    expect(md).toContain('February 28, 2027');
    expect(md).toContain('8:30 a.m.');
    expect(md).toContain('## Weekly rhythm');
  });

  it.each([
    ['en', 1, 1, '**Team**: 1 person, 1 hour a week'],
    ['en', 2, 10, '**Team**: 2 people, 10 hours a week'],
    ['en', 1, 1.5, '**Team**: 1 person, 1.5 hours a week'],
    ['fr', 1, 1, '**Équipe**\u202f: 1 personne, 1 heure par semaine'],
    ['fr', 3, 1.5, '**Équipe**\u202f: 3 personnes, 1,5 heure par semaine'],
    ['fr', 2, 10, '**Équipe**\u202f: 2 personnes, 10 heures par semaine'],
  ] as const)('pluralises the team in %s: %d person(s), %d hour(s)', (lang, people, hours, expected) => {
    const { strategy, findings } = load(MINIMAL.replace('language: en }', `language: en, team_size: ${people}, hours_per_week: ${hours} }`));
    expect(renderBrief({ strategy, findings, lang, format: 'md', now: NOW })).toContain(expected);
  });

  it.each([
    ['en', 1, 'The first week, as planned by plan calendar.'],
    ['en', 2, 'The first 2 weeks, as planned by plan calendar.'],
    ['fr', 1, 'La première semaine, planifiée par plan calendar.'],
    ['fr', 3, 'Les 3 premières semaines, planifiées par plan calendar.'],
  ] as const)('pluralises the calendar intro in %s for %d week(s)', (lang, weeks, expected) => {
    const { strategy, findings } = load(cafe.replace(/brief_weeks: \d+/, `brief_weeks: ${weeks}`));
    const data = buildBriefData({ strategy, findings, lang, format: 'html', now: NOW });
    expect(data.calendar?.intro).toBe(expected);
  });

  it('shows a custom platform by its name, or by its id as written', () => {
    const yaml = MINIMAL.replace('platforms:\n', 'platforms:\n  - { id: linkdin, role: secondary, audiences: [buyers] }\n  - { id: discord-qc, name: Discord du Québec, role: secondary, audiences: [buyers] }\n');
    const { strategy, findings } = load(yaml);
    const names = buildBriefData({ strategy, findings, lang: 'en', format: 'md', now: NOW }).platforms.map((p) => p.name);
    expect(names).toEqual(['linkdin', 'Discord du Québec', 'LinkedIn']);
  });

  it('shows a section only when the strategy has it', () => {
    const { strategy, findings } = load(MINIMAL);
    const md = renderBrief({ strategy, findings, lang: 'en', format: 'md', now: NOW });
    for (const absent of ['## Objectives', '## Community management', '## Crisis plan', '## Usage policy', '## Measurement', '## The first weeks', 'Content pillars']) {
      expect(md).not.toContain(absent);
    }
    for (const present of ['## Platforms', '## Audiences', '## Editorial line', '## Weekly rhythm']) expect(md).toContain(present);
    const data = buildBriefData({ strategy, findings, lang: 'en', format: 'md', now: NOW });
    expect(data.sections.map((s) => s.id)).toEqual(['platforms', 'audiences', 'editorial', 'rhythm']);
  });

  it('counts posts per week whatever the period', () => {
    const yaml = MINIMAL.replace('{ posts: 2, per: week }', '{ posts: 1, per: day }').replace(
      '  - { id: linkedin',
      '  - { id: youtube, role: secondary, audiences: [buyers], cadence: { posts: 4, per: month } }\n  - { id: linkedin',
    );
    const { strategy, findings } = load(yaml);
    const data = buildBriefData({ strategy, findings, lang: 'en', format: 'md', now: NOW });
    expect(data.rhythm?.rows.map((r) => [r.platform, r.perWeekText])).toEqual([
      ['YouTube', '0.9'],
      ['LinkedIn', '7'],
    ]);
    expect(data.rhythm?.total).toBe('7.9');
  });

  it('lists warnings as decisions to take, about named things, with no line, id or tool word', () => {
    const yaml = 'organization:\n  name: Café\n  language: fr\nplatforms:\n  - id: facebook\n    role: primary\n  - id: instagram\n    role: secondary\n';
    const { strategy } = load(yaml);
    const at = { start: { line: 7, col: 9 }, end: { line: 7, col: 18 } };
    const unreached: Finding = { ruleId: 'refs/platform-without-audience', severity: 'warn', message: 'La plateforme `instagram` ne sert aucun public.', file: 's.yaml', path: ['platforms', 1, 'id'], range: at };
    const unknown: Finding = { ruleId: 'x/y', severity: 'warn', message: 'No objective yet: add `objectives`.', file: 's.yaml', path: [], range: at };
    const md = renderBrief({ strategy, findings: [unreached, unknown, unreached], lang: 'en', format: 'md', now: NOW });
    expect(md).toContain('### Decisions to take');
    expect(md).toContain('- Decide whom Instagram should reach.\n');
    expect(md).toContain('- No objective yet: add objectives.\n');
    expect(md.match(/Decide whom Instagram/g)).toHaveLength(1);
    for (const lang of ['en', 'fr'] as const) {
      for (const format of ['md', 'html'] as const) {
        const text = renderBrief({ strategy, findings: [unreached], lang, format, now: NOW });
        expect(text).not.toMatch(/plan validate|\(line \d|\(ligne \d|`instagram`|>instagram<|platform-without-audience/);
      }
    }
    const html = renderBrief({ strategy, findings: [unreached], lang: 'fr', format: 'html', now: NOW });
    expect(html).toContain('Décisions à prendre');
    expect(html).toContain('Décider quel public joindre sur Instagram.');
  });

  it('includes the first weeks of the calendar when brief_weeks is set', () => {
    const { strategy, findings } = load(`${MINIMAL}calendar: { brief_weeks: 2 }\n`);
    const md = renderBrief({ strategy, findings, lang: 'en', format: 'md', now: NOW });
    expect(md).toContain('## The first weeks');
    const html = renderBrief({ strategy, findings, lang: 'en', format: 'html', now: NOW });
    expect(html).toContain('id="calendar"');
    // 2 posts a week for 2 weeks: rows in the HTML table, or the "nothing planned" sentence.
    const rows = html.slice(html.indexOf('id="calendar"')).match(/<tr><td class="nowrap">/g) ?? [];
    expect(rows.length === 4 || html.includes('No post is planned')).toBe(true);
  });

  it('marks the key dates of the first weeks and gives every post an idea', () => {
    const { strategy, findings } = load(cafe.replace(/brief_weeks: \d+/, 'brief_weeks: 4'));
    const data = buildBriefData({ strategy, findings, lang: 'fr', format: 'html', now: new Date('2026-11-26T15:00:00Z') });
    const rows = data.calendar!.rows;
    const keys = rows.filter((r) => r.kind === 'key');
    expect(keys.map((k) => k.kind === 'key' && k.name)).toContain('Marché de Noël de Limoilou');
    const posts = rows.filter((r) => r.kind === 'post');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((p) => p.kind === 'post' && p.idea !== '' && p.time !== '')).toBe(true);
    const html = renderBrief({ strategy, findings, lang: 'fr', format: 'html', now: new Date('2026-11-26T15:00:00Z') });
    expect(html).toContain('<tr class="key-date">');
    expect(html).toContain('Idée (à développer)');
    // The pillar table's "ideas" column lists each pillar's examples.
    expect(html).toContain('<li>Le four à 5 h du matin</li>');
  });

  it('renders a user template with the escape function of the format', () => {
    const { strategy, findings } = load(MINIMAL.replace('name: Minimal', 'name: "<b>A|B</b>"'));
    const template = '<%= it.name %>|<%= it.t("section.platforms") %>|<%= it.platforms.length %>';
    expect(renderBrief({ strategy, findings, lang: 'en', format: 'html', now: NOW, template })).toBe('&lt;b&gt;A|B&lt;/b&gt;|Platforms|1');
    expect(renderBrief({ strategy, findings, lang: 'en', format: 'md', now: NOW, template })).toBe('\\<b\\>A\\|B\\</b\\>|Platforms|1');
  });
});

// Hostile strings in every field a brief shows.
const HOSTILE = 'Evil | *bold* _x_ <script>alert(1)</script> [x](javascript:alert(1)) `tick` \\ ~~s~~ $m$ &lt;';
function hostileYaml(): string {
  const h = JSON.stringify(HOSTILE);
  const nl = JSON.stringify(`${HOSTILE}\n| new | row |\n# heading\n<img src=x onerror=alert(1)>`);
  return `version: 1
organization: { name: ${nl}, language: en, sector: ${h}, owner: ${h} }
platforms:
  - { id: instagram, name: ${nl}, role: primary, rationale: ${nl}, audiences: [evil], cadence: { posts: 3, per: week }, formats: [${h}], owner: ${h} }
audiences:
  - { id: evil, name: ${nl}, description: ${nl}, interests: [${h}], needs: [${h}] }
editorial_line:
  positioning: ${nl}
  tone: { voice: [${h}] }
  pillars:
    - { id: a, name: ${nl}, share: 60, examples: [${h}] }
    - { id: b, name: ${h}, share: 40 }
  do: [${nl}]
  dont: [${h}]
objectives:
  - { id: o, statement: ${nl}, kpi: ${h}, baseline: ${h}, target: 5, unit: ${h}, deadline: 2027-01-31 }
community: { managers: [${h}], house_rules: [${nl}], escalation: ${h} }
crisis: { spokesperson: ${h}, tiers: [{ level: 1, trigger: ${nl}, holding_statement: ${nl}, approver: ${h} }] }
policy: { rules: [${nl}], disclosure: ${h} }
measurement: { tools: [${h}], report_to: ${h} }
`;
}

describe('renderBrief: hostile strings', () => {
  const { strategy, findings } = load(hostileYaml());

  it('never injects HTML nor breaks a table in Markdown', () => {
    const md = renderBrief({ strategy, findings, lang: 'en', format: 'md', now: NOW });
    // Mermaid blocks are code blocks by design; everything else must be plain text.
    // Validation messages keep their `code` spans (user values inside are code, hence text).
    const html = render(md)
      .replace(/<pre><code class="language-mermaid">[\s\S]*?<\/code><\/pre>/g, '')
      .replace(/<code>[^<]*<\/code>/g, '');
    expect(html).not.toMatch(/<(script|img|a|em|code|del)\b/i);
    // The user's backticks print as typed, in the title for instance.
    expect(html).toMatch(/<h1>[^<]*`tick`/);
    expect(html).not.toContain('javascript:alert(1)"');
    // Every table keeps as many cells per row as its header has.
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      const header = (table.match(/<th[ >]/g) ?? []).length;
      for (const row of table.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
        expect((row.match(/<td[ >]/g) ?? []).length).toBe(header);
      }
    }
    // No value created a heading or a row of its own.
    expect(md).not.toMatch(/^# heading/m);
    expect(md).not.toMatch(/^\| new \| row \|/m);
    // The Mermaid block stays one fenced block with quoted labels only.
    for (const block of md.match(/```mermaid\n[\s\S]*?```/g) ?? []) {
      for (const line of block.split('\n').slice(2, -1)) expect(line).toMatch(/^ {4}(title [^"]*|"[^"<>`#]*" : [\d.]+)$/);
    }
  });

  it('escapes everything in HTML: no script, no handler, no link out', () => {
    const html = renderBrief({ strategy, findings, lang: 'fr', format: 'html', now: NOW });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#[a-z]+$/);
    // Defence in depth: the page forbids scripts and network loads even if escaping failed.
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });
});

describe('renderBrief: broken data (--force)', () => {
  it('renders what it can and lists the errors at the top', async () => {
    const yaml = 'version: 1\norganization: { name: Broken, language: fr }\nplatforms: nope\naudiences: [{ id: x }]\neditorial_line: 7\n';
    const outcome = await briefFromBytes(Buffer.from(yaml), 'broken.yaml', { format: 'md', now: NOW, force: true, env: {} });
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.errors.length).toBeGreaterThan(0);
    expect(outcome.text).toContain('> **Cette stratégie contient des erreurs**');
    expect(outcome.text).toContain('# Broken — Stratégie médias sociaux');
    const refused = await briefFromBytes(Buffer.from(yaml), 'broken.yaml', { format: 'md', now: NOW, env: {} });
    expect(refused.status).toBe('invalid');
  });

  it('never throws on data of any shape', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), fc.anything({ maxDepth: 3 }), fc.anything({ maxDepth: 3 }), (platforms, line, extra) => {
        const strategy = { version: 1, organization: { name: 'X', language: 'en' }, platforms, audiences: extra, editorial_line: line, community: extra, crisis: line, objectives: platforms } as unknown as Strategy;
        for (const format of ['md', 'html'] as const) expect(typeof renderBrief({ strategy, findings: [], lang: 'en', format, now: NOW })).toBe('string');
      }),
      { numRuns: 150 },
    );
  });
});
