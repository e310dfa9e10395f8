// `.planrc.yaml` applies to every command that reads a strategy: validate, brief and calendar see the
// same severities, so the brief's open points are what plan validate reports. The built CLI, spawned.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPlan, tempDir } from '../helpers/cli.js';

const DISCLOSURE = 'No disclosure rule for partnerships';
/** The same open point as the brief words it for the client: a decision to take. */
const DISCLOSURE_DECISION = 'Decide how paid partnerships, gifts and employee posts are disclosed';
const NOW = ['--now', '2026-11-26'];
let dir = '';
let cleanup: () => Promise<void> = async () => {};

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  // The Northwind example without its disclosure rule: one warning, policy/disclosure.
  const example = await readFile(join(import.meta.dirname, '..', '..', 'examples', 'northwind-analytics.strategy.yaml'), 'utf8');
  const strategy = example.split('\n').filter((line) => !line.includes('disclosure:')).join('\n');
  await mkdir(join(dir, 'plans'));
  await writeFile(join(dir, 'plans', 'strategy.yaml'), strategy);
});
afterEach(async () => cleanup());

const plan = (args: string[]) => runPlan([...args, ...NOW], { cwd: join(dir, 'plans') });
const config = (text: string) => writeFile(join(dir, '.planrc.yaml'), text);

describe('.planrc.yaml in every command that reads a strategy', () => {
  it.each([
    ['without a config', undefined],
    ['with an override for other files only', 'overrides:\n  - files: ["elsewhere/*.yaml"]\n    rules:\n      policy/disclosure: error\n'],
  ])('%s: validate warns, the brief lists the point to decide, the calendar is made', async (_, text) => {
    if (text !== undefined) await config(text);
    const validate = await plan(['validate', 'strategy.yaml']);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('policy/disclosure');
    const brief = await plan(['brief']);
    expect(brief.code).toBe(0);
    expect(brief.stdout).toContain(DISCLOSURE_DECISION);
    expect((await plan(['calendar'])).code).toBe(0);
  });

  it('a rule turned off (config in a parent folder) leaves validate clean and the brief without the point', async () => {
    await config('rules:\n  policy/disclosure: off\n');
    const validate = await plan(['validate', 'strategy.yaml']);
    expect(validate.code).toBe(0);
    expect(validate.stdout).not.toContain('policy/disclosure');
    const brief = await plan(['brief']);
    expect(brief.code).toBe(0);
    expect(brief.stdout).not.toContain(DISCLOSURE_DECISION);
    expect(brief.stderr).toBe('');
  });

  it('a rule raised to error fails validate, stops the brief (unless forced) and the calendar', async () => {
    await config('overrides:\n  - files: ["plans/*.yaml"]\n    rules:\n      policy/disclosure: error\n');
    expect((await plan(['validate', 'strategy.yaml'])).code).toBe(1);
    const brief = await plan(['brief']);
    expect(brief.code).toBe(1);
    expect(brief.stdout).toBe('');
    expect(brief.stderr).toContain(DISCLOSURE);
    expect(brief.stderr).toContain('policy/disclosure');
    const forced = await plan(['brief', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(DISCLOSURE);
    const calendar = await plan(['calendar']);
    expect(calendar.code).toBe(1);
    expect(calendar.stdout).toBe('');
    expect(calendar.stderr).toContain('policy/disclosure');
  });

  it('--config FILE applies to brief and calendar as to validate, instead of the nearest one', async () => {
    await config('rules:\n  policy/disclosure: off\n');
    await writeFile(join(dir, 'strict.yaml'), 'rules:\n  policy/disclosure: error\n');
    expect((await plan(['validate', 'strategy.yaml', '--config', '../strict.yaml'])).code).toBe(1);
    const brief = await plan(['brief', '--config', '../strict.yaml']);
    expect(brief.code).toBe(1);
    expect(brief.stderr).toContain('policy/disclosure');
    expect((await plan(['calendar', '--config', '../strict.yaml'])).code).toBe(1);
    const missing = await plan(['brief', '--config', '../none.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('none.yaml');
  });

  it('a bad config is an input error (exit 2) naming its file and line, in every command', async () => {
    await config('rules:\n  policy/disclosur: off\n');
    for (const args of [['validate', 'strategy.yaml'], ['brief'], ['calendar']]) {
      const run = await plan(args);
      expect(run.code, args[0]).toBe(2);
      expect(run.stdout, args[0]).toBe('');
      expect(run.stderr, args[0]).toMatch(/\.planrc\.yaml:2: unknown rule `policy\/disclosur`\. Did you mean `policy\/disclosure`\?/);
    }
  });
});
