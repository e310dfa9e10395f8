// A rule the configuration turns off is not run at all, on either road (first pass or full check).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile } from '../../../src/validate/check-file.js';
import { RULES } from '../../../src/rules/index.js';
import { defineRule } from '../../../src/rules/types.js';
import { ROOT } from '../../helpers/cli.js';

function countingRule() {
  let runs = 0;
  const rule = defineRule({
    id: 'test/counting',
    category: 'refs',
    severity: 'warn',
    messages: { en: { rationale: 'r', fix: 'f', hit: 'hit' }, fr: { rationale: 'r', fix: 'f', hit: 'hit' } },
    check: () => {
      runs++;
      return [{ path: [], message: 'hit' }];
    },
  });
  return { rule, runs: () => runs };
}

const clean = readFileSync(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'));
const broken = Buffer.from('version: 1\norganization:\n  name: x\n  language: en\n  bogus: 1\n');

describe('rules turned off', () => {
  it.each([
    ['a clean file (first pass)', clean],
    ['a file with findings (full check)', broken],
  ])('are not run on %s', async (_name, bytes) => {
    const counting = countingRule();
    const options = { now: new Date('2026-12-01'), rules: [...RULES, counting.rule] };
    const on = await checkFile(bytes, 's.yaml', options);
    expect(counting.runs()).toBeGreaterThan(0);
    expect(on.result.findings.map((f) => f.ruleId)).toContain('test/counting');

    const off = countingRule();
    const result = await checkFile(bytes, 's.yaml', { ...options, rules: [...RULES, off.rule], severityOverride: (id) => (id === 'test/counting' ? 'off' : undefined) });
    expect(off.runs()).toBe(0);
    expect(result.result.findings.map((f) => f.ruleId)).not.toContain('test/counting');
  });
});
