// What each command loads, from the esbuild metafile written at build time (dist/meta.json): the
// import graph of the one bundle that bin/plan.js runs. `plan --version` loads only the entry;
// `--help` and `plan validate` never load the wizard
// (inquirer), the brief renderer or the templates; `plan validate` of clean files never loads the
// `yaml` document model, the schema texts or globbing. Start-up time depends on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Meta {
  inputs: Record<string, { imports: { path: string }[] }>;
  outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }>;
}

const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Meta;

/** The source modules in `start` and every chunk it imports (dynamic imports too when asked). */
function loadedModules(start: string, followDynamic: boolean): string[] {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const output = queue.pop()!;
    if (seen.has(output)) continue;
    seen.add(output);
    for (const imported of meta.outputs[output]?.imports ?? []) {
      if (imported.external || !imported.path.startsWith('dist/')) continue;
      if (imported.kind === 'dynamic-import' && !followDynamic) continue;
      queue.push(imported.path);
    }
  }
  return [...seen].flatMap((output) => Object.keys(meta.outputs[output]?.inputs ?? {}));
}

function chunkOf(entryPoint: string): string {
  const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === entryPoint);
  if (!found) throw new Error(`no chunk for ${entryPoint} in dist/meta.json`);
  return found[0];
}

const HEAVY = [/node_modules\/@inquirer\//, /node_modules\/eta\//, /^src\/wizard\//, /^src\/brief\//, /^src\/commands\/(init|brief)\/run\.ts$/];
const heavyIn = (modules: string[]) => modules.filter((m) => HEAVY.some((re) => re.test(m)));

/** Only on the full path (a file with findings, a config, a folder or a glob), loaded by import(). */
const FULL_PATH = /node_modules\/(yaml|tinyglobby|picomatch|fdir)\/|^schemas\/strategy\.schema\.json$|^src\/strategy\/(load|positions)\.ts$|^src\/validate\/schema\.ts$|^src\/config\/parse\.ts$/;

describe('what start-up loads', () => {
  it('the cli entry is tiny: argv only, no commander, no catalog (`plan --version` loads nothing else)', () => {
    const modules = loadedModules('dist/cli.js', false);
    expect(modules).toContain('src/cli.ts');
    expect(modules.filter((m) => m.startsWith('node_modules/') || m.startsWith('src/i18n/') || m.startsWith('src/cli/'))).toStrictEqual([]);
  });

  it('the program chunk loads commander and the command definitions, no parser or validator', () => {
    const modules = loadedModules(chunkOf('src/cli/program.ts'), false);
    expect(modules.some((m) => m.includes('node_modules/commander/'))).toBe(true);
    expect(modules).toContain('src/commands/validate/command.ts');
    expect(modules.filter((m) => /node_modules\/(yaml|js-yaml|ajv|ajv-formats|tinyglobby)\/|^src\/generated\/validate-strategy/.test(m))).toStrictEqual([]);
    expect(modules).not.toContain('src/i18n/core.ts');
    expect(heavyIn(modules)).toStrictEqual([]);
  });

  it('plan validate on clean files loads the first pass only: no `yaml`, schema texts, positions or globbing', () => {
    const modules = [...loadedModules(chunkOf('src/cli/program.ts'), false), ...loadedModules(chunkOf('src/commands/validate/run.ts'), false)];
    expect(modules).toContain('src/validate/first-pass.ts');
    expect(modules.some((m) => m.includes('node_modules/js-yaml/'))).toBe(true);
    expect(modules.filter((m) => FULL_PATH.test(m))).toStrictEqual([]);
    expect(modules).not.toContain('src/validate/check.ts');
    // Strategies alone: no post rule, no output format but the one asked for (SARIF brings every rule).
    expect(modules.filter((m) => /^src\/rules\/posts\/|^src\/formatters\/(sarif|junit|github|codequality|json)\.ts$/.test(m))).toStrictEqual([]);
  });

  it('the full path is still reachable from plan validate by import() (so the check above can fail)', () => {
    const modules = loadedModules(chunkOf('src/commands/validate/run.ts'), true);
    for (const re of [/node_modules\/yaml\//, /node_modules\/tinyglobby\//, /^schemas\/strategy\.schema\.json$/, /^src\/validate\/check\.ts$/, /^src\/config\/parse\.ts$/]) {
      expect(modules.some((m) => re.test(m))).toBe(true);
    }
  });

  it('plan validate (its chunk and everything it may import) never loads inquirer, the wizard or the brief', () => {
    const modules = [...loadedModules('dist/cli.js', false), ...loadedModules(chunkOf('src/commands/validate/run.ts'), true)];
    expect(modules).toContain('src/validate/check.ts');
    expect(heavyIn(modules)).toStrictEqual([]);
  });

  it('plan brief of a clean strategy renders from the first pass: the full check only by import()', () => {
    const modules = loadedModules(chunkOf('src/commands/brief/run.ts'), false);
    expect(modules).toContain('src/validate/first-pass.ts');
    expect(modules).toContain('src/brief/index.ts');
    expect(modules.filter((m) => FULL_PATH.test(m))).toStrictEqual([]);
    expect(modules).not.toContain('src/validate/check.ts');
    // Strategies alone: no post rule, no output format but the one asked for (SARIF brings every rule).
    expect(modules.filter((m) => /^src\/rules\/posts\/|^src\/formatters\/(sarif|junit|github|codequality|json)\.ts$/.test(m))).toStrictEqual([]);
    expect(loadedModules(chunkOf('src/commands/brief/run.ts'), true)).toContain('src/validate/check.ts');
  });

  it('the post check loads twitter-text and the language detector only by import(), when a post needs them', () => {
    const statically = loadedModules(chunkOf('src/validate/check-post.ts'), false);
    const lazy = /node_modules\/(twitter-text|core-js|twemoji-parser|franc-min)\//;
    expect(statically).toContain('src/rules/posts/too-long.ts');
    expect(statically.filter((m) => lazy.test(m))).toStrictEqual([]);
    const reachable = loadedModules(chunkOf('src/validate/check-post.ts'), true);
    for (const name of ['twitter-text', 'franc-min']) expect(reachable.some((m) => m.includes(`node_modules/${name}/`))).toBe(true);
  });

  it('plan init does load the wizard (so the checks above can fail)', () => {
    expect(heavyIn(loadedModules(chunkOf('src/commands/init/run.ts'), true)).length).toBeGreaterThan(0);
  });
});

describe('what bin/plan.js runs', () => {
  it('the ES module build whose graph is checked above, and nothing else of ours', () => {
    const bin = readFileSync(join(ROOT, 'bin', 'plan.js'), 'utf8');
    const imported = [...bin.matchAll(/(?:import\(|from )'([^']+)'/g)].map((m) => m[1]);
    expect(imported).toStrictEqual(['node:module', '../dist/cli.js']);
    expect(meta.outputs['dist/cli.js']?.entryPoint).toBe('src/cli.ts');
  });
});
