// The committed example reports (examples/reports/) must match what `plan report` says today
// about each example's data (examples/data/): regenerate them with `npm run examples:reports`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPlan } from '../helpers/cli.js';

// Must equal REPORTS_NOW in scripts/examples-reports.mjs (checked below).
const REPORTS_NOW = '2027-01-12';
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.strategy.yaml')).sort();

describe('examples/reports', () => {
  it('the script and this test use the same fixed date', () => {
    expect(readFileSync(join(ROOT, 'scripts', 'examples-reports.mjs'), 'utf8')).toContain(`REPORTS_NOW = '${REPORTS_NOW}'`);
  });

  it('has data and a report in both formats for every example, and nothing else', () => {
    const names = examples.map((f) => f.replace(/\.strategy\.yaml$/, ''));
    expect(readdirSync(join(ROOT, 'examples', 'data')).sort()).toEqual(names);
    const committed = readdirSync(join(ROOT, 'examples', 'reports')).filter((f) => /\.(md|html)$/.test(f)).sort();
    expect(committed, 'run `npm run examples:reports`').toEqual(names.flatMap((n) => [`${n}.html`, `${n}.md`]).sort());
  });

  for (const file of examples) {
    const name = file.replace(/\.strategy\.yaml$/, '');
    it(`${name}: every objective followed, and both reports up to date (npm run examples:reports)`, async () => {
      const json = await runPlan(['report', `examples/${file}`, '--data', `examples/data/${name}`, '--format', 'json', '--now', REPORTS_NOW]);
      expect(json.code, json.stderr).toBe(0);
      const report = JSON.parse(json.stdout) as { objectives: { id: string; status: string }[] };
      expect(report.objectives.filter((o) => o.status === 'not-followed' || o.status === 'no-data'), name).toEqual([]);
      for (const format of ['md', 'html']) {
        const result = await runPlan(['report', `examples/${file}`, '--data', `examples/data/${name}`, '--format', format, '--now', REPORTS_NOW]);
        expect(result.code, result.stderr).toBe(0);
        const committed = readFileSync(join(ROOT, 'examples', 'reports', `${name}.${format}`), 'utf8');
        expect(result.stdout === committed, `examples/reports/${name}.${format} is stale: run \`npm run examples:reports\``).toBe(true);
      }
    });
  }
});
