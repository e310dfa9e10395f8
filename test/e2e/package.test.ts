// The published package works on its own: pack it, install the tarball into an empty folder,
// run the installed `plan`, import and type-check the library API, and lint the package with publint.
import { execFile } from 'node:child_process';
import { readFile, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cleanEnv, tempDir } from '../helpers/cli.js';

const exec = promisify(execFile);
const npm = (args: string[], cwd: string) => exec('npm', args, { cwd, env: cleanEnv({ npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }), maxBuffer: 32 * 1024 * 1024 });

describe('the npm package', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let tarball: string;
  let packedFiles: string[];

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    // The tree is already built by `npm test`; packing must not rebuild it under other tests' feet.
    const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT);
    const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(dir, info!.filename);
    packedFiles = info!.files.map((f) => f.path);
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], dir);
  }, 180_000);

  afterAll(() => cleanup());

  it('ships the bundle, the schema and the templates, not the sources or tests', () => {
    expect(packedFiles).toContain('bin/plan.js');
    expect(packedFiles).toContain('dist/cli.js');
    expect(packedFiles).toContain('dist/types/index.d.ts');
    expect(packedFiles).toContain('schemas/strategy.schema.json');
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
