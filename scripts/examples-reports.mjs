// Regenerate examples/reports/: the report of every examples/*.strategy.yaml against its data
// (examples/data/<name>/), in Markdown and HTML, in the strategy's language, through the built
// `plan` (run `npm run build` first; the npm script does). A fixed --now keeps the files stable;
// test/e2e/report-examples.test.ts fails when they are stale.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The date every example report is made on. Keep in step with the test. */
export const REPORTS_NOW = '2027-01-12';
export const FORMATS = ['md', 'html'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'examples', 'reports');
await mkdir(out, { recursive: true });

const examples = (await readdir(join(root, 'examples'))).filter((f) => f.endsWith('.strategy.yaml')).sort();
const expected = new Set();
let failed = 0;
for (const file of examples) {
  const name = file.slice(0, -'.strategy.yaml'.length);
  for (const format of FORMATS) {
    const target = `${name}.${format}`;
    expected.add(target);
    const args = ['report', `examples/${file}`, '--data', `examples/data/${name}`, '--format', format, '--now', REPORTS_NOW, '--out', `examples/reports/${target}`, '--force', '--quiet'];
    const result = spawnSync(process.execPath, [join(root, 'bin', 'plan.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    if (result.status !== 0) {
      failed++;
      process.stderr.write(`examples/${file} (${format}) failed with exit ${result.status}:\n${result.stderr}\n`);
    } else {
      process.stdout.write(`examples/reports/${target}\n`);
    }
  }
}
// Reports of examples that no longer exist would mislead: remove them.
for (const file of await readdir(out)) {
  if (/\.(md|html)$/.test(file) && !expected.has(file)) {
    await rm(join(out, file));
    process.stdout.write(`removed examples/reports/${file}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
