// Family 3 of issue 21, bounded time and memory for the inputs beside the strategy: the rule
// configuration, templates and destinations of every kind (FIFO, device, oversize), config globs
// (unclosed, and backtracking patterns against long names, generated), the largest cadence the
// schema accepts through every calendar format and the brief, and a folder of 20,000 files (which
// says what it is doing). Each spawned run stays within BOUNDS (CPU time, peak memory).
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/config/glob.js';
import { BOUNDS, ROOT, runPlan, tempDir, type RunResult } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
const STRATEGY = 'examples/cafe-boreal.strategy.yaml';

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFile(join(dir, 's.yaml'), await readFile(join(ROOT, STRATEGY)));
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  await writeFile(join(dir, 'big.yaml'), `rules:\n${'  # padding\n'.repeat(500_000)}`);
});
afterAll(() => cleanup());

function expectBounded(result: RunResult): void {
  expect(result.signal, 'killed: it blocked or hung').toBeNull();
  expect(result.usage!.cpuMs).toBeLessThan(BOUNDS.cpuMs);
  expect(result.usage!.maxRssMiB).toBeLessThan(BOUNDS.maxRssMiB);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('inputs beside the strategy never block, never blow up (issue 21, family 3)', () => {
  it.each([
    ['--config FIFO', ['validate', 's.yaml', '--config', 'fifo'], /Cannot read the configuration file fifo: it is not a regular file/],
    ['--config /dev/zero', ['validate', 's.yaml', '--config', '/dev/zero'], /Cannot read the configuration file \/dev\/zero: it is not a regular file/],
    ['--config of 5.5 MB', ['validate', 's.yaml', '--config', 'big.yaml'], /Cannot read the configuration file big\.yaml: it is larger than 1 MiB/],
    ['--template FIFO', ['brief', 's.yaml', '--template', 'fifo'], /Cannot read the template fifo: it is not a regular file/],
    ['--template /dev/zero', ['brief', 's.yaml', '--template', '/dev/zero'], /Cannot read the template \/dev\/zero: it is not a regular file/],
    ['--out FIFO (brief)', ['brief', 's.yaml', '--out', 'fifo'], /fifo is not a regular file/],
    ['--out FIFO (calendar)', ['calendar', 's.yaml', '--out', 'fifo', '--from', '2027-01-04'], /fifo is not a regular file/],
  ])('%s: exit 2 with one line, at once', async (_name, args, message) => {
    const result = await runPlan([...args, '--lang', 'en'], { cwd: dir, timeoutMs: 10_000, measure: true });
    expectBounded(result);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it.each([
    ['{a', /the glob `\{a` opens `\{` at column 1 and never closes it/],
    ['campaigns/[ab', /the glob `campaigns\/\[ab` opens `\[` at column 11/],
    ['a}.yaml', /the glob `a\}\.yaml` has a `\}` at column 2 that closes nothing/],
  ])('override glob %j: a config error naming it, file and line', async (glob, message) => {
    const sub = join(dir, `glob-${glob.replace(/\W/g, '_')}`);
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, 's.yaml'), await readFile(join(ROOT, STRATEGY)));
    await writeFile(join(sub, '.planrc.yaml'), `overrides:\n  - files: [${JSON.stringify(glob)}]\n    rules: { objectives/smart: off }\n`);
    const result = await runPlan(['validate', 's.yaml', '--lang', 'en'], { cwd: sub, measure: true });
    expectBounded(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^plan: \.planrc\.yaml:2: /);
    expect(result.stderr).toMatch(message);
  });

  it('a backtracking glob against a 40-character name (the issue case) is answered at once', async () => {
    const sub = join(dir, 'redos');
    await mkdir(sub, { recursive: true });
    const name = `${'a'.repeat(40)}.yaml`;
    await writeFile(join(sub, name), await readFile(join(ROOT, STRATEGY)));
    await writeFile(join(sub, '.planrc.yaml'), 'overrides:\n  - files: ["*a*a*a*a*a*a*a*a*a*a*a*a*b"]\n    rules: { objectives/smart: off }\n');
    const result = await runPlan(['validate', name], { cwd: sub, measure: true });
    expectBounded(result);
    expect(result.code).toBe(0);
  });

  it('generated backtracking globs: the same answers as picomatch, each in milliseconds', () => {
    const glob = fc.array(fc.constantFrom('*', 'a', 'b', '?', 'ab'), { minLength: 1, maxLength: 28 }).map((parts) => parts.join(''));
    const name = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 0, maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(glob, name, (pattern, path) => {
        const started = performance.now();
        const ours = compileGlob(pattern)(path);
        expect(performance.now() - started).toBeLessThan(200);
        // picomatch alone may backtrack for minutes on these: compare where it answers quickly.
        if ((pattern.match(/\*/g) ?? []).length <= 3) expect(ours).toBe(picomatch(pattern, { dot: true })(path));
      }),
      { numRuns: 400 },
    );
    // The pattern and names built to defeat a first-literal check.
    for (const path of ['a'.repeat(40), `${'a'.repeat(39)}b`, `b${'a'.repeat(40)}`, `${'a'.repeat(20)}b${'a'.repeat(20)}`]) {
      const started = performance.now();
      compileGlob('*a*a*a*a*a*a*a*a*a*a*a*a*b')(path);
      expect(performance.now() - started).toBeLessThan(200);
    }
  });
});

describe('the largest cadence the schema accepts renders in bounded time and memory', () => {
  // 50 posts a day on both platforms, no preferred days: 37,100 posts over 53 weeks.
  const busiest = async () => {
    const text = (await readFile(join(ROOT, STRATEGY), 'utf8')).replace(/cadence: \{[^}]*\}/g, 'cadence: { posts: 50, per: day, time: "08:00" }').replace(/\n {2}hours: [^\n]*/, '');
    await writeFile(join(dir, 'busiest.yaml'), text);
  };
  beforeAll(busiest);

  it('validates', async () => {
    const result = await runPlan(['validate', 'busiest.yaml', '--now', '2026-11-26'], { cwd: dir, measure: true });
    expectBounded(result);
    expect(result.code, result.stdout).toBe(0);
  });

  it.each(['md', 'ics', 'csv', 'hootsuite'])('plan calendar --weeks 53 --format %s', async (format) => {
    const result = await runPlan(['calendar', 'busiest.yaml', '--weeks', '53', '--from', '2027-01-04', '--format', format, '-q'], { cwd: dir, measure: true, timeoutMs: 30_000 });
    expectBounded(result);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100_000);
  });

  it('plan brief', async () => {
    const result = await runPlan(['brief', 'busiest.yaml', '--now', '2026-11-26'], { cwd: dir, measure: true, timeoutMs: 30_000 });
    expectBounded(result);
    expect(result.code, result.stderr).toBe(0);
  });
});

describe('a folder of 20,000 files', () => {
  it('says what it is doing on stderr after a second, one line when stderr is not a terminal', async () => {
    const folder = join(dir, 'many');
    await mkdir(folder);
    // A strategy without a `plan-disable-next-line` comment, so each file takes the first pass, as most do.
    const text = await readFile(join(ROOT, 'examples', 'harbour-food-network.strategy.yaml'));
    for (let i = 0; i < 20_000; i += 500) await Promise.all(Array.from({ length: 500 }, (_, k) => writeFile(join(folder, `s${i + k}.yaml`), text)));
    const result = await runPlan(['validate', 'many', '--lang', 'en'], { cwd: dir, timeoutMs: 120_000, env: { ...process.env, LANG: 'en_US.UTF-8' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/20,000 files checked, no problems/);
    // On a fast machine the run may end before a second: then it says nothing, as it should.
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeLessThanOrEqual(1);
    if (lines.length === 1) expect(lines[0]).toBe('Checking 20,000 strategy files…');
  }, 180_000);
});
