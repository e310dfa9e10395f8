// Many files in one call: one report entry per file, in input order, with or without findings.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.mjs';
import { cleanEnv, runPlan, tempDir } from '../helpers/cli.js';

let dir = '';
let cleanup = async () => {};

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  // 120 valid and 28 invalid files.
  for (const file of await generateCorpus({ valid: 120, invalid: 28 })) {
    await mkdir(dirname(join(dir, file.name)), { recursive: true });
    await writeFile(join(dir, file.name), file.text);
  }
});
afterAll(() => cleanup());

describe('plan validate on many files', () => {
  it.each([
    ['clean files', ['valid', '--now', '2026-11-26'], 0, 120],
    ['files with warnings', ['valid', '--now', '2031-01-01'], 0, 120],
    ['valid and invalid files', ['.', '--now', '2026-11-26'], 1, 148],
  ] as const)('%s: one entry per file, in input order', async (_name, args, code, files) => {
    const run = await runPlan(['validate', ...args, '--format', 'json'], { cwd: dir, env: cleanEnv() });
    expect(run.code).toBe(code);
    const report = JSON.parse(run.stdout) as { files: { file: string }[] };
    expect(report.files.length).toBe(files);
    // Input order, not the order threads finished in.
    const names = report.files.map((f) => f.file);
    expect(names).toStrictEqual([...names].sort());
  });
});
