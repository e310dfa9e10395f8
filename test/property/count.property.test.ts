// Properties of every platform's counting: a text exactly at its limit passes, one grapheme more
// fails at that grapheme, the overflow always points at a grapheme's start inside the text, and
// X never weighs ASCII text below its character count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { platformFacts } from '../../src/knowledge/index.js';
import { countFor, type Measure } from '../../src/posts/count/index.js';
import { graphemes } from '../../src/posts/count/measure.js';
import { countX } from '../../src/posts/count/x.js';
import { pieces } from '../../src/posts/count/chunks.js';
import { findLinks } from '../../src/posts/count/links.js';
import { twitterText } from '../../src/posts/count/twitter-text.js';

const scale = Number(process.env.PLAN_PROPERTY_RUNS ?? 1);
const PLATFORMS = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'instagram', 'tiktok', 'facebook', 'youtube'];

// Words, emoji, accents (composed and not), CJK, links and mentions, glued at random.
const piece = fc.oneof(
  fc.constantFrom('a', 'é', 'e\u0301', ' ', '\n', '’', '😀', '👨‍👩‍👧‍👦', '🇨🇦', '故', 'https://example.com/x', 'cafe.ca', '@bob@example.org', '#café', '𝐁'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

async function measures(platform: string, t: string, chars: number): Promise<Measure[]> {
  const limit = platformFacts(platform)!.text_limit!;
  return countFor(platform, t, { ...limit, chars, ...(limit.bytes ? { bytes: chars } : {}) });
}

describe('graphemes, a window at a time', () => {
  const whole = (t: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(t)].map((g) => [g.index, g.segment]);
  const mine = (t: string) => [...graphemes(t)].map((g) => [g.index, g.segment]);

  it('finds the clusters Intl.Segmenter finds in the whole text', () => {
    // Long texts of awkward pieces: clusters across window ends, regional-indicator runs, CR LF, marks after ASCII.
    const awkward = fc.constantFrom('a', ' ', '\r', '\n', '\r\n', '\u0301', '\u200d', '👨', '👩', '🇨', '🇦', '\u0600', 'é', '😀', '\ufe0f', '\u20e3', '#');
    fc.assert(
      fc.property(fc.array(fc.oneof(awkward, fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 400 }), (parts) => {
        const t = parts.join('');
        expect(mine(t)).toEqual(whole(t));
      }),
      { numRuns: 200 * scale },
    );
  });

  it('keeps a cluster longer than a window whole', () => {
    const t = `a${'\u0301'.repeat(500)}b`;
    expect(mine(t)).toEqual(whole(t));
  });
});

describe('long texts, piece by piece', () => {
  // Long texts of words: pieces end at white space, so they change nothing.
  const long = fc.array(piece, { minLength: 300, maxLength: 600 }).map((parts) => parts.join(' '));

  it('pieces put back together are the text, each ending at white space', () => {
    fc.assert(
      fc.property(long, (t) => {
        const ps = pieces(t);
        expect(ps.map((p) => p.text).join('')).toBe(t);
        for (const p of ps.slice(0, -1)) expect(/\s$/.test(p.text)).toBe(true);
        for (const p of ps) expect(t.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
      }),
      { numRuns: 30 * scale },
    );
  });

  it('X weighs a long text as twitter-text weighs it whole, and finds the same links', async () => {
    const tt = await twitterText();
    await fc.assert(
      fc.asyncProperty(long, async (t) => {
        expect((await countX(t, 280)).length).toBe(tt.parseTweet(t).weightedLength);
        const whole = tt.extractUrlsWithIndices(t, { extractUrlsWithoutProtocol: true }).map((u) => [u.url, u.indices[0]]);
        expect((await findLinks(t, { withoutProtocol: true })).map((l) => [l.url, l.start])).toEqual(whole);
      }),
      { numRuns: 20 * scale },
    );
  });
});

describe('counting properties', () => {
  it.each(PLATFORMS)('%s: at its own length a text passes; one unit less, it fails at a grapheme start', async (platform) => {
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        for (const m of await measures(platform, t, 25_000)) {
          if (m.length === 0) continue;
          const at = await measures(platform, t, m.length);
          const same = at.find((x) => x.unit === m.unit)!;
          expect(same.overAt).toBeUndefined();
          const below = (await measures(platform, t, m.length - 1)).find((x) => x.unit === m.unit)!;
          expect(below.overAt).toBeDefined();
          const starts = new Set([...graphemes(t)].map((g) => g.index));
          expect(starts.has(below.overAt!)).toBe(true);
        }
      }),
      { numRuns: 60 * scale },
    );
  });

  it.each(PLATFORMS)('%s: one grapheme past the limit fails at that grapheme', async (platform) => {
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('a', 'é', '😀', '故'), async (t, extra) => {
        // A space first, so that the extra grapheme never joins a link, a mention or a cluster.
        const base = `${t} `;
        for (const m of await measures(platform, base, 25_000)) {
          const longer = (await measures(platform, base + extra, m.length)).find((x) => x.unit === m.unit)!;
          expect(longer.overAt).toBe(base.length);
        }
      }),
      { numRuns: 40 * scale },
    );
  });

  it('X never weighs ASCII text without links below its character count', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom(...' abcXYZ019!?,;:-_@#$%&*()[]\n'.split('')), maxLength: 400 }), async (t) => {
        expect((await countX(t, 280)).length).toBeGreaterThanOrEqual(t.length);
      }),
      { numRuns: 100 * scale },
    );
  });

  it('X weighs any text without links at least one per grapheme', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 100 }).filter((t) => !t.includes('.')), async (t) => {
        expect((await countX(t, 280)).length).toBeGreaterThanOrEqual([...graphemes(t.normalize('NFC'))].length);
      }),
      { numRuns: 100 * scale },
    );
  });
});
