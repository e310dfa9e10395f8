// The shipped platform knowledge: complete, sourced, and the estimates the rules rely on.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS, audienceFit, estimateReach, platformFacts, postsPerWeek } from '../../../src/knowledge/index.js';
import { ROOT } from '../../helpers/cli.js';
// @ts-expect-error: build script in plain JavaScript
import { buildPlatforms } from '../../../scripts/generate-platforms.mjs';

const CATALOGUE = ['facebook', 'instagram', 'tiktok', 'x', 'linkedin', 'youtube', 'pinterest', 'threads', 'bluesky', 'mastodon', 'snapchat', 'reddit'];

describe('platform catalogue', () => {
  it('covers every platform the schema names', () => {
    expect(PLATFORMS.map((p) => p.id)).toEqual(expect.arrayContaining(CATALOGUE));
  });

  it.each(PLATFORMS.map((p) => [p.id, p] as const))('%s is complete and sourced', (_id, p) => {
    expect(p.hint.en.length).toBeGreaterThan(10);
    expect(p.hint.fr.length).toBeGreaterThan(10);
    expect(p.cadence.recommended[0]).toBeLessThanOrEqual(p.cadence.recommended[1]);
    expect(p.cadence.active_min).toBeGreaterThan(0);
    const facts = new Set(p.sources.map((s) => s.fact));
    expect(facts.has('cadence')).toBe(true);
    if (p.text_limit) expect(facts.has('text_limit')).toBe(true);
    if (p.formats.length && !p.formats_weak) expect(facts.has('formats')).toBe(true);
    for (const r of p.reach ?? []) expect(facts.has(`reach:${r.region}`)).toBe(true);
    for (const s of p.sources) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.checked_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('records the counting quirks that matter', () => {
    expect(platformFacts('x')?.text_limit).toMatchObject({ chars: 280, counting: 'weighted' });
    expect(platformFacts('bluesky')?.text_limit).toMatchObject({ chars: 300, counting: 'graphemes' });
    expect(platformFacts('mastodon')?.text_limit).toMatchObject({ chars: 500, counting: 'per-instance' });
    expect(platformFacts('threads')?.text_limit).toMatchObject({ chars: 500, counting: 'utf8-bytes', links: { max: 5 } });
    expect(platformFacts('bluesky')?.text_limit).toMatchObject({ bytes: 3000 });
    expect(platformFacts('youtube')?.text_limit).toMatchObject({ chars: 5000, counting: 'utf8-bytes', title: 100, forbidden: '<>' });
    expect(platformFacts('instagram')?.text_limit).toMatchObject({ hashtags: { max: 30, shown: 5 }, links: { clickable: false } });
  });

  it('gives no good days, since no source names them', () => {
    expect(PLATFORMS.filter((p) => p.good_days)).toEqual([]);
  });
});

describe('postsPerWeek', () => {
  it.each([[1, 'day', 7], [3, 'week', 3], [13, 'month', 3]] as const)('%i per %s is %d a week', (posts, per, weekly) => {
    expect(postsPerWeek(posts, per)).toBeCloseTo(weekly);
  });
});

describe('estimateReach and audienceFit', () => {
  it.each([
    ['instagram', { min: 18, max: 29 }, 'US', 78],
    ['instagram', { min: 65, max: 80 }, 'US', 15],
    ['instagram', { min: 18, max: 34 }, 'CA-QC', 69],
    // NETendances has no 65+ band: Québec falls back to Pew.
    ['snapchat', { min: 65, max: 80 }, 'CA-QC', 4],
    ['mastodon', { min: 30, max: 40 }, 'US', undefined],
    ['youtube', { min: 10, max: 15 }, 'US', undefined],
    ['nope', { min: 20, max: 30 }, 'US', undefined],
  ] as const)('%s, %o in %s: %s%%', (id, age, region, expected) => {
    expect(estimateReach(id, age, region)).toBe(expected);
  });

  it.each([
    // TikTok has figures for young adults only: its 33% of all adults says nothing of 65+.
    ['tiktok', { min: 65, max: 90 }, 'US', 33, undefined],
    ['tiktok', { min: 65, max: 90 }, 'CA-QC', 33, undefined],
    // Between Instagram's 18–29 and 65+ bands, the all-adults figure is a fair guess.
    ['instagram', { min: 40, max: 54 }, 'US', 47, 47],
    // Used by most adults: taken to reach every age.
    ['facebook', { min: 65, max: 90 }, 'CA-QC', 76, 76],
    // No band at all: the all-adults figure stands.
    ['x', { min: 65, max: 90 }, 'US', 22, 22],
    ['instagram', { min: 13, max: 17 }, 'US', undefined, undefined],
  ] as const)('strict estimate of %s for %o in %s: %s%% loose, %s%% strict', (id, age, region, loose, strict) => {
    expect(estimateReach(id, age, region)).toBe(loose);
    expect(estimateReach(id, age, region, { strict: true })).toBe(strict);
  });

  it('lists the chosen platforms that have no figure for the age', () => {
    expect(audienceFit({ min: 65, max: 90 }, ['tiktok', 'my-newsletter'], 'US')).toEqual({ better: ['facebook', 'youtube', 'pinterest'], unknown: ['tiktok'] });
  });

  it('names better platforms, best first, when the chosen ones reach an age poorly', () => {
    const fit = audienceFit({ min: 65, max: 80 }, ['snapchat'], 'US');
    expect(fit.reach).toBe(4);
    expect(fit.better.slice(0, 2)).toEqual(['facebook', 'youtube']);
    expect(fit.better).not.toContain('snapchat');
  });

  it('names nothing when the chosen platform is among the best', () => {
    expect(audienceFit({ min: 18, max: 29 }, ['youtube'], 'US')).toEqual({ reach: 93, better: [] });
  });

  it('ranks every platform when none is chosen yet (for the wizard)', () => {
    expect(audienceFit({ min: 18, max: 29 }, [], 'US').better[0]).toBe('youtube');
  });

  it('knows nothing about a persona without ages', () => {
    expect(audienceFit({}, ['instagram'])).toEqual({ better: [] });
  });
});

describe('scripts/generate-platforms.mjs', () => {
  async function withData(edit: (text: string) => string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'plan-knowledge-'));
    try {
      await cp(join(ROOT, 'src', 'knowledge'), join(dir, 'src', 'knowledge'), { recursive: true });
      const file = join(dir, 'src', 'knowledge', 'platforms.yaml');
      await writeFile(file, edit(await readFile(file, 'utf8')));
      await buildPlatforms(dir);
      return '';
    } catch (error) {
      return (error as Error).message;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('accepts the shipped file', async () => {
    expect(await withData((t) => t)).toBe('');
  });

  it('names the line of an unknown source id', async () => {
    const message = await withData((t) => t.replace('source: instagram-ayrshare', 'source: instagram-ayrshar'));
    expect(message).toMatch(/platforms\.yaml:\d+: unknown source "instagram-ayrshar"/);
  });

  it('names the line of a schema mistake', async () => {
    const message = await withData((t) => t.replace('    active_min: 2\n', '    active_min: two\n'));
    const line = (await readFile(join(ROOT, 'src', 'knowledge', 'platforms.yaml'), 'utf8')).split('\n').indexOf('      active_min: 2') + 1;
    expect(message).toMatch(new RegExp(`platforms\\.yaml:${line}: .*active_min must be number`));
  });

  it('rejects a range that goes from high to low', async () => {
    expect(await withData((t) => t.replace('recommended: [3, 7]', 'recommended: [7, 3]'))).toMatch(/low to high/);
  });
});
