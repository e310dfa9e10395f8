// The hostile-input corpus against the built `plan validate`: every case gets its expected exit
// code, one clear message at the right place, and never a stack trace; and, at the default
// limits, a bound on the child's own CPU time and peak memory (BOUNDS: 5 s, 300 MiB), read from
// its process.resourceUsage. test/fixtures/hostile/measure.mjs prints the figures.
import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, BASE, NOW } from '../fixtures/hostile/cases.mjs';
import { BOUNDS, ROOT, runPlan, tempDir, type RunResult } from '../helpers/cli.js';

/** Cases run at the default limits stay within the bounds; a limit raised by hand may cost more. */
function expectBounded(result: RunResult, args: readonly string[]): void {
  if (args.includes('--max-size') && !args.includes('1KB')) return;
  expect(result.usage, 'no resource usage reported').toBeDefined();
  expect(result.usage!.cpuMs, 'CPU time').toBeLessThan(BOUNDS.cpuMs);
  expect(result.usage!.maxRssMiB, 'peak memory (MiB)').toBeLessThan(BOUNDS.maxRssMiB);
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  range: { start: { line: number; col: number }; end: { line: number; col: number } };
}

const STACK_LINE = /^\s+at /m;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await cp(join(ROOT, 'test/fixtures/hostile/base.yaml'), join(dir, 'base.yaml'));
});
afterAll(() => cleanup());

describe('hostile input corpus (plan validate, spawned)', () => {
  it('has a base strategy without errors, so each case shows only what it changes', async () => {
    const result = await runPlan(['validate', 'base.yaml', '--format', 'json', '--now', NOW], { cwd: dir });
    expect(result.code).toBe(0);
    const findings: JsonFinding[] = JSON.parse(result.stdout).files[0].findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.id}: ${c.title} -> exit ${c.code}${c.rule ? ` ${c.rule}` : ''}${c.at ? ` at ${c.at}` : ''}`, async () => {
      const caseDir = join(dir, c.id);
      await rm(caseDir, { recursive: true, force: true });
      await cp(join(dir, 'base.yaml'), join(caseDir, 'base.yaml'), { recursive: true });
      const setup = await c.files(caseDir);
      // A FIFO or a device must never make plan wait: the timeout kills it and fails the case.
      const result = await runPlan(setup.args, { cwd: caseDir, ...(setup.input !== undefined ? { input: setup.input } : {}), timeoutMs: 25_000, measure: true });
      await rm(caseDir, { recursive: true, force: true });
      expectBounded(result, setup.args);

      expect(result.signal, 'plan was killed (it blocked or hung)').toBeNull();
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stderr).not.toMatch(/Unexpected error|RangeError|TypeError/);
      expect(result.code).toBe(c.code);

      if (c.code === 2) {
        // One line, prefixed, saying what is wrong; nothing on stdout.
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(/^plan: /);
        expect(result.stderr).toMatch(c.stderr!);
        expect(result.stdout).toBe('');
        return;
      }
      if (c.stdout) {
        expect(result.stdout).toMatch(c.stdout);
        return;
      }
      const findings: JsonFinding[] = JSON.parse(result.stdout).files[0].findings;
      const hit = findings.find(
        (f) =>
          f.ruleId === c.rule &&
          (c.at === undefined || `${f.range.start.line}:${f.range.start.col}`.startsWith(c.at)) &&
          (c.message === undefined || c.message.test(f.message)),
      );
      expect(hit, `no ${c.rule} at ${c.at} in:\n${findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.col} ${f.message}`).join('\n')}`).toBeDefined();
      if (c.end) expect(`${hit!.range.end.line}:${hit!.range.end.col}`).toBe(c.end);
      if (c.only) expect(findings.filter((f) => f.severity === 'error')).toHaveLength(1);
    });
  }
});

/** The same case for `plan brief`: one file, no report format (brief's --format is md or html). */
function briefArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--format') i++;
    else out.push(args[i] === 'validate' ? 'brief' : args[i]!);
  }
  return out;
}

describe('hostile input corpus (plan brief, spawned)', () => {
  // The multi-megabyte cases run once, under validate: brief shares the same reader and loader.
  for (const c of CASES.filter((x) => !x.large || x.id === 'size-60mb')) {
    const tooLarge = c.rule === 'input/too-large';
    const code = tooLarge ? 2 : c.code;
    it(`${c.id}: exit ${code}, the problem on stderr${c.at && !tooLarge ? ` at ${c.at}` : ''}, no brief`, async () => {
      const caseDir = join(dir, `brief-${c.id}`);
      await rm(caseDir, { recursive: true, force: true });
      await cp(join(dir, 'base.yaml'), join(caseDir, 'base.yaml'), { recursive: true });
      const setup = await c.files(caseDir);
      const result = await runPlan(briefArgs(setup.args), { cwd: caseDir, ...(setup.input !== undefined ? { input: setup.input } : {}), timeoutMs: 25_000, measure: true });
      await rm(caseDir, { recursive: true, force: true });
      expectBounded(result, setup.args);

      expect(result.signal, 'plan was killed (it blocked or hung)').toBeNull();
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stderr).not.toMatch(/Unexpected error|RangeError|TypeError/);
      expect(result.code).toBe(code);
      expect(result.stdout).toBe('');
      if (code === 2) {
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(tooLarge ? c.message! : (c.briefStderr ?? c.stderr!));
        return;
      }
      expect(result.stderr).toContain(c.rule!);
      if (c.at) expect(result.stderr).toMatch(new RegExp(`^\\s+${c.at.replace(':', ':')}`, 'm'));
      expect(result.stderr).toMatch(/no brief was written/);
    });
  }
});

describe('files that change under plan (spawned)', () => {
  it('a file rewritten and removed in a loop while it is validated: a result or a clear error, never a crash', async () => {
    const path = join(dir, 'moving.yaml');
    const bad = `${BASE}notes: x\n`;
    let stop = false;
    // Truncate, grow, remove and recreate the file as fast as the event loop allows.
    const churn = (async () => {
      for (let i = 0; !stop; i++) {
        if (i % 3 === 2) await rm(path, { force: true });
        else {
          await writeFile(path, i % 2 ? BASE : '');
          await appendFile(path, bad.repeat(50));
        }
      }
    })();
    try {
      for (let run = 0; run < 12; run++) {
        const result = await runPlan(['validate', 'moving.yaml', '--now', NOW], { cwd: dir });
        expect(result.signal).toBeNull();
        expect(result.stderr).not.toMatch(STACK_LINE);
        expect(result.stderr).not.toMatch(/Unexpected error/);
        expect([0, 1, 2]).toContain(result.code);
        if (result.code === 2) expect(result.stderr).toMatch(/^plan: (No such file or folder: moving\.yaml|Cannot read moving\.yaml)/);
      }
    } finally {
      stop = true;
      await churn;
    }
  });

  it('shows the stack trace only with --verbose', async () => {
    // A folder given where the report must be written is an input error, with --verbose its stack.
    await writeFile(join(dir, 'ok.yaml'), await readFile(join(dir, 'base.yaml')));
    const quiet = await runPlan(['validate', 'ok.yaml', '--output', '.', '--now', NOW], { cwd: dir });
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).not.toMatch(STACK_LINE);
    const verbose = await runPlan(['validate', 'ok.yaml', '--output', '.', '--now', NOW, '--verbose'], { cwd: dir });
    expect(verbose.code).toBe(2);
    expect(verbose.stderr).toMatch(STACK_LINE);
  });
});
