// The table of which export gives which metric (src/report/metrics.ts) is what the readers read:
// the not-followable rule and the report rely on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../helpers/cli.js';
import { EXPORT_METRICS, exportsGiving, followedThrough, PLATFORM_EXPORT_KINDS, platformsWithExports } from '../../../../src/report/metrics.js';
import { EXPORT_SPECS } from '../../../../src/report/read/kinds/index.js';
import { META_DAILY_METRICS } from '../../../../src/report/read/meta-daily.js';
import { METRICS } from '../../../../src/report/types.js';

describe('the metrics table', () => {
  it('has one reader per export kind', () => {
    expect([...EXPORT_SPECS.map((spec) => spec.kind), 'meta-facebook-daily', 'meta-instagram-daily'].sort()).toEqual([...PLATFORM_EXPORT_KINDS].sort());
  });

  it.each(['meta-facebook-daily', 'meta-instagram-daily'] as const)('%s: the table lists the metrics its titles name', (kind) => {
    expect([...EXPORT_METRICS[kind].metrics].sort()).toEqual([...META_DAILY_METRICS].sort());
  });

  it.each(EXPORT_SPECS.map((spec) => [spec.kind, spec] as const))('%s: the table lists exactly the metrics its columns give', (kind, spec) => {
    const entry = EXPORT_METRICS[kind];
    const given = new Set(spec.figures.map((column) => column.metric));
    if (entry.rows === 'post') given.add('posts');
    expect([...given].sort()).toEqual([...entry.metrics].sort());
    expect(entry.metrics.every((metric) => (METRICS as readonly string[]).includes(metric))).toBe(true);
    // A post export has a post column; a daily one has none.
    expect(spec.post !== undefined).toBe(entry.rows === 'post');
  });

  it('answers which exports give a metric for a platform', () => {
    expect(exportsGiving('linkedin', 'impressions').sort()).toEqual(['linkedin-metrics', 'linkedin-posts']);
    expect(exportsGiving('instagram', 'reach').sort()).toEqual(['meta-instagram-daily', 'meta-instagram-posts']);
    expect(exportsGiving('instagram', 'followers')).toEqual([]);
    expect(exportsGiving('all', 'followers')).toEqual(['tiktok-followers']);
    expect(exportsGiving('bluesky', 'posts')).toEqual([]);
    expect(followedThrough('tiktok', 'followers')).toBe('export');
    expect(followedThrough('instagram', 'followers')).toBe('neutral');
    expect(followedThrough('x', 'custom')).toBe('neutral');
    expect(platformsWithExports().sort()).toEqual(['facebook', 'instagram', 'linkedin', 'tiktok', 'x', 'youtube']);
  });
});

describe('docs/exports.md', () => {
  it('shows the same table', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'exports.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([a-z-]+)` \| ([a-z]+) \| (post|day) \| ([a-z, -]+) \|$/gm)].map((m) => [m[1], { platform: m[2], rows: m[3], metrics: m[4]!.split(', ') }]);
    expect(Object.fromEntries(rows)).toEqual(EXPORT_METRICS);
  });
});
