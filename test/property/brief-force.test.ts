// `plan brief --force` renders what it can even from a strategy with errors: on every small case
// of the hostile corpus, in both formats and languages, it renders (exit 0) or explains why it
// cannot (exit 1/2), and never throws. In-process through the real command (runBrief), so the
// whole corpus costs milliseconds, not a spawn per case.
import { PassThrough } from 'node:stream';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBrief } from '../../src/commands/brief/run.js';
import { isKnownError } from '../../src/errors.js';
import type { CommandIO } from '../../src/io/context.js';
import { CASES, NOW } from '../fixtures/hostile/cases.mjs';
import { ROOT } from '../helpers/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-force-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function memoryIO(cwd: string, input?: string | Buffer): CommandIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  stdin.end(input ?? '');
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin,
    env: { LANG: 'en_US.UTF-8' },
    cwd,
    out: () => out,
    err: () => err,
  };
}

describe('plan brief --force on the hostile corpus (in-process)', () => {
  for (const c of CASES.filter((x) => !x.large && x.id !== 'fifo' && x.id !== 'device')) {
    it(`${c.id}: renders or refuses cleanly, md and html, en and fr`, async () => {
      const caseDir = join(dir, c.id);
      await cp(join(ROOT, 'test/fixtures/hostile/base.yaml'), join(caseDir, 'base.yaml'), { recursive: true });
      const setup = await c.files(caseDir);
      const file = setup.args[1];
      for (const format of ['md', 'html']) {
        for (const lang of ['en', 'fr']) {
          const io = memoryIO(caseDir, setup.input);
          let code: number;
          try {
            code = await runBrief(file, { force: true, format, lang, now: NOW, ...(setup.args.includes('--max-size') ? { maxSize: setup.args[setup.args.indexOf('--max-size') + 1] } : {}) }, io);
          } catch (error) {
            // Input errors are reported by the CLI as one line, exit 2; anything else is a bug.
            expect(isKnownError(error), `${format}/${lang}: ${(error as Error).stack}`).toBe(true);
            code = 2;
          }
          expect([0, 1, 2], `${format}/${lang}`).toContain(code);
          if (code === 0) expect(io.out().length, `${format}/${lang}`).toBeGreaterThan(100);
          else expect(io.out(), `${format}/${lang}`).toBe('');
        }
      }
    });
  }
});
