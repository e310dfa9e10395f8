// Faults around writing: a process killed mid-write never leaves a half-written file nor loses
// the old one, and a destination that cannot be written gives a clear error (exit 2) with
// nothing removed. Disk-full and read-only cases that need privileges are simulated in
// test/unit/io-faults.test.ts; here everything is real.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW } from '../fixtures/hostile/cases.mjs';
import { ROOT, runPlan, tempDir } from '../helpers/cli.js';
import { seededRandom } from '../helpers/random.js';

let dir: string;
let cleanup: () => Promise<void>;
let writer: string;

/** Version n of the file: large enough (1 MiB) that a write takes a while, and self-checking. */
function version(n: number): string {
  const line = `${String(n).padStart(6, '0')} ${'x'.repeat(120)}\n`;
  return `begin ${n}\n${line.repeat(8192)}end ${n}\n`;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  // The real writeFileAtomic from the sources, bundled for a plain `node` child.
  writer = join(dir, 'writer.mjs');
  await esbuild.build({
    absWorkingDir: ROOT,
    stdin: {
      contents: `
        import { writeFileAtomic } from './src/io/write.ts';
        const [target, from] = process.argv.slice(2);
        const version = ${version.toString()};
        const t = (key, params) => key + ' ' + JSON.stringify(params);
        for (let n = Number(from); ; n++) {
          await writeFileAtomic(target, version(n), { overwrite: true }, t);
          process.stdout.write(n + '\\n');
        }`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: writer,
    logLevel: 'error',
  });
});
afterAll(() => cleanup());

describe('writeFileAtomic under SIGKILL at random moments', () => {
  it('leaves the old or the new content, never a mix, and only its own temporary files', async () => {
    const next = seededRandom(20261126);
    const area = join(dir, 'kill');
    await mkdir(area);
    const target = join(area, 'strategy.yaml');
    await writeFile(target, version(0));
    const seen = new Set<number>();
    for (let round = 1; round <= 12; round++) {
      const delay = 20 + Math.floor(next() * 300);
      const child = spawn(process.execPath, [writer, target, String(round * 1000)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');

      const content = await readFile(target, 'utf8');
      const n = Number(/^begin (\d+)\n/.exec(content)?.[1]);
      expect(Number.isInteger(n), `round ${round} (kill after ${delay} ms): the file does not start with a version`).toBe(true);
      expect(content === version(n), `round ${round} (kill after ${delay} ms): version ${n} is partial or mixed`).toBe(true);
      seen.add(n);
      // Leftovers are only the writer's own temporary files, never anything else.
      for (const name of await readdir(area)) {
        if (name !== 'strategy.yaml') expect(name).toMatch(/^\.strategy\.yaml\.\d+\.[0-9a-f]{8}\.tmp$/);
      }
    }
    // The kills landed at different moments: both old and freshly written versions were seen.
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe('destinations that cannot be written (spawned plan)', () => {
  beforeAll(async () => {
    await writeFile(join(dir, 'base.yaml'), await readFile(join(ROOT, 'test/fixtures/hostile/base.yaml')));
  });

  it('a missing folder: exit 2, one line that names the file and the reason', async () => {
    const result = await runPlan(['validate', 'base.yaml', '--now', NOW, '--format', 'json', '--output', 'no/such/folder/report.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual(['plan: Cannot write no/such/folder/report.json: no such file or folder']);
  });

  it('a folder where the file should go: exit 2, and the folder is untouched', async () => {
    await mkdir(join(dir, 'report.json'));
    await writeFile(join(dir, 'report.json', 'keep.txt'), 'keep');
    const result = await runPlan(['validate', 'base.yaml', '--now', NOW, '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^plan: Cannot write report\.json: /);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(await readFile(join(dir, 'report.json', 'keep.txt'), 'utf8')).toBe('keep');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a file where a folder should be: exit 2', async () => {
    await writeFile(join(dir, 'plain-file'), 'x');
    const result = await runPlan(['validate', 'base.yaml', '--now', NOW, '--output', 'plain-file/report.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^plan: Cannot write plain-file\/report\.txt: /);
  });

  it('plan brief into a missing folder: exit 2, nothing written', async () => {
    const result = await runPlan(['brief', 'base.yaml', '--now', NOW, '--out', 'missing/brief.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot write missing\/brief\.md: no such file or folder/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
