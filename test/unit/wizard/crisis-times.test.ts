// The wizard does not ask the crisis tiers' response times: they never answer a crisis more slowly
// than an everyday comment, so the summary never shows consistency/crisis-response-order.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInit } from '../../../src/commands/init/run.js';
import type { CommandIO } from '../../../src/io/context.js';
import { checkText } from '../../../src/validate/check.js';
import { crisisWithin } from '../../../src/wizard/steps/crisis.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-crisis-times-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function silentIO(): CommandIO {
  const stdin = new PassThrough();
  stdin.end();
  return { stdout: { write: () => true }, stderr: { write: () => true }, stdin, env: { LANG: 'en_US.UTF-8' }, cwd: dir };
}

describe('crisis tier response times', () => {
  it('take the everyday response time when it is faster, and keep their own otherwise', () => {
    expect(crisisWithin('4h', '2 h')).toBe('2 h');
    expect(crisisWithin('1h', '2 h')).toBe('1h');
    expect(crisisWithin('4h', '30m')).toBe('30m');
    expect(crisisWithin('4h', '1d')).toBe('4h');
    expect(crisisWithin('4h', undefined)).toBe('4h');
  });

  it.each([[undefined], ['local-business'], ['political-campaign']])('a 2 h (or 15 min) comment response time leaves no crisis tier slower (template: %s)', async (template) => {
    for (const responseTime of ['2 h', '15m']) {
      const file = join(dir, 'answers.json');
      await writeFile(file, JSON.stringify({ name: 'Acme', owner: 'Jo', platforms: ['instagram'], audiences: ['Locals:25-44'], 'community.response_time': responseTime }));
      const out = join(dir, `out-${responseTime.replace(/\s/g, '')}`);
      await expect(runInit({ answers: file, yes: true, out, now: '2026-11-26', quiet: true, template }, silentIO())).resolves.toBe(0);
      const text = await readFile(join(out, 'strategy.yaml'), 'utf8');
      expect(text).toContain(`response_time: ${responseTime}`);
      const findings = checkText(text, 'strategy.yaml', { now: new Date('2026-11-26T12:00:00Z'), env: {} }).findings;
      expect(findings.filter((f) => f.ruleId === 'consistency/crisis-response-order')).toEqual([]);
    }
  });
});
