// X's counting against twitter-text's own conformance cases (test/fixtures/twitter-text), read
// from the file as its README asks: the weighted length, and the first character over 280 at the
// index after twitter-text's validRangeEnd.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { countX } from '../../../src/posts/count/x.js';
import { twitterText } from '../../../src/posts/count/twitter-text.js';
import { ROOT } from '../../helpers/cli.js';

interface Case {
  description: string;
  text: string;
  expected: { weightedLength: number; valid: boolean; validRangeEnd: number };
}

const dir = join(ROOT, 'test', 'fixtures', 'twitter-text');
const suite = parse(readFileSync(join(dir, 'validate.yml'), 'utf8')) as { tests: Record<string, Case[]> };
// Config v3 (emoji count 2) is the one X uses; WeightedTweetsCounterTest is the older v2.
const cases = [...suite.tests.WeightedTweetsWithDiscountedEmojiCounterTest!, ...suite.tests.UnicodeDirectionalMarkerCounterTest!];

describe('countX on twitter-text conformance (config v3)', () => {
  it('reads the published cases', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.description, c] as const))('%s', async (_d, c) => {
    const m = await countX(c.text, 280);
    expect(m.length).toBe(c.expected.weightedLength);
    if (c.expected.weightedLength > 280) expect(m.overAt).toBe(c.expected.validRangeEnd + 1);
    else expect(m.overAt).toBeUndefined();
  });

  it('uses the published config v3', async () => {
    const published = JSON.parse(readFileSync(join(dir, 'v3.json'), 'utf8'));
    expect((await twitterText()).configs.version3).toEqual(published);
  });
});

describe('countX, where a post overflows', () => {
  it('points at a link that crosses the limit, not inside it', async () => {
    const text = `${'a'.repeat(270)} https://example.com/a/long/path`;
    const m = await countX(text, 280);
    expect(m.length).toBe(271 + 23);
    expect(m.overAt).toBe(271);
  });

  it('points at the start of an emoji sequence that crosses the limit', async () => {
    const family = '👨‍👩‍👧‍👦';
    const m = await countX('a'.repeat(279) + family, 280);
    expect(m).toMatchObject({ length: 281, overAt: 279 });
  });

  it('maps an overflow after decomposed letters back onto the text as written', async () => {
    // Each "é" is written e + U+0301 (two code units), one character once normalised.
    const text = 'e\u0301'.repeat(280) + 'xyz';
    const m = await countX(text, 280);
    expect(m.length).toBe(283);
    expect(m.overAt).toBe(560);
  });

  it('takes an account limit (Premium)', async () => {
    expect((await countX('a'.repeat(1000), 25_000)).overAt).toBeUndefined();
    expect((await countX('a'.repeat(1000), 999)).overAt).toBe(999);
  });
});
