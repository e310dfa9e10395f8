// Several `plan init --yes` at once in the same empty folder, without --force: one writes, the
// others stop with the usual "already exists, pass --force" (exit 2) instead of overwriting it,
// and leave no plan-answers file.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInit } from '../../../src/commands/init/run.js';
import { InputError } from '../../../src/errors.js';
import type { CommandIO } from '../../../src/io/context.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-init-race-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function silentIO(): CommandIO {
  const stdin = new PassThrough();
  stdin.end();
  return { stdout: { write: () => true }, stderr: { write: () => true }, stdin, env: { LANG: 'en_US.UTF-8' }, cwd: dir };
}

describe('plan init --yes, several at once in one folder', () => {
  it('one run writes its pair; the others exit 2 naming --force, and overwrite nothing', async () => {
    const names = ['Alpha', 'Beta', 'Gamma', 'Delta'];
    const results = await Promise.allSettled(names.map((name) => runInit({ yes: true, quick: true, name, now: '2026-11-26', quiet: true }, silentIO())));
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [names[i]!] : []));
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'fulfilled') expect(r.value).toBe(0);
      else {
        expect(r.reason).toBeInstanceOf(InputError);
        expect((r.reason as InputError).exitCode).toBe(2);
        expect((r.reason as Error).message).toMatch(/already exists\. Pass --force/);
      }
    }
    expect(await readFile(join(dir, 'strategy.yaml'), 'utf8')).toContain(`name: ${won[0]}`);
    expect(await readFile(join(dir, 'brief.md'), 'utf8')).toContain(won[0]);
    // Nothing was typed: no answers file is left behind (the same command reproduces the run).
    expect((await readdir(dir)).sort()).toEqual(['brief.md', 'strategy.yaml']);
  });
});
