// The commands agree on which strategy they read when given none, and the CI recipes check the
// file `plan init` writes: .planrc.yaml's `files:`, else strategy.yaml and *.strategy.yaml here.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples', 'cafe-boreal.strategy.yaml');
const NOW = ['--now', '2026-11-26'];
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function folder(files: Record<string, string | typeof EXAMPLE> = {}): Promise<string> {
  const made = await tempDir();
  cleanup = made.cleanup;
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(made.dir, name, '..'), { recursive: true });
    if (content === EXAMPLE) await copyFile(EXAMPLE, join(made.dir, name));
    else await writeFile(join(made.dir, name), content);
  }
  return made.dir;
}

const checked = (stdout: string) => (JSON.parse(stdout) as { files: { file: string }[] }).files.map((f) => f.file);

describe('plan validate with no argument', () => {
  it('in an empty folder exits 2 and says where it looked and what to do', async () => {
    const cwd = await folder();
    const result = await runPlan(['validate'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No strategy file here\. .*strategy\.yaml and \*\.strategy\.yaml.*plan init/);
  });

  it('checks the strategy.yaml that plan init wrote', async () => {
    const cwd = await folder();
    const init = await runPlan(['init', '--yes', '--template', 'local-business', ...NOW], { cwd });
    expect(init.code, init.stderr).toBe(0);
    const result = await runPlan(['validate', '--format', 'json', ...NOW], { cwd });
    expect(result.code, result.stderr).not.toBe(2);
    expect(checked(result.stdout)).toEqual(['strategy.yaml']);
  });

  it('checks strategy.yaml and every *.strategy.yaml / *.strategy.yml here, and nothing else', async () => {
    const cwd = await folder({ 'strategy.yaml': EXAMPLE, 'b.strategy.yml': EXAMPLE, 'a.strategy.yaml': EXAMPLE, 'docker-compose.yaml': 'services: {}\n', 'sub/c.strategy.yaml': EXAMPLE });
    const result = await runPlan(['validate', '--format', 'json', ...NOW], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(checked(result.stdout)).toEqual(['strategy.yaml', 'a.strategy.yaml', 'b.strategy.yml']);
  });

  it('checks the files: of the nearest .planrc.yaml, from a folder below it too', async () => {
    const cwd = await folder({ '.planrc.yaml': 'files: [plans/q1.yaml, "campaigns/*.strategy.yaml"]\n', 'plans/q1.yaml': EXAMPLE, 'campaigns/fall.strategy.yaml': EXAMPLE, 'strategy.yaml': 'not: checked\n' });
    const top = await runPlan(['validate', '--format', 'json', ...NOW], { cwd });
    expect(top.code, top.stderr).toBe(0);
    expect(checked(top.stdout)).toEqual(['plans/q1.yaml', 'campaigns/fall.strategy.yaml']);
    const below = await runPlan(['validate', '--format', 'json', ...NOW], { cwd: join(cwd, 'plans') });
    expect(checked(below.stdout)).toEqual(['q1.yaml', '../campaigns/fall.strategy.yaml']);
  });

  it('--config FILE names the files instead of the nearest .planrc.yaml', async () => {
    const cwd = await folder({ 'ci/plan.yaml': 'files: [../plans/q1.yaml]\n', 'plans/q1.yaml': EXAMPLE, 'strategy.yaml': EXAMPLE });
    const result = await runPlan(['validate', '--config', 'ci/plan.yaml', '--format', 'json', ...NOW], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(checked(result.stdout)).toEqual(['plans/q1.yaml']);
    const brief = await runPlan(['brief', '--config', 'ci/plan.yaml', ...NOW], { cwd });
    expect(brief.code, brief.stderr).toBe(0);
  });

  it('a files: entry that matches nothing, or files: that is not a list of names, exits 2 naming the config', async () => {
    const cwd = await folder({ '.planrc.yaml': 'files: ["gone/*.yaml"]\n' });
    const unmatched = await runPlan(['validate'], { cwd });
    expect(unmatched.code).toBe(2);
    expect(unmatched.stderr).toMatch(/\.planrc\.yaml, `files:`: No strategy file matches `gone\/\*\.yaml`/);
    await writeFile(join(cwd, '.planrc.yaml'), 'files: 3\n');
    const bad = await runPlan(['validate'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.planrc\.yaml:1: `files:` is a list/);
  });
});

describe('plan brief and plan calendar with no argument', () => {
  it.each(['brief', 'calendar'])('%s reads the only *.strategy.yaml here', async (command) => {
    const cwd = await folder({ 'cafe.strategy.yaml': EXAMPLE });
    const result = await runPlan([command, ...NOW], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Café Boréal|Lun|Mon/);
  });

  it.each(['brief', 'calendar'])('%s prefers strategy.yaml, and names the choices when there are several others', async (command) => {
    const cwd = await folder({ 'a.strategy.yaml': EXAMPLE, 'b.strategy.yaml': EXAMPLE });
    const several = await runPlan([command, ...NOW], { cwd });
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(new RegExp(`several strategies here \\(a\\.strategy\\.yaml, b\\.strategy\\.yaml\\) and plan ${command} reads one.*plan ${command} a\\.strategy\\.yaml`));
    await copyFile(EXAMPLE, join(cwd, 'strategy.yaml'));
    const preferred = await runPlan([command, ...NOW], { cwd });
    expect(preferred.code, preferred.stderr).toBe(0);
  });

  it('brief reads the one file that .planrc.yaml names', async () => {
    const cwd = await folder({ '.planrc.yaml': 'files: [plans/q1.yaml]\n', 'plans/q1.yaml': EXAMPLE });
    const result = await runPlan(['brief', ...NOW], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Café Boréal/);
  });
});

describe('the CI recipes', () => {
  /** Every `plan validate ...` command in the recipes, as written. */
  async function recipeCommands(): Promise<string[]> {
    const commands: string[] = [];
    const gitlab = await readFile(join(ROOT, 'docs/ci/gitlab-ci.yml'), 'utf8');
    for (const match of gitlab.matchAll(/(?:run: |- )(plan validate .*)$/gm)) commands.push(match[1]!.split(' || ')[0]!);
    // The GitHub workflow passes its files to the action of this repository, which runs plan validate on them.
    const workflow = await readFile(join(ROOT, 'docs/ci/github-workflow.yml'), 'utf8');
    const files = /^\s*files: "([^"]+)"/m.exec(workflow)?.[1];
    expect(files, 'the workflow names its files').toBeDefined();
    commands.push(`plan validate '${files}'`);
    return commands;
  }

  it('check the strategy.yaml that plan init writes, and *.strategy.yaml in sub-folders', async () => {
    const commands = await recipeCommands();
    expect(commands.length).toBe(3);
    const cwd = await folder({ 'strategy.yaml': EXAMPLE, 'campaigns/fall.strategy.yml': EXAMPLE, 'deploy/compose.yaml': 'services: {}\n' });
    for (const command of commands) {
      // Split like a shell would: the glob is single-quoted, and reports go to a file.
      const args = [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(1);
      const result = await runPlan([...args.filter((a) => a !== '--output' && !/\.(sarif|xml|json)$/.test(a)), '--format', 'json', ...NOW], { cwd });
      expect(result.code, `${command}\n${result.stderr}`).toBe(0);
      expect(checked(result.stdout)).toEqual(['campaigns/fall.strategy.yml', 'strategy.yaml']);
    }
  });
});
