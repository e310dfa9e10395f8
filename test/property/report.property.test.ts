// Properties of the report's core and formats, over any figures and any text: the status only
// gets better as more of the way is done, the shares stay where they belong, and no user text
// reaches the Markdown or HTML unescaped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/format/index.js';
import { buildReport } from '../../src/report/model.js';
import { objectiveProgress } from '../../src/report/progress.js';
import { statusOf, STATUSES, type Status } from '../../src/report/status.js';
import type { Observation } from '../../src/report/types.js';
import type { Objective, Strategy } from '../../src/strategy/types.js';

// From best to worst, for the statuses a followed objective can have before its deadline.
const RANK: Partial<Record<Status, number>> = { reached: 0, 'on-track': 1, behind: 2, 'at-risk': 3 };
const day = (n: number) => new Date(Date.UTC(2026, 10, 2) + n * 86_400_000).toISOString().slice(0, 10);

describe('report properties', () => {
  it('more of the way done, with the same time gone and pace so far counted alike, never gives a worse status', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1.5, noNaN: true }), fc.double({ min: -1, max: 1.5, noNaN: true }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), (a, b, gone, left) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const elapsed = gone / (gone + left);
        const status = (done: number) => statusOf({ done, elapsed, paceSoFar: done / gone, paceNeeded: done >= 1 ? 0 : (1 - done) / left, overdue: false });
        expect(RANK[status(high)]!).toBeLessThanOrEqual(RANK[status(low)]!);
      }),
    );
  });

  it('gives a known status, a time share between 0 and 1, and a current figure among the levels, for any series', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 200 }), value: fc.integer({ min: 0, max: 1_000_000 }), platform: fc.constantFrom('instagram', 'facebook') }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('last', 'sum', 'mean'),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (points, aggregate, baseline, target) => {
          const observations: Observation[] = points.map((p, i) => ({ date: day(p.day), platform: p.platform, metric: 'reach', value: p.value, post: `p${i}`, source: { file: 'f.csv', line: i + 2 } }));
          const objective = { id: 'o', statement: 's', baseline, target, deadline: day(150), measure: { platform: 'all', metric: 'reach', aggregate } } as Objective;
          const p = objectiveProgress(objective, observations, { today: day(120), platforms: ['instagram', 'facebook'] });
          expect(STATUSES).toContain(p.status);
          if (p.status === 'no-data') return;
          expect(p.elapsed).toBeGreaterThanOrEqual(0);
          expect(p.elapsed).toBeLessThanOrEqual(1);
          expect(p.series.map((s) => s.value)).toContain(p.current);
          expect(p.asOf! <= day(120)).toBe(true);
        },
      ),
    );
  });

  it('escapes any organization name, objective id and pillar tag in Markdown and HTML', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 20 }), (name, tag) => {
        const hostile = `${name}<script>x</script>|*`;
        const strategy = {
          version: 1,
          organization: { name: hostile, language: 'en' },
          platforms: [{ id: 'instagram', role: 'primary', name: hostile, cadence: { posts: 3, per: 'week' } }],
          audiences: [],
          editorial_line: { positioning: 'x', tone: {}, pillars: [{ id: 'p', name: hostile, share: 100 }] },
          objectives: [{ id: 'o', statement: hostile, unit: hostile, baseline: 1, target: 10, deadline: '2027-06-30', measure: { platform: 'instagram', metric: 'reach', aggregate: 'sum' } }],
        } as unknown as Strategy;
        const observations: Observation[] = [
          { date: '2027-01-04', platform: 'instagram', metric: 'reach', value: 3, post: 'a', pillar: `${tag}<img onerror=x>`, source: { file: 'f', line: 2 } },
          { date: '2027-01-05', platform: 'instagram', metric: 'reach', value: 4, post: 'b', pillar: 'p', source: { file: 'f', line: 3 } },
        ];
        const report = buildReport(strategy, { observations, files: [], duplicates: 0 }, { today: '2027-01-10' });
        for (const lang of ['en', 'fr'] as const) {
          const html = formatReport(report, 'html', { lang, color: false });
          expect(html).not.toMatch(/<script>x|<img onerror/);
          const md = formatReport(report, 'md', { lang, color: false });
          // Markdown escapes with a backslash: `\<script` prints as text.
          expect(md).not.toMatch(/(?<!\\)<(script|img)/);
          // Every row of a table has as many cells as its header: no user pipe ends a cell early.
          const cells = (row: string) => row.split(/(?<!\\)\|/).length;
          const tables: string[][] = [];
          let previous = false;
          for (const line of md.split('\n')) {
            const inTable = line.startsWith('|');
            if (inTable && !previous) tables.push([]);
            if (inTable) tables[tables.length - 1]!.push(line);
            previous = inTable;
          }
          // The objectives, the posts and the pillars.
          expect(tables).toHaveLength(3);
          for (const rows of tables) for (const row of rows) expect(cells(row), row).toBe(cells(rows[0]!));
        }
      }),
      { numRuns: 60 },
    );
  });
});
