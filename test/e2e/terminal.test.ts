// Terminal conventions: colour switches, quiet and verbose, suggestions, completion scripts.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPlan, tempDir } from '../helpers/cli.js';

const ESC = /\u001b\[/;
const BAD = 'version: 2\n';

describe('colour', () => {
  it.each([
    ['no escapes when piped', [], {}, false],
    ['FORCE_COLOR=1 forces them', [], { FORCE_COLOR: '1' }, true],
    ['--color forces them', ['--color'], {}, true],
    ['NO_COLOR beats FORCE_COLOR', [], { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    ['--no-color beats FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '1' }, false],
    ['TERM=dumb without FORCE_COLOR has none', [], { TERM: 'dumb' }, false],
  ] as const)('%s', async (_name, flags, env, colored) => {
    const result = await runPlan(['validate', '-', ...flags], { input: BAD, env: cleanEnv(env) });
    expect(result.code).toBe(1);
    expect(ESC.test(result.stdout)).toBe(colored);
  });
});

describe('quiet and verbose', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir(['examples/cafe-boreal.strategy.yaml'])));
  afterAll(() => cleanup());

  it('--quiet prints nothing on a clean run', async () => {
    const result = await runPlan(['validate', '--quiet', 'cafe-boreal.strategy.yaml'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('--quiet still prints findings', async () => {
    const result = await runPlan(['validate', '-q', '-'], { input: BAD });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/schema\/const/);
  });

  it('shows a stack trace only with --verbose', async () => {
    const plain = await runPlan(['validate', 'missing-folder'], { cwd: dir });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/No such file or folder: missing-folder/);
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const verbose = await runPlan(['validate', 'missing-folder', '--verbose'], { cwd: dir });
    expect(verbose.code).toBe(2);
    expect(verbose.stderr).toMatch(/^\s+at /m);
  });
});

describe('suggestions and usage errors', () => {
  it.each([
    [['valdiate'], /Did you mean validate\?/],
    [['validate', '--fromat', 'json', '-'], /Did you mean --format\?/],
    [['validate', '--format', 'xml', '-'], /Allowed choices are/],
  ])('plan %j exits 2 with a hint', async (args, hint) => {
    const result = await runPlan(args, { input: BAD });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(hint);
  });

  it('--help and --version exit 0 on stdout', async () => {
    const help = await runPlan(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:/);
    expect(help.stderr).toBe('');
    const version = await runPlan(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('every command has --help', async () => {
    const help = await runPlan(['--help']);
    const commands = [...help.stdout.matchAll(/^ {2}(\w+)\s/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands).toContain('validate');
    for (const command of commands) {
      const result = await runPlan([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toMatch(/Usage: plan/);
    }
  });
});

describe('plan completion', () => {
  it('prints a bash script that completes the commands', async () => {
    const result = await runPlan(['completion', 'bash']);
    expect(result.code).toBe(0);
    const { dir, cleanup } = await tempDir();
    try {
      const script = join(dir, 'plan.bash');
      await writeFile(script, result.stdout);
      const words = execFileSync('bash', ['-c', `source ${script}; COMP_WORDS=(plan va); COMP_CWORD=1; _plan; echo "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
      expect(words.trim()).toBe('validate');
      const options = execFileSync('bash', ['-c', `source ${script}; COMP_WORDS=(plan validate --fo); COMP_CWORD=2; _plan; echo "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
      expect(options.trim()).toBe('--format');
    } finally {
      await cleanup();
    }
  });

  it.each(['zsh', 'fish'])('prints a %s script naming every command', async (shell) => {
    const result = await runPlan(['completion', shell]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/validate/);
    expect(result.stdout).toMatch(/completion/);
  });

  it('rejects an unknown shell with exit 2', async () => {
    const result = await runPlan(['completion', 'tcsh']);
    expect(result.code).toBe(2);
  });
});

describe('a reader that closes the pipe early', () => {
  it('is not an error (plan ... | head)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('../helpers/cli.js');
    const result = spawnSync('bash', ['-c', `node ${BIN} completion fish | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', env: cleanEnv() });
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect(result.stderr).toMatch(/status=0/);
  });
});

describe('help without a command', () => {
  it.each([
    [['help'], 0],
    [['help', 'validate'], 0],
    [[], 2],
    [['help', 'nope'], 2],
  ] as const)('plan %j exits %i', async (args, code) => {
    const result = await runPlan([...args]);
    expect(result.code).toBe(code);
    expect(result.stdout + result.stderr).toMatch(/Usage: plan/);
  });
});
