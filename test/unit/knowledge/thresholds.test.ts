// The consistency rules' thresholds: each has a public source, and docs/rules.md gives its default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as knowledge from '../../../src/knowledge/thresholds.js';
import type { Threshold } from '../../../src/knowledge/thresholds.js';

const thresholds = Object.entries(knowledge).filter((entry): entry is [string, Threshold] => typeof entry[1] === 'object' && entry[1] !== null && 'value' in entry[1]);
const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
const table = doc.slice(doc.indexOf('| Threshold | Default |'), doc.indexOf('\n\n', doc.indexOf('| Threshold | Default |')));

describe('consistency thresholds', () => {
  it('are all found', () => expect(thresholds.length).toBeGreaterThanOrEqual(6));

  it.each(thresholds)('%s has a public source and a checked date', (_name, threshold) => {
    expect(threshold.value).toBeGreaterThan(0);
    expect(threshold.source.url).toMatch(/^https:\/\/[^/]+\.[a-z]+\//);
    expect(threshold.source.url).not.toMatch(/shared\/research/);
    expect(threshold.source.title.length).toBeGreaterThan(5);
    expect(threshold.source.publisher.length).toBeGreaterThan(2);
    expect(threshold.source.checked_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(thresholds)('%s has its default in the docs table', (_name, threshold) => {
    const rows = table.split('\n').filter((row) => new RegExp(`\\| ${threshold.value}( |\\b)`).test(row));
    expect(rows.length, `no row with ${threshold.value} in:\n${table}`).toBeGreaterThan(0);
  });
});
