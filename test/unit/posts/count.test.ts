// Each platform's counting, on the examples its documentation gives.
import { describe, expect, it } from 'vitest';
import { platformFacts, type TextLimit } from '../../../src/knowledge/index.js';
import { countFor, firstOver } from '../../../src/posts/count/index.js';
import { countBluesky } from '../../../src/posts/count/bluesky.js';
import { countCharacters } from '../../../src/posts/count/characters.js';
import { findForbidden } from '../../../src/posts/count/forbidden.js';
import { findHashtags } from '../../../src/posts/count/hashtags.js';
import { findLinks } from '../../../src/posts/count/links.js';
import { countMastodon } from '../../../src/posts/count/mastodon.js';
import { countThreads } from '../../../src/posts/count/threads.js';
import { LONGEST_WORD, pieces } from '../../../src/posts/count/chunks.js';

const limit = (id: string): TextLimit => platformFacts(id)!.text_limit!;

describe('Bluesky: 300 graphemes and 3,000 bytes', () => {
  it('counts an emoji family as one grapheme and its bytes in full', () => {
    const [graphemes, bytes] = countBluesky('👨‍👩‍👧‍👦', { graphemes: 300, bytes: 3000 });
    expect(graphemes).toMatchObject({ unit: 'graphemes', length: 1 });
    expect(bytes).toMatchObject({ unit: 'bytes', length: 25 });
  });

  it('stops 300 emoji families at the byte limit first', () => {
    const text = '👨‍👩‍👧‍👦'.repeat(150);
    const measures = countBluesky(text, { graphemes: 300, bytes: 3000 });
    expect(measures[0]!.overAt).toBeUndefined();
    // 25 bytes each: the 121st family passes 3,000 bytes.
    expect(firstOver(measures)).toMatchObject({ unit: 'bytes', length: 3750, overAt: 120 * 11 });
  });

  it('points at the 301st grapheme', () => {
    const text = 'é'.repeat(300) + '!';
    expect(firstOver(countBluesky(text, { graphemes: 300, bytes: 3000 }))).toMatchObject({ unit: 'graphemes', overAt: 300 });
  });
});

describe('Mastodon: links 23, @user@server as @user, the server limit', () => {
  const limits = { chars: 500, urlLength: 23 };

  it('counts every link with a protocol as 23, however long', async () => {
    const url = `https://example.com/${'x'.repeat(200)}`;
    expect((await countMastodon(`Read ${url}`, limits)).length).toBe(5 + 23);
  });

  it('counts a bare domain as written (Mastodon needs the protocol)', async () => {
    expect((await countMastodon('see example.com', limits)).length).toBe(15);
  });

  it('counts a remote mention as its username', async () => {
    expect((await countMastodon('hi @alice@mastodon.social!', limits)).length).toBe('hi @alice!'.length);
    expect((await countMastodon('hi @alice', limits)).length).toBe(9);
  });

  it('leaves an address in a link to the link', async () => {
    expect((await countMastodon('https://mastodon.social/@alice@example.org', limits)).length).toBe(23);
  });

  it('applies the server limit', async () => {
    expect((await countMastodon('a'.repeat(501), limits)).overAt).toBe(500);
    expect((await countMastodon('a'.repeat(501), { chars: 1000, urlLength: 23 })).overAt).toBeUndefined();
  });

  it('points at a link that crosses the limit', async () => {
    const m = await countMastodon(`${'a'.repeat(490)} https://example.com`, limits);
    expect(m).toMatchObject({ length: 514, overAt: 491 });
  });
});

describe('Threads: 500 UTF-8 bytes', () => {
  it('counts an emoji as its 4 bytes and a curly apostrophe as 3', () => {
    expect(countThreads('😀', 500).length).toBe(4);
    expect(countThreads('l’été', 500).length).toBe(1 + 3 + 2 + 1 + 2);
  });

  it('refuses the 498-character, 504-byte text Postiz saw refused', () => {
    const text = 'a'.repeat(495) + '’’’';
    expect(text.length).toBe(498);
    const m = countThreads(text, 500);
    expect(m).toMatchObject({ length: 504, overAt: 496 });
  });
});

describe('characters (LinkedIn, Instagram, TikTok, Facebook): UTF-16 code units', () => {
  it('counts an emoji or a bold letter as 2, as schedulers do', () => {
    expect(countCharacters('😀', 3000).length).toBe(2);
    expect(countCharacters('𝐁old', 3000).length).toBe(5);
  });

  it('points at the grapheme holding the first code unit over', () => {
    expect(countCharacters('a'.repeat(2199) + '😀', 2200)).toMatchObject({ length: 2201, overAt: 2199 });
  });
});

describe('countFor: the platform counting from the knowledge file', () => {
  it.each([
    ['x', `Hi https://example.com/${'x'.repeat(100)} 🎉`, 3 + 23 + 1 + 2],
    ['bluesky', 'Café ☕', 6],
    ['mastodon', 'Café @bob@example.org', 9],
    ['threads', 'Café ☕', 9],
    ['linkedin', 'Café ☕', 6],
    ['instagram', 'Café ☕', 6],
    ['tiktok', 'Café ☕', 6],
    ['facebook', 'Café ☕', 6],
    ['youtube', 'Café ☕', 9],
  ])('%s counts %j as %i', async (platform, text, expected) => {
    const [first] = await countFor(platform, text, limit(platform));
    expect(first!.length).toBe(expected);
  });

  it('gives Bluesky both of its limits', async () => {
    expect((await countFor('bluesky', 'a', limit('bluesky'))).map((m) => [m.unit, m.limit])).toEqual([['graphemes', 300], ['bytes', 3000]]);
  });

  it('takes a server limit in place of the default', async () => {
    const [m] = await countFor('mastodon', 'a'.repeat(600), { ...limit('mastodon'), chars: 1000 });
    expect(m!.overAt).toBeUndefined();
  });
});

describe('links, hashtags and refused characters', () => {
  it('finds bare domains only when asked', async () => {
    const text = 'Menu: https://cafe.com/menu et cafe.ca';
    expect((await findLinks(text, { withoutProtocol: true })).map((l) => l.url)).toEqual(['https://cafe.com/menu', 'cafe.ca']);
    expect((await findLinks(text, { withoutProtocol: false })).map((l) => l.url)).toEqual(['https://cafe.com/menu']);
    expect(await findLinks('Pas de lien ici, juste une phrase.', { withoutProtocol: true })).toEqual([]);
  });

  it('finds hashtags with accents, not headings, anchors or C#', () => {
    const text = '# Titre\n#café #Montréal2027 page#ancre C# #2027 &#39; ＃全角';
    expect(findHashtags(text).map((h) => h.tag)).toEqual(['café', 'Montréal2027', '全角']);
    const [first] = findHashtags(text);
    expect(text.slice(first!.start, first!.end)).toBe('#café');
  });

  it('finds < and > where YouTube refuses them', () => {
    expect(findForbidden('a <b> c', '<>')).toEqual([2, 4]);
  });
});

describe('pieces: long texts cut where no link or emoji can span', () => {
  it('cuts a word longer than LONGEST_WORD at grapheme boundaries, never inside an emoji family', () => {
    const text = `intro ${'👨‍👩‍👧‍👦'.repeat(100)} outro`;
    const ps = pieces(text);
    expect(ps.map((p) => p.text).join('')).toBe(text);
    for (const p of ps) {
      for (const word of p.text.split(/\s/)) expect(word.length).toBeLessThanOrEqual(LONGEST_WORD);
      expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
      // Every piece holds whole families: its emoji run is a multiple of 11 code units.
      expect(p.text.replace(/[a-z ]/g, '').length % 11).toBe(0);
    }
  });

  it('leaves a post of ordinary length whole', () => {
    expect(pieces('Nos croissants sortent du four.')).toEqual([{ text: 'Nos croissants sortent du four.', offset: 0 }]);
  });
});
