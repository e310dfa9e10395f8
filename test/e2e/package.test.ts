// The published package works on its own: pack it, install the tarball globally into an empty
// prefix and run the README's tour with that `plan` from an empty folder; install it into an empty
// project, import and type-check the library API, and lint the package with publint.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cleanEnv } from '../helpers/cli.js';
import { npm, packAndInstallGlobally, type PackedInstall } from '../helpers/tarball.js';

const exec = promisify(execFile);

/**
 * The tour's commands that run without a terminal, in the README's order: the `plan ...` lines of
 * its code blocks, without their comments (the interactive `plan init` runs are the tmux test's).
 */
export function tourCommands(readme: string): string[][] {
  const tour = readme.split(/^## A five-minute tour$/m)[1]!.split(/^## /m)[0]!;
  const commands: string[][] = [];
  for (const block of tour.matchAll(/^```(?:sh|console)\n([\s\S]*?)^```$/gm)) {
    for (const line of block[1]!.split('\n')) {
      const command = line.replace(/^\$ /, '').replace(/\s+#.*$/, '').trim();
      if (!command.startsWith('plan ')) continue;
      const args = command.split(/\s+/).slice(1);
      if (args[0] === 'init' && !args.includes('--yes')) continue;
      commands.push(args);
    }
  }
  return commands;
}

describe('the npm package', () => {
  let packed: PackedInstall;
  let dir: string;
  let tarball: string;
  let packedFiles: string[];

  beforeAll(async () => {
    packed = await packAndInstallGlobally();
    ({ tarball, files: packedFiles } = packed);
    dir = join(packed.dir, 'consumer');
    await mkdir(dir);
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], dir);
  }, 180_000);

  afterAll(() => packed?.cleanup());

  it('installed globally into an empty prefix, runs the README tour from an empty folder', async () => {
    const commands = tourCommands(await readFile(join(ROOT, 'README.md'), 'utf8'));
    // The tour as README shows it: a starter with --yes, then validate, brief and calendar.
    expect(commands.map((args) => args[0])).toEqual(['init', 'validate', 'brief', 'brief', 'brief', 'calendar', 'calendar', 'calendar', 'calendar', 'posts', 'validate']);
    const tour = join(packed.dir, 'tour');
    await mkdir(tour);
    // Only the prefix's bin on PATH before the system's: the `plan` found is the installed one.
    const env = cleanEnv({ PATH: `${join(packed.prefix, 'bin')}:${process.env.PATH}` });
    for (const args of commands) {
      const run = await exec('plan', [...args, '--now', '2026-11-26'], { cwd: tour, env }).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect('code' in run ? run.code : 0, `plan ${args.join(' ')}\n${run.stderr}`).toBe(0);
      if (args[0] === 'brief' && !args.includes('--out')) expect(run.stdout).toMatch(/^# .+/m);
      if (args[0] === 'calendar' && !args.includes('--out')) expect(run.stdout.length).toBeGreaterThan(100);
    }
    for (const file of ['strategy.yaml', 'brief.md', 'brief.html', 'calendar.ics', 'posts']) expect(existsSync(join(tour, file)), file).toBe(true);
    const version = await exec(packed.bin, ['--version'], { cwd: tour, env });
    expect(version.stdout.trim()).toBe(JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version);
    // Eleven spawned commands: several seconds each on a busy machine.
  }, 120_000);

  it('ships the bundle, the schema and the templates, not the sources or tests', () => {
    expect(packedFiles).toContain('bin/plan.js');
    expect(packedFiles).toContain('dist/cli.js');
    expect(packedFiles).toContain('dist/types/index.d.ts');
    expect(packedFiles).toContain('schemas/strategy.schema.json');
    expect(packedFiles).toContain('schemas/post.schema.json');
    expect(packedFiles).toContain('schemas/post.schema.fr.json');
    // What messages and the README point at is installed too.
    expect(packedFiles).toContain('docs/init.md');
    expect(packedFiles).toContain('docs/rules.md');
    expect(packedFiles).toContain('examples/cafe-boreal.strategy.yaml');
    expect(packedFiles).toContain('examples/briefs/cafe-boreal.html');
    expect(packedFiles.some((f) => f.startsWith('test/'))).toBe(false);
    expect(packedFiles.some((f) => f.startsWith('src/') && f.endsWith('.ts'))).toBe(false);
  });

  it('passes publint with no suggestion', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    // Lint the installed copy: every file there is exactly what the tarball published.
    const { messages } = await publint({ pkgDir: join(dir, 'node_modules', 'social-plan'), level: 'suggestion', pack: false });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`)).toEqual([]);
  });

  it('installs a working `plan` binary', async () => {
    const bin = join(dir, 'node_modules', '.bin', 'plan');
    const version = await exec(bin, ['--version'], { cwd: dir, env: cleanEnv() });
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    expect(version.stdout.trim()).toBe(pkg.version);
    await copyFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), join(dir, 'strategy.yaml'));
    const validate = await exec(bin, ['validate', 'strategy.yaml', '--format', 'json'], { cwd: dir, env: cleanEnv() });
    expect(JSON.parse(validate.stdout).summary.errors).toBe(0);
    const brief = await exec(bin, ['brief', 'strategy.yaml'], { cwd: dir, env: cleanEnv() });
    expect(brief.stdout).toMatch(/Café Boréal/);
  });

  it('exposes a typed library API', async () => {
    const script = `
      import { validate, loadStrategy, renderBrief } from 'social-plan';
      const loaded = await loadStrategy('strategy.yaml');
      const checked = validate('version: 1\\n', 'inline.yaml');
      const brief = renderBrief({ strategy: loaded.strategy, findings: loaded.findings, lang: 'en', format: 'md', now: new Date('2026-11-26') });
      const required = checked.findings.filter((f) => f.ruleId === 'schema/required').length;
      console.log(JSON.stringify({ valid: loaded.valid, required, brief: brief.includes('Café Boréal') }));
    `;
    await writeFile(join(dir, 'use.mjs'), script);
    const { stdout } = await exec(process.execPath, ['use.mjs'], { cwd: dir, env: cleanEnv() });
    expect(JSON.parse(stdout)).toEqual({ valid: true, required: 4, brief: true });

    const typed = `
      import { validate, type Finding, type Strategy } from 'social-plan';
      const result = validate('version: 1');
      const first: Finding | undefined = result.findings[0];
      const name: string | undefined = (result.strategy as Strategy | undefined)?.organization.name;
      export { first, name };
    `;
    await writeFile(join(dir, 'typed.ts'), typed);
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['typed.ts'] }));
    await exec(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { cwd: dir });
  });
});
