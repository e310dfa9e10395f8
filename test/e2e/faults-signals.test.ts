// SIGINT and SIGTERM at random (seeded) moments during `plan brief --out` and `plan init --yes`:
// the run either finishes (every file complete) or stops with 130 / 143 with nothing written,
// never a half-written file nor a stack trace. Before the command installs its handlers
// (while Node loads), the default action applies: the process dies by that signal, which a
// shell also reports as 130 / 143. The terminal restore is tested in test/unit/term/signals.test.ts.
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, mkdir, cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW } from '../fixtures/hostile/cases.mjs';
import { BIN, ROOT, cleanEnv, tempDir } from '../helpers/cli.js';
import { seededRandom } from '../helpers/random.js';

let dir: string;
let cleanup: () => Promise<void>;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function runAndSignal(args: string[], cwd: string, signal: NodeJS.Signals, delayMs: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.resume();
    child.stdin.end();
    const timer = setTimeout(() => child.kill(signal), delayMs);
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ code, signal: sig, stderr });
    });
  });
}

function expectStopped(outcome: Outcome, signal: NodeJS.Signals): void {
  const code = signal === 'SIGINT' ? 130 : 143;
  if (outcome.signal !== null) expect(outcome.signal).toBe(signal);
  else expect(outcome.code).toBe(code);
  if (outcome.code === code) expect(outcome.stderr).toMatch(/Cancel|Annul/);
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('signals during commands that write (spawned)', () => {
  const next = seededRandom(7);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} during plan brief --out: finished, or ${signal === 'SIGINT' ? 130 : 143} with nothing written`, async () => {
      const expected = await readFile(join(ROOT, 'test/fixtures/hostile/base.yaml'), 'utf8');
      for (let round = 0; round < 6; round++) {
        const area = join(dir, `brief-${signal}-${round}`);
        await mkdir(area);
        await cp(join(ROOT, 'test/fixtures/hostile/base.yaml'), join(area, 'base.yaml'));
        const delay = Math.floor(next() * 700);
        const outcome = await runAndSignal(['brief', 'base.yaml', '--out', 'brief.md', '--now', NOW], area, signal, delay);
        expect(outcome.stderr, `round ${round}, ${signal} after ${delay} ms`).not.toMatch(/^\s+at /m);
        const files = (await readdir(area)).sort();
        expect(await readFile(join(area, 'base.yaml'), 'utf8')).toBe(expected);
        if (outcome.code === 0) {
          expect(files).toEqual(['base.yaml', 'brief.md']);
          expect(await readFile(join(area, 'brief.md'), 'utf8')).toMatch(/Base Co[\s\S]*\n$/);
        } else {
          expectStopped(outcome, signal);
          // Stopped before the write (nothing), or just after it (the whole brief).
          if (files.includes('brief.md')) expect(await readFile(join(area, 'brief.md'), 'utf8')).toMatch(/Base Co[\s\S]*\n$/);
          expect(files.filter((f) => f !== 'brief.md'), `round ${round}, ${signal} after ${delay} ms`).toEqual(['base.yaml']);
        }
        await rm(area, { recursive: true, force: true });
      }
    });

    it(`${signal} during plan init --yes: both files complete, or none`, async () => {
      for (let round = 0; round < 6; round++) {
        const area = join(dir, `init-${signal}-${round}`);
        await mkdir(area);
        const delay = Math.floor(next() * 900);
        const outcome = await runAndSignal(['init', '--yes', '--name', 'Signal Test', '--now', NOW], area, signal, delay);
        expect(outcome.stderr, `round ${round}, ${signal} after ${delay} ms`).not.toMatch(/^\s+at /m);
        const files = (await readdir(area)).sort();
        if (outcome.code === 0) {
          expect(files).toEqual(['brief.md', 'strategy.yaml']);
          expect(await readFile(join(area, 'strategy.yaml'), 'utf8')).toMatch(/Signal Test/);
        } else {
          expectStopped(outcome, signal);
          // Nothing, or (a signal during exit, after the commit) both files whole.
          if (files.length > 0) {
            expect(files).toEqual(['brief.md', 'strategy.yaml']);
            expect(await readFile(join(area, 'strategy.yaml'), 'utf8')).toMatch(/Signal Test/);
          }
        }
        await rm(area, { recursive: true, force: true });
      }
    });
  }
});

/**
 * `plan init` at a prompt in a real terminal: script(1) (util-linux, always on Debian and
 * Ubuntu) gives it a pseudo-terminal, so inquirer hides the cursor and reads keys in raw mode.
 */
function initInTerminal(cwd: string, enters: number, stop: 'ctrl-c' | NodeJS.Signals): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const command = `echo $$ > pid; exec '${process.execPath}' '${BIN}' init --out out --now ${NOW}`;
    const child = spawn('script', ['-qefc', command, '/dev/null'], { cwd, env: cleanEnv({ TERM: 'xterm' }), stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.resume();
    const guard = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => (clearTimeout(guard), resolve({ code, output })));
    let lastData = Date.now();
    child.stdout.on('data', () => (lastData = Date.now()));
    // A prompt is ready when the screen has been quiet for a moment after drawing it.
    const settle = async () => {
      for (let waited = 0; (output === '' || Date.now() - lastData < 300) && waited < 15_000; waited += 25) await new Promise((r) => setTimeout(r, 25));
    };
    void (async () => {
      await settle();
      // Accept the suggested answer `enters` times: the signal then lands at a later step.
      for (let i = 0; i < enters; i++) {
        child.stdin.write('\r');
        await new Promise((r) => setTimeout(r, 50));
        await settle();
      }
      if (stop === 'ctrl-c') child.stdin.write('\u0003');
      else process.kill(Number(await readFile(join(cwd, 'pid'), 'utf8')), stop);
    })();
  });
}

describe('plan init at a prompt in a terminal (spawned under script(1))', () => {
  for (const [stop, enters, code] of [
    ['ctrl-c', 0, 130],
    ['SIGINT', 0, 130],
    ['SIGTERM', 0, 143],
    ['ctrl-c', 3, 130],
    ['SIGTERM', 3, 143],
  ] as const) {
    it(`${stop} at step ${enters + 1}: exit ${code}, "Cancelled", cursor shown again, nothing written`, async () => {
      const area = join(dir, `tty-${stop}-${enters}`);
      await mkdir(area);
      await writeFile(join(area, 'keep.txt'), 'keep');
      const { code: exit, output } = await initInTerminal(area, enters, stop);
      expect(exit, output.slice(-400)).toBe(code);
      // The signal landed at the intended step: that many distinct questions were drawn.
      const questions = new Set([...output.matchAll(/\?\u001b\[39m \u001b\[1m([^\u001b]+)\u001b\[22m/g)].map((m) => m[1]));
      expect([...questions]).toHaveLength(enters + 1);
      expect(output).toMatch(/plan: Cancelled\. Nothing was written\./);
      expect(output).not.toMatch(/^\s+at /m);
      // The last time the cursor was hidden, it was shown again afterwards.
      expect(output.lastIndexOf('\u001b[?25h')).toBeGreaterThan(output.lastIndexOf('\u001b[?25l'));
      expect((await readdir(area)).sort()).toEqual(['keep.txt', 'pid']);
    });
  }
});
