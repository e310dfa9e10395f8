// The CI recipes' install step, as written, with only the repository's address swapped for this
// clone: `npm pack` of a git URL (npm clones it, installs its dev dependencies from the cache and
// builds it), then `npm install -g` of the tarball into an empty prefix. It tests the committed
// HEAD (uncommitted changes are not in a clone). `npm install -g` of a git URL itself cannot work
// for a package built on install (npm/cli#8440): this is why the recipes pack first.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cleanEnv, tempDir } from '../helpers/cli.js';
import { npmEnv } from '../helpers/tarball.js';

const exec = promisify(execFile);
const REPOSITORY = 'github:social-plan/social-plan#main';

async function installLine(file: string): Promise<string> {
  const text = await readFile(join(ROOT, file), 'utf8');
  const line = /(npm pack .*\.tgz"?)$/m.exec(text)?.[1];
  expect(line, `${file} has no install step`).toBeDefined();
  return line!;
}

describe('installing plan from its git repository, as the CI recipes do', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(() => cleanup());

  it('the GitLab jobs run the same install step, and the GitHub action installs from its own checkout', async () => {
    const text = await readFile(join(ROOT, 'docs/ci/gitlab-ci.yml'), 'utf8');
    const lines = [...text.matchAll(/(npm pack .*\.tgz"?)$/gm)].map((m) => m[1]);
    expect(lines.length).toBe(2);
    expect(lines[0]).toBe(lines[1]);
    const workflow = await readFile(join(ROOT, 'docs/ci/github-workflow.yml'), 'utf8');
    expect(workflow).toMatch(/uses: social-plan\/social-plan@/);
    expect(workflow).not.toMatch(/\bnpx\b|npm install/);
  });

  it('npm pack of the git URL, then npm install -g of the tarball, gives a working plan', async () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const line = await installLine('docs/ci/gitlab-ci.yml');
    expect(line).toContain(REPOSITORY);
    const scratch = join(dir, 'tmp');
    await mkdir(scratch);
    // The scratch folder first: ROOT itself may be under /tmp (a CI clone).
    const command = line.replaceAll('/tmp', scratch).replace(REPOSITORY, `git+file://${ROOT}#${head}`);
    const prefix = join(dir, 'prefix');
    await exec('sh', ['-c', command], { cwd: dir, env: { ...npmEnv(), npm_config_prefix: prefix }, maxBuffer: 32 * 1024 * 1024 });

    const project = join(dir, 'project');
    await mkdir(project);
    const env = cleanEnv({ PATH: `${join(prefix, 'bin')}:${process.env.PATH}` });
    await exec('plan', ['init', '--yes', '--template', 'nonprofit-cause', '--now', '2026-11-26'], { cwd: project, env });
    const validate = await exec('plan', ['validate', '**/{strategy,*.strategy}.{yaml,yml}', '--format', 'json', '--now', '2026-11-26'], { cwd: project, env });
    expect(JSON.parse(validate.stdout).files.map((f: { file: string }) => f.file)).toEqual(['strategy.yaml']);
  }, 300_000);
});
