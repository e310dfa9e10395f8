// Regenerate examples/briefs/: the brief of every examples/*.strategy.yaml, in Markdown and HTML,
// in the strategy's own language, through the built `plan` (run `npm run build` first; the npm
// script does). A fixed --now keeps the files stable; test/unit/brief/examples.test.ts fails when
// they are stale, and lints the Markdown.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The date every example brief says it was generated on. Keep in step with the test. */
export const EXAMPLES_NOW = '2026-11-26';
export const FORMATS = ['md', 'html'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'examples', 'briefs');
await mkdir(out, { recursive: true });

const examples = (await readdir(join(root, 'examples'))).filter((f) => f.endsWith('.strategy.yaml')).sort();
const expected = new Set();
let failed = 0;
for (const file of examples) {
  const name = file.slice(0, -'.strategy.yaml'.length);
  for (const format of FORMATS) {
    const target = `${name}.${format}`;
    expected.add(target);
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin', 'plan.js'), 'brief', `examples/${file}`, '--format', format, '--now', EXAMPLES_NOW, '--out', `examples/briefs/${target}`, '--quiet'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    if (result.status !== 0) {
      failed++;
      process.stderr.write(`examples/${file} (${format}) failed with exit ${result.status}:\n${result.stderr}\n`);
    } else {
      process.stdout.write(`examples/briefs/${target}\n`);
    }
  }
}
// Briefs of examples that no longer exist would mislead: remove them.
for (const file of await readdir(out)) {
  if (/\.(md|html)$/.test(file) && !expected.has(file)) {
    await rm(join(out, file));
    process.stdout.write(`removed examples/briefs/${file}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
