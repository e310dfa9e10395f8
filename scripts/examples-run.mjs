// What examples-briefs.mjs and examples-reports.mjs share: run the built `plan` once per example
// strategy and format, writing examples/<folder>/<name>.<format>, and remove the files of
// examples that no longer exist. Exit code 1 when a run failed.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `argsFor(file, name, format, target)`: plan's arguments for one example (target is relative to the root). */
export async function regenerate(folder, formats, argsFor) {
  const out = join(root, 'examples', folder);
  await mkdir(out, { recursive: true });
  const examples = (await readdir(join(root, 'examples'))).filter((f) => f.endsWith('.strategy.yaml')).sort();
  const expected = new Set();
  let failed = 0;
  for (const file of examples) {
    const name = file.slice(0, -'.strategy.yaml'.length);
    for (const format of formats) {
      const target = `${name}.${format}`;
      expected.add(target);
      const args = argsFor(file, name, format, `examples/${folder}/${target}`);
      const result = spawnSync(process.execPath, [join(root, 'bin', 'plan.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      if (result.status !== 0) {
        failed++;
        process.stderr.write(`examples/${file} (${format}) failed with exit ${result.status}:\n${result.stderr}\n`);
      } else {
        process.stdout.write(`examples/${folder}/${target}\n`);
      }
    }
  }
  // Files of examples that no longer exist would mislead: remove them.
  for (const file of await readdir(out)) {
    if (formats.some((format) => file.endsWith(`.${format}`)) && !expected.has(file)) {
      await rm(join(out, file));
      process.stdout.write(`removed examples/${folder}/${file}\n`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}
