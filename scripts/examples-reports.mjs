// Regenerate examples/reports/: the report of every examples/*.strategy.yaml against its data
// (examples/data/<name>/), in Markdown and HTML, in the strategy's language, through the built
// `plan` (run `npm run build` first; the npm script does). A fixed --now keeps the files stable;
// test/e2e/report-examples.test.ts fails when they are stale.
import { regenerate } from './examples-run.mjs';

/** The date every example report is made on. Keep in step with the test. */
export const REPORTS_NOW = '2027-01-12';
export const FORMATS = ['md', 'html'];

await regenerate('reports', FORMATS, (file, name, format, target) => ['report', `examples/${file}`, '--data', `examples/data/${name}`, '--format', format, '--now', REPORTS_NOW, '--out', target, '--force', '--quiet']);
