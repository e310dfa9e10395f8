// Family 2 of issue 21, writes that cannot destroy, against the built `plan`: every command that
// writes a file (validate --output, calendar --out, brief --out, init) meets every kind of
// destination that is not a plain new or regular file. Each case: exit 2, one line naming the
// path, no stack, nothing blocks, and the destination and the inputs are left exactly as they were.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { link, lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ROOT, runPlan, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
const STRATEGY = 'examples/cafe-boreal.strategy.yaml';

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFile(join(dir, 's.yaml'), await readFile(join(ROOT, STRATEGY)));
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  await mkdir(join(dir, 'folder'));
  await symlink('/proc/self/fd/1', join(dir, 'to-stdout'));
  await symlink('missing.yaml', join(dir, 'dangling'));
  await symlink('s.yaml', join(dir, 'to-strategy'));
  await link(join(dir, 's.yaml'), join(dir, 'hard-strategy'));
});
afterAll(() => cleanup());

// What each command writes with, and the strategy it reads.
const COMMANDS: Record<string, (out: string) => string[]> = {
  'validate --output': (out) => ['validate', 's.yaml', '--output', out, '--lang', 'en'],
  'calendar --out --force': (out) => ['calendar', 's.yaml', '--out', out, '--force', '--from', '2027-01-04', '--lang', 'en'],
  'brief --out --force': (out) => ['brief', 's.yaml', '--out', out, '--force', '--lang', 'en'],
};
// Each destination and what the message says.
const DESTINATIONS: [string, RegExp][] = [
  ['fifo', /fifo is not a regular file/],
  ['/dev/full', /\/dev\/full is not a regular file/],
  ['/dev/null', /\/dev\/null is not a regular file/],
  ['to-stdout', /to-stdout is not a regular file/],
  ['folder', /Cannot write folder: it is a folder/],
  ['dangling', /dangling is a symbolic link to a file that does not exist/],
  ['s.yaml', /s\.yaml is a file this command reads/],
  ['./s.yaml', /\.\/s\.yaml is a file this command reads/],
  ['to-strategy', /to-strategy is a file this command reads/],
  ['hard-strategy', /hard-strategy is a file this command reads/],
];

async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const name of ['s.yaml', 'fifo', 'folder', 'to-stdout', 'dangling', 'to-strategy', 'hard-strategy']) {
    const info = await lstat(join(dir, name));
    parts.push(`${name}:${info.mode}:${info.isFile() ? await readFile(join(dir, name), 'utf8') : ''}`);
  }
  parts.push(`/dev/full:${(await lstat('/dev/full')).mode}`);
  return parts.join('\n');
}

describe('destinations that must not be written (issue 21, family 2)', () => {
  const cases = Object.entries(COMMANDS).flatMap(([command, args]) => DESTINATIONS.map(([out, message]) => [command, out, args(out), message] as const));
  it.each(cases)('%s %s: exit 2, one line, nothing changed', async (_command, _out, args, message) => {
    const before = await snapshot();
    const started = Date.now();
    const result = await runPlan(args, { cwd: dir, timeoutMs: 10_000 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code, result.stderr).toBe(2);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('plan: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await snapshot()).toBe(before);
  });

  it.each(Object.entries(COMMANDS))('%s -: standard output', async (_command, args) => {
    const result = await runPlan(args('-'), { cwd: dir });
    expect(result.code, result.stderr).toBeLessThan(2);
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  it('plan init --strategy x --brief x is refused before any question', async () => {
    const result = await runPlan(['init', '--yes', '--strategy', 'x.yaml', '--brief', 'x.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/x\.yaml is named for both outputs/);
    await expect(lstat(join(dir, 'x.yaml'))).rejects.toThrow();
  });

  it('plan init --brief onto a link to the strategy is refused, nothing written', async () => {
    await symlink('new.yaml', join(dir, 'new-link.md'));
    const result = await runPlan(['init', '--yes', '--lang', 'en', '--name', 'T', '--strategy', 'new.yaml', '--brief', 'new-link.md'], { cwd: dir });
    expect(result.code, result.stderr).toBe(2);
    await expect(lstat(join(dir, 'new.yaml'))).rejects.toThrow();
  });

  it('a full standard output exits 2 with one line, no stack (plan brief s.yaml > /dev/full)', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, [BIN, 'brief', 's.yaml'], { cwd: dir, env: cleanEnv(), stdio: ['ignore', fd, 'pipe'] });
        let stderr = '';
        child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('close', (code) => done({ code, stderr }));
      });
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe('plan: Cannot write to standard output: no space left on the device. Free some space and try again');
    } finally {
      closeSync(fd);
    }
  });
});
