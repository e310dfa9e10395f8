// The counting rules through the post check itself: each finding at the line and column of the post
// file where the platform's limit is first passed, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PostRule } from '../../../src/posts/types.js';
import { postForbiddenCharacters } from '../../../src/rules/posts/forbidden-characters.js';
import { postFrenchText } from '../../../src/rules/posts/french-text.js';
import { postHashtagLimit } from '../../../src/rules/posts/hashtag-limit.js';
import { postHashtagsShown } from '../../../src/rules/posts/hashtags-shown.js';
import { postLinkLimit } from '../../../src/rules/posts/link-limit.js';
import { postLinkNotClickable } from '../../../src/rules/posts/link-not-clickable.js';
import { postTooLong } from '../../../src/rules/posts/too-long.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { checkPostText } from '../../../src/validate/check-post.js';
import { headingAnchor } from '../../../src/rules/docs.js';
import { ROOT } from '../../helpers/cli.js';

function strategy(organization: Partial<Strategy['organization']> = {}, platforms: Partial<Strategy['platforms'][number]>[] = []): Strategy {
  return {
    version: 1,
    organization: { name: 'Café Boréal', language: 'en', ...organization },
    platforms: platforms.map((p) => ({ role: 'primary', ...p })),
    audiences: [{ id: 'locals', name: 'Locals' }],
    editorial_line: { positioning: 'Warm' },
  } as unknown as Strategy;
}

async function findings(rule: PostRule, text: string, s: Strategy = strategy(), lang: 'en' | 'fr' = 'en') {
  const result = await checkPostText(text, 'posts/p.md', { file: 'strategy.yaml', strategy: s }, { lang, postRules: [rule], now: new Date('2027-01-01T12:00:00Z') });
  return result.findings.filter((f) => f.ruleId === rule.id);
}

const post = (platforms: string, body: string, extra = '') => `---\nplatforms: [${platforms}]\nstatus: draft\n${extra}---\n${body}\n`;

describe('posts/too-long', () => {
  it('points at the first character over X’s 280, links counting 23', async () => {
    const body = `${'a'.repeat(250)} https://example.com/${'p'.repeat(80)} ${'b'.repeat(10)}`;
    // 250 + 1 + 23 + 1 = 275: the 6th b is the 281st.
    const [f, ...rest] = await findings(postTooLong, post('x', body));
    expect(rest).toEqual([]);
    expect(f!.range.start).toEqual({ line: 5, col: 1 + 250 + 1 + 100 + 1 + 5 });
    expect(f!.message).toMatch(/^X \(Twitter\) takes 280 characters as X counts them.*counts 285\. .*cut 5/);
  });

  it('passes a text at the limit', async () => {
    expect(await findings(postTooLong, post('x', 'a'.repeat(280)))).toEqual([]);
  });

  it('checks each platform on its own text: the variant for X, the body for Bluesky', async () => {
    const text = post('x, bluesky', `${'é'.repeat(301)}\n\n::: x\nShort for X.\n:::`);
    const [f, ...rest] = await findings(postTooLong, text);
    expect(rest).toEqual([]);
    expect(f!.message).toMatch(/^Bluesky takes 300 characters/);
    expect(f!.range.start).toEqual({ line: 5, col: 301 });
  });

  it('counts Threads in bytes, in French', async () => {
    const [f] = await findings(postTooLong, post('threads', 'é'.repeat(251)), strategy({ language: 'fr' }), 'fr');
    expect(f!.range.start).toEqual({ line: 5, col: 251 });
    expect(f!.message).toMatch(/^Threads accepte 500 octets .*en compte 502/);
  });

  it('takes the server limit the strategy sets for Mastodon', async () => {
    const text = post('mastodon', 'a'.repeat(600));
    expect(await findings(postTooLong, text)).toHaveLength(1);
    expect(await findings(postTooLong, text, strategy({}, [{ id: 'mastodon', max_characters: 1000 }]))).toEqual([]);
  });

  it('does not count the plan-disable comments and notes, which are not published', async () => {
    const text = post('x', `<!-- a note to the team, ${'long '.repeat(80)} -->\n${'a'.repeat(280)}`);
    expect(await findings(postTooLong, text)).toEqual([]);
  });

  it('checks a YouTube title', async () => {
    const [f] = await findings(postTooLong, post('youtube', 'Description.', `title: ${'T'.repeat(101)}\n`));
    expect(f!.range.start.line).toBe(4);
    expect(f!.message).toMatch(/YouTube title takes 100/);
  });
});

describe('hashtags on Instagram', () => {
  const tags = (n: number) => Array.from({ length: n }, (_, i) => `#t${i + 1}`).join(' ');

  it('30 pass the API, the 31st is an error at its place', async () => {
    expect(await findings(postHashtagLimit, post('instagram', tags(30)))).toEqual([]);
    const [f] = await findings(postHashtagLimit, post('instagram', tags(31)));
    expect(f!.range.start).toEqual({ line: 5, col: tags(30).length + 2 });
    expect(f!.severity).toBe('error');
  });

  it('over 5 is a warning at the 6th, and only the error past 30', async () => {
    expect(await findings(postHashtagsShown, post('instagram', tags(5)))).toEqual([]);
    const [f] = await findings(postHashtagsShown, post('instagram', tags(6)));
    expect(f!.range.start).toEqual({ line: 5, col: tags(5).length + 2 });
    expect(f!.severity).toBe('warn');
    expect(await findings(postHashtagsShown, post('instagram', tags(31)))).toEqual([]);
  });

  it('leaves other platforms alone', async () => {
    expect(await findings(postHashtagsShown, post('linkedin', tags(10)))).toEqual([]);
  });
});

describe('links', () => {
  it('Threads refuses a sixth different link, not a repeated one', async () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://example.com/${i + 1}`).join(' ');
    expect(await findings(postLinkLimit, post('threads', `${links(5)} https://example.com/1`))).toEqual([]);
    const [f] = await findings(postLinkLimit, post('threads', links(6)));
    expect(f!.range.start).toEqual({ line: 5, col: links(5).length + 2 });
  });

  it('an Instagram caption link is not clickable, a bare domain either', async () => {
    const found = await findings(postLinkNotClickable, post('instagram', 'Menu: https://example.com/menu or cafe.com'));
    expect(found.map((f) => f.range.start.col)).toEqual([7, 35]);
    expect(await findings(postLinkNotClickable, post('linkedin', 'Menu: https://example.com/menu'))).toEqual([]);
  });
});

describe('posts/forbidden-characters', () => {
  it('finds < and > in a YouTube description and title', async () => {
    const found = await findings(postForbiddenCharacters, post('youtube', 'From <flour> to loaf.', 'title: A <b> title\n'));
    expect(found.map((f) => `${f.range.start.line}:${f.range.start.col}`)).toEqual(['4:8', '6:6', '6:12']);
  });

  it('lets other platforms have them', async () => {
    expect(await findings(postForbiddenCharacters, post('x', 'I <3 bread'))).toEqual([]);
  });
});

describe('posts/french-text', () => {
  const quebec = strategy({ region: 'CA-QC', language: 'fr' });
  const english = 'Our croissants come out of the oven at 7 every morning. See you there!';
  const french = 'Nos croissants sortent du four à 7 h tous les matins. On vous attend!';

  it('flags an English-only post of a Québec organization, at its text', async () => {
    const [f] = await findings(postFrenchText, post('instagram', english), quebec, 'fr');
    expect(f!.range.start).toEqual({ line: 5, col: 1 });
    expect(f!.message).toMatch(/Charte de la langue française/);
  });

  it('passes a French post, and a bilingual one with the French first or second', async () => {
    expect(await findings(postFrenchText, post('instagram', french), quebec)).toEqual([]);
    expect(await findings(postFrenchText, post('instagram', `${french}\n\n${english}`), quebec)).toEqual([]);
    expect(await findings(postFrenchText, post('instagram', `${english}\n\n${french}`), quebec)).toEqual([]);
  });

  it('flags an English variant of a French strategy', async () => {
    const [f] = await findings(postFrenchText, post('instagram, x', `${french}\n\n::: x\n${english}\n:::`), strategy({ language: 'fr' }));
    expect(f!.range.start).toEqual({ line: 8, col: 1 });
    expect(f!.message).toMatch(/the `x` variant/);
  });

  it('says nothing of a text too short to tell, or of an English strategy outside Québec', async () => {
    expect(await findings(postFrenchText, post('x', 'Merci! #MTL https://example.com'), quebec)).toEqual([]);
    expect(await findings(postFrenchText, post('x', english), strategy({ region: 'CA-ON' }))).toEqual([]);
  });
});

describe('the counting rules are documented', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'posts.md'), 'utf8');
  const anchors = new Set([...doc.matchAll(/^#{2,4} (.+)$/gm)].map((m) => headingAnchor(m[1]!)));
  it.each([postTooLong, postHashtagLimit, postHashtagsShown, postLinkLimit, postLinkNotClickable, postForbiddenCharacters, postFrenchText].map((r) => [r.id, r] as const))('%s has a heading in docs/posts.md', (_id, rule) => {
    const url = rule.meta.docs.url;
    expect(url).toMatch(/\/docs\/posts\.md#/);
    expect(anchors.has(url.split('#')[1]!)).toBe(true);
  });

  it.each([postTooLong, postHashtagLimit, postHashtagsShown, postLinkLimit, postLinkNotClickable, postForbiddenCharacters, postFrenchText].map((r) => [r.id, r] as const))('%s: its fail example fails and its pass example passes', async (_id, rule) => {
    const s = strategy({ region: 'CA-QC', language: 'fr' });
    expect(await findings(rule, rule.examples!.fail, s)).not.toEqual([]);
    expect(await findings(rule, rule.examples!.pass, rule === postFrenchText ? s : strategy())).toEqual([]);
    expect(await findings(rule, rule.examples!.fr!.fail, s, 'fr')).not.toEqual([]);
    expect(await findings(rule, rule.examples!.fr!.pass, s, 'fr')).toEqual([]);
  });
});
