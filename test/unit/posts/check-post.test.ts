// The post check, table-driven: each strategy check finds its mistake at the exact line and column,
// stays quiet on a clean post, and the config and inline directives work as for strategy rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkPostBytes, checkPostText, type PostStrategy } from '../../../src/validate/check-post.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { POST_CHECK_IDS, POST_RULES } from '../../../src/rules/posts/index.js';
import { headingAnchor } from '../../../src/rules/docs.js';
import { disclosureTags } from '../../../src/rules/posts/missing-disclosure.js';
import { ROOT } from '../../helpers/cli.js';

const strategy = (name: string): PostStrategy => ({
  file: `examples/${name}.strategy.yaml`,
  strategy: parse(readFileSync(join(ROOT, 'examples', `${name}.strategy.yaml`), 'utf8'), { version: '1.2' }) as Strategy,
});
const CAFE = strategy('cafe-boreal'); // French, tu, #pub, blackout 2026-12-25, offres blacked out on key dates
const HARBOUR = strategy('harbour-food-network'); // English, informal
const LAVOIE = strategy('equipe-lavoie'); // French, vous
const NOW = new Date('2026-12-01T12:00:00Z');

const post = (front: string, body: string) => `---\n${front.trim()}\n---\n${body}`;

async function findings(text: string, owner: PostStrategy = CAFE, extra: Parameters<typeof checkPostText>[3] = {}) {
  const result = await checkPostText(text, 'p.md', owner, { now: NOW, lang: 'en', ...extra });
  return result.findings.map((f) => ({ ruleId: f.ruleId, line: f.range.start.line, col: f.range.start.col, severity: f.severity, message: f.message }));
}
const ids = async (text: string, owner?: PostStrategy) => (await findings(text, owner)).map((f) => `${f.ruleId}@${f.line}:${f.col}`);

describe('checkPostText: a clean post', () => {
  it('has no finding', async () => {
    const text = post('platforms: [instagram, facebook]\ndate: 2027-01-12\ntime: "08:30"\npillar: coulisses\nstatus: ready\nauthor: Léa', 'Ton croissant sort du four à 5 h. Passe le chercher !\n\n::: facebook\nTon croissant t’attend au comptoir.\n:::\n');
    expect(await findings(text)).toEqual([]);
  });
});

describe('checkPostText: the post schema', () => {
  it.each([
    ['an unknown key, with a suggestion', 'platforms: [instagram]\nstatus: draft\npilar: coulisses', 'schema/additional-property@4:1', /Did you mean `pillar`/],
    ['a bad status', 'platforms: [instagram]\nstatus: done', 'schema/enum@3:9', /`draft`/],
    ['an impossible date', 'platforms: [instagram]\nstatus: draft\ndate: 2027-02-30', 'schema/format@4:7', /not a real date/],
    ['a ready post without a date', 'platforms: [instagram]\nstatus: ready', 'schema/required@2:1', /`date`/],
    ['no platforms', 'status: draft', 'schema/required@2:1', /`platforms`/],
  ])('reports %s at its place', async (_, front, where, message) => {
    const got = await findings(post(front, 'Text\n'));
    expect(got.map((f) => `${f.ruleId}@${f.line}:${f.col}`)).toContain(where);
    expect(got.find((f) => `${f.ruleId}@${f.line}:${f.col}` === where)!.message).toMatch(message);
  });

  it('speaks French when the strategy does', async () => {
    const [finding] = (await checkPostText(post('platforms: [instagram]\nstatus: fini', 'Texte\n'), 'p.md', CAFE, { now: NOW })).findings;
    expect(finding!.message).toMatch(/n’est pas une valeur permise/);
  });
});

describe('checkPostText: the strategy checks', () => {
  it('posts/platform-not-chosen: at the platform, with a suggestion; a variant for a platform the post does not go to', async () => {
    const got = await findings(post('platforms: [instagram, facebok]\nstatus: draft', 'Texte\n\n::: tiktok\nCourt\n:::\n'));
    expect(got.map((f) => `${f.ruleId}@${f.line}:${f.col}`)).toEqual(['posts/platform-not-chosen@2:24', 'posts/platform-not-chosen@7:1']);
    expect(got[0]!.message).toMatch(/Did you mean `facebook`/);
  });

  it('posts/unknown-reference: pillar, objective and audience', async () => {
    const got = await findings(post('platforms: [instagram]\nstatus: draft\npillar: coulise\nobjective: nope\naudience: familles', 'Texte\n'));
    expect(got.map((f) => `${f.ruleId}@${f.line}:${f.col}`)).toEqual(['posts/unknown-reference@4:9', 'posts/unknown-reference@5:12']);
    expect(got[0]!.message).toMatch(/Did you mean `coulisses`/);
  });

  it('posts/blackout-date: a blackout date, and a pillar a key date blacks out', async () => {
    expect(await ids(post('platforms: [instagram]\nstatus: draft\ndate: 2026-12-25', 'Texte\n'))).toEqual(['posts/blackout-date@4:7']);
    // The café's key date `rule: "06-24"` (Fête nationale) blacks out its `offres` pillar, every year.
    const got = await findings(post('platforms: [instagram]\nstatus: draft\npillar: offres\ndate: 2027-06-24', 'Texte\n'));
    expect(got.map((f) => `${f.ruleId}@${f.line}:${f.col}`)).toEqual(['posts/blackout-date@5:7']);
    expect(got[0]!.message).toContain('Fête nationale du Québec');
    expect(await ids(post('platforms: [instagram]\nstatus: draft\npillar: quartier\ndate: 2027-06-24', 'Texte\n'))).toEqual([]);
  });

  it('posts/form-of-address: vous in a tu strategy, at each word', async () => {
    const text = post('platforms: [instagram]\nstatus: draft', 'Passez nous voir : votre croissant vous attend.\nLe ton de la maison, ton café.\n');
    expect(await ids(text)).toEqual(['posts/form-of-address@5:1', 'posts/form-of-address@5:20', 'posts/form-of-address@5:36']);
  });

  it('posts/form-of-address: an imperative in -ez that opens a sentence or a line is vouvoiement too', async () => {
    const text = post('platforms: [instagram]\nstatus: draft', '🥐 Venez tôt. Profitez du four!\n- Commandez en ligne\nChez nous, assez de croissants, le nez au vent.\nOn vous dit : rendez-vous au marché, et dégustez.\nAllez-y!\n');
    // Venez, Profitez, Commandez; not Chez, assez, nez; not rendez-vous (a noun), nor dégustez mid-sentence; vous, of course.
    expect(await ids(text)).toEqual(['posts/form-of-address@5:4', 'posts/form-of-address@5:15', 'posts/form-of-address@6:3', 'posts/form-of-address@8:4', 'posts/form-of-address@9:1']);
  });

  it('posts/form-of-address: tu in a vous strategy, not `ton` the noun', async () => {
    const text = post('platforms: [facebook]\nstatus: draft', 'Le ton de la campagne : ton vote compte, t’as vu ?\nVotre vote compte.\n');
    expect(await ids(text, LAVOIE)).toEqual(['posts/form-of-address@5:25', 'posts/form-of-address@5:42']);
  });

  it('posts/form-of-address: says nothing for an English strategy', async () => {
    expect(await ids(post('platforms: [instagram]\nstatus: draft', 'Vous and votre are French words.\n'), HARBOUR)).toEqual([]);
  });

  it('posts/missing-disclosure: on the field for the body, on the marker for a variant', async () => {
    const text = post('platforms: [instagram, facebook]\nstatus: draft\npartner: Moulin Fleury', 'Nos croissants au Moulin Fleury #pub\n\n::: facebook\nNos croissants au Moulin Fleury.\n:::\n');
    expect(await ids(text)).toEqual(['posts/missing-disclosure@8:1']);
    const body = post('platforms: [instagram]\nstatus: draft\nsponsored: true', 'Nos croissants.\n');
    expect(await ids(body)).toEqual(['posts/missing-disclosure@4:12']);
  });

  it('posts/missing-disclosure: takes the hashtags of a disclosure sentence', () => {
    expect(disclosureTags('#ad for paid partnerships; #sponsored when a partner funds a campaign')).toEqual(['#ad', '#sponsored']);
    expect(disclosureTags(undefined)).toEqual(['#ad', '#pub']);
    expect(disclosureTags('Paid partnership')).toEqual(['Paid partnership']);
  });

  it('posts/approval: edgy humour without a second approver, once the post is ready', async () => {
    const front = 'platforms: [instagram]\nstatus: ready\ndate: 2027-01-12\nhumour: edgy\nauthor: Léa';
    expect(await ids(post(front, 'Texte\n'))).toEqual(['posts/approval@5:9']);
    expect(await ids(post(`${front}\napproved_by: Léa`, 'Texte\n'))).toEqual(['posts/approval@7:14']);
    expect(await ids(post(`${front}\napproved_by: Marc`, 'Texte\n'))).toEqual([]);
    expect(await ids(post(front.replace('ready', 'draft'), 'Texte\n'))).toEqual([]);
  });

  it('posts/approval: a text touching a sensitive topic, at its first word', async () => {
    const front = 'platforms: [instagram]\nstatus: ready\ndate: 2027-01-12\nauthor: Léa';
    const got = await findings(post(front, 'Sans allergènes : nos intolérances alimentaires.\n'));
    expect(got.map((f) => `${f.ruleId}@${f.line}:${f.col}`)).toEqual(['posts/approval@7:6']);
    expect(got[0]!.message).toContain('Allergies et intolérances alimentaires');
    // One keyword of a three-word topic is not enough ("les allergies" alone could be anything).
    expect(await ids(post(front, 'Un croissant pour tout le quartier.\n'))).toEqual([]);
  });

  it('posts/placeholder: TODO, lorem ipsum and [...] once ready, each at its place; nothing in a draft', async () => {
    const front = 'platforms: [instagram]\nstatus: ready\ndate: 2027-01-12';
    const body = 'Notre croissant TODO.\nLorem ipsum dolor. Lien : [insérer le lien]\n[...]\n';
    expect(await ids(post(front, body))).toEqual(['posts/placeholder@6:17', 'posts/placeholder@7:1', 'posts/placeholder@7:27', 'posts/placeholder@8:1']);
    expect(await ids(post(front.replace('ready', 'draft'), body))).toEqual([]);
    // `xxx` in lower case is a kiss, not a placeholder.
    expect(await ids(post(front, 'Bisous xxx\n'))).toEqual([]);
  });

  it('posts/placeholder: an empty text some platform publishes, once ready, at the text; not a body every platform replaces', async () => {
    const front = 'platforms: [instagram, facebook]\nstatus: ready\ndate: 2027-01-12';
    expect(await ids(post(front, '\n\n'))).toEqual(['posts/placeholder@6:1']);
    expect(await ids(post(front, '<!-- à écrire -->\n'))).toEqual(['posts/placeholder@6:1']);
    expect((await findings(post(front, ''))).map((f) => [f.ruleId, f.message])).toEqual([['posts/placeholder', expect.stringContaining('This text is empty')]]);
    expect(await ids(post(front.replace('ready', 'draft'), '\n'))).toEqual([]);
    const variants = '\n::: instagram\nTon croissant.\n:::\n\n::: facebook\nTon croissant t’attend.\n:::\n';
    expect(await ids(post(front, variants))).toEqual([]);
    expect(await ids(post(front, '\n::: facebook\nTon croissant t’attend.\n:::\n'))).toEqual(['posts/placeholder@6:1']);
  });
});

describe('checkPostText: a post without its strategy', () => {
  it('says what to do, once, and still makes the checks that need no strategy', async () => {
    const text = post('platforms: [instagram]\nstatus: ready\ndate: 2027-01-12', 'TODO\n');
    const got = await findings(text, { problem: 'none' });
    expect(got.map((f) => `${f.ruleId}@${f.line}:${f.col}`)).toEqual(['posts/no-strategy@1:1', 'posts/placeholder@6:1']);
    expect(got[0]!.message).toMatch(/--strategy FILE/);
  });

  it('names the strategies to choose from when there are several', async () => {
    const got = await findings(post('platforms: [x]\nstatus: draft', 'Text\n'), { problem: 'several', folder: 'team', files: ['a.strategy.yaml', 'b.strategy.yaml'] });
    expect(got[0]!.message).toContain('a.strategy.yaml, b.strategy.yaml in team');
  });
});

describe('checkPostText: configuration and inline directives', () => {
  const ready = 'platforms: [instagram]\nstatus: ready\ndate: 2027-01-12';

  it('turns a rule off or changes its severity from the config', async () => {
    const text = post(ready, 'TODO\n');
    expect(await ids(text)).toEqual(['posts/placeholder@6:1']);
    expect(await findings(text, CAFE, { severityOverride: (id) => (id === 'posts/placeholder' ? 'off' : undefined) })).toEqual([]);
    const [warned] = await findings(text, CAFE, { severityOverride: (id) => (id === 'posts/placeholder' ? 'warn' : undefined) });
    expect(warned!.severity).toBe('warn');
  });

  it('silences the next line of the body with an HTML comment, and never reads the comment as text', async () => {
    const text = post(ready, 'Avant\n<!-- plan-disable-next-line posts/placeholder -- TODO voulu pour la démo -->\nTODO\nTODO\n');
    expect(await ids(text)).toEqual(['posts/placeholder@9:1']);
  });

  it('silences a front matter line with a # comment', async () => {
    const text = post('platforms: [instagram]\n# plan-disable-next-line posts/platform-not-chosen -- test account for the launch\n  - tiktok\nstatus: draft', 'Texte\n').replace('platforms: [instagram]\n', 'platforms:\n  - instagram\n');
    expect(await ids(text)).toEqual([]);
    expect(await ids(text.replace(/# plan-disable.*\n/, ''))).toEqual(['posts/platform-not-chosen@4:5']);
  });

  it('reports a directive without a reason, and one that silences nothing', async () => {
    const got = await ids(post(ready, '<!-- plan-disable-next-line posts/placeholder -->\nTODO\n<!-- plan-disable-next-line posts/approval -- not edgy -->\nFin\n'));
    expect(got).toEqual(['suppress/missing-reason@6:1', 'posts/placeholder@7:1', 'suppress/unused@8:1']);
  });
});

describe('post rules', () => {
  it('each have a heading in docs/posts.md, where their docs URL lands', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'posts.md'), 'utf8');
    const anchors = new Set([...doc.matchAll(/^#{1,6} (.+)$/gm)].map((m) => headingAnchor(m[1]!.trim())));
    for (const rule of POST_RULES) expect(anchors.has(rule.meta.docs.url.split('#')[1]!), rule.id).toBe(true);
    for (const id of POST_CHECK_IDS) expect(anchors.has(headingAnchor(id)), id).toBe(true);
  });

  it('have ids in the posts/ family, a docs URL in docs/posts.md, messages in both languages', () => {
    for (const rule of POST_RULES) {
      expect(rule.id).toMatch(/^posts\/[a-z-]+$/);
      expect(rule.meta.docs.url).toMatch(new RegExp(`docs/posts\\.md#${rule.id.replace('/', '')}$`));
      expect(Object.keys(rule.messages.fr).sort()).toEqual(Object.keys(rule.messages.en).sort());
    }
  });

  it('pass their own passing example and fail their failing one', async () => {
    // The strategy the examples of `plan rules` assume: a French, tu-saying café on Instagram.
    const owner: PostStrategy = {
      file: 'strategy.yaml',
      strategy: {
        version: 1,
        organization: { name: 'Café', language: 'fr' },
        platforms: [{ id: 'instagram', role: 'primary' }],
        audiences: [{ id: 'regulars', name: 'Regulars' }],
        editorial_line: { positioning: 'The corner café', tone: { address: 'tu' }, pillars: [{ id: 'behind-the-scenes', name: 'Behind the scenes', share: 80 }, { id: 'offers', name: 'Offers', share: 20 }] },
        calendar: { blackout_dates: ['2027-12-25'] },
      } as unknown as Strategy,
    };
    for (const rule of POST_RULES) {
      if (!rule.examples) continue;
      const run = async (text: string) => (await checkPostText(text, 'p.md', owner, { now: NOW, postRules: [rule] })).findings.filter((f) => f.ruleId === rule.id);
      for (const examples of [rule.examples, ...(rule.examples.fr ? [rule.examples.fr] : [])]) {
        expect(await run(examples.pass), `${rule.id} pass`).toEqual([]);
        expect((await run(examples.fail)).length, `${rule.id} fail`).toBeGreaterThan(0);
      }
    }
  });
});

describe('checkPostBytes', () => {
  it.each([
    ['NUL bytes', Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00]), 'yaml/binary', { line: 2, col: 1 }, /A post is a Markdown text file/],
    ['UTF-16', Uint8Array.from([0xff, 0xfe, 0x2d, 0x00]), 'yaml/encoding', { line: 1, col: 1 }, /UTF-16/],
    // The strategy's decoder names the byte after the longest prefix that could still be valid.
    ['invalid UTF-8', Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28]), 'yaml/encoding', { line: 2, col: 2 }, /not valid UTF-8 \(byte 5\)/],
  ])('reports %s at the byte, as for a strategy', async (_, bytes, ruleId, start, message) => {
    const { findings } = await checkPostBytes(bytes, 'p.md', CAFE, { lang: 'en' });
    expect(findings).toEqual([expect.objectContaining({ ruleId, range: { start, end: start }, message: expect.stringMatching(message) })]);
  });

  it('reads a BOM and CRLF file at the lines and columns an editor shows', async () => {
    const bytes = new TextEncoder().encode('\ufeff---\r\nplatforms: [instagram]\r\nstatus: draft\r\n---\r\nVotre café\r\n');
    const { findings } = await checkPostBytes(bytes, 'p.md', CAFE, { lang: 'en' });
    expect(findings.map((f) => [f.ruleId, f.range.start])).toEqual([['posts/form-of-address', { line: 5, col: 1 }]]);
  });
});
