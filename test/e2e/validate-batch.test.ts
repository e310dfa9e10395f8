// Large batches are checked on several threads: the report and the exit code must be exactly those
// of a single-thread run (PLAN_JOBS=1), in input order, with or without findings.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.mjs';
import { cleanEnv, runPlan, tempDir } from '../helpers/cli.js';

let dir = '';
let cleanup = async () => {};

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  // 120 valid and 28 invalid files: above the size where a worker starts.
  for (const file of await generateCorpus({ valid: 120, invalid: 28 })) {
    await mkdir(dirname(join(dir, file.name)), { recursive: true });
    await writeFile(join(dir, file.name), file.text);
  }
});
afterAll(() => cleanup());

describe('plan validate on many files', () => {
  it.each([
    ['clean files', ['valid', '--now', '2026-11-26']],
    ['files with warnings', ['valid', '--now', '2031-01-01']],
    ['valid and invalid files', ['.', '--now', '2026-11-26']],
  ])('%s: same report on one thread and on several', async (_name, args) => {
    const single = await runPlan(['validate', ...args, '--format', 'json'], { cwd: dir, env: cleanEnv({ PLAN_JOBS: '1' }) });
    const multi = await runPlan(['validate', ...args, '--format', 'json'], { cwd: dir, env: cleanEnv({ PLAN_JOBS: '2' }) });
    // Past a second (a busy machine), a run says once what it is doing: timing, not the report.
    const withoutProgress = (stderr: string) => stderr.replace(/^Checking [\d,]+ strategy files…\n/m, '');
    expect(withoutProgress(multi.stderr)).toBe(withoutProgress(single.stderr));
    expect(multi.code).toBe(single.code);
    expect(multi.stdout).toBe(single.stdout);
    const report = JSON.parse(multi.stdout) as { files: { file: string }[] };
    expect(report.files.length).toBeGreaterThanOrEqual(120);
    // Input order, not the order threads finished in.
    const names = report.files.map((f) => f.file);
    expect(names).toStrictEqual([...names].sort());
  });
});
