// Every file in examples/invalid/ shows one kind of mistake. Spawning the built `plan` on each,
// we check the exact rule ids at the exact lines, and exit code 1.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPlan } from '../helpers/cli.js';

type Expected = [ruleId: string, line: number][];

const INVALID_DIR = 'examples/invalid';

const EXPECTED: Record<string, Expected> = {
  'syntax-error.yaml.invalid': [['yaml/syntax', 9]],
  'duplicate-key.yaml.invalid': [['yaml/duplicate-key', 8]],
  'tab-indentation.yaml.invalid': [['yaml/tab', 6]],
  'several-documents.yaml.invalid': [['yaml/multiple-documents', 13]],
  'empty.yaml.invalid': [['yaml/empty', 1]],
  'unknown-key.yaml.invalid': [['schema/additional-property', 17]],
  'wrong-type.yaml.invalid': [['schema/type', 7], ['schema/type', 11]],
  'bad-enum.yaml.invalid': [['schema/enum', 10], ['schema/enum', 11]],
  'broken-reference.yaml.invalid': [['refs/unknown-audience', 11], ['refs/unknown-platform', 29]],
  'pillar-shares.yaml.invalid': [['refs/pillar-shares', 19]],
  'impossible-date.yaml.invalid': [['schema/format', 7]],
  'missing-section.yaml.invalid': [['schema/required', 3]],
  'duplicate-id.yaml.invalid': [['refs/duplicate-id', 14]],
};

/** Messages that must carry a hint, beyond the rule id: "did you mean" and what to do. */
const MESSAGES: Record<string, RegExp[]> = {
  'unknown-key.yaml.invalid': [/Did you mean `address`/],
  'bad-enum.yaml.invalid': [/Did you mean `primary`/, /Did you mean `week`/],
  'broken-reference.yaml.invalid': [/Did you mean `young-parents`/, /`tiktok`/],
  'missing-section.yaml.invalid': [/`editorial_line`/],
};

// The files show structural mistakes (YAML, schema, references). Opinionated rules (objectives,
// crisis, tone...) may also speak about these deliberately small files; they have their own fixtures.
const STRUCTURAL = /^(yaml|schema|refs)\//;

interface JsonFinding { ruleId: string; severity: string; message: string; range: { start: { line: number; col: number } } }

async function findingsOf(file: string): Promise<{ code: number | null; findings: JsonFinding[]; stderr: string }> {
  const result = await runPlan(['validate', `${INVALID_DIR}/${file}`, '--format', 'json', '--lang', 'en']);
  const report = JSON.parse(result.stdout) as { files: { findings: JsonFinding[] }[] };
  return { code: result.code, findings: report.files.flatMap((f) => f.findings), stderr: result.stderr };
}

describe('examples/invalid (spawned plan validate --format json)', () => {
  it('has a table entry for every file, and a file for every entry', async () => {
    // posts/ holds the posts with mistakes (test/e2e/posts.test.ts).
    const files = (await readdir(join(ROOT, INVALID_DIR))).filter((name) => name !== 'README.md' && name !== 'posts').sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s gives exactly the expected findings', async (file, expected) => {
    const { code, findings, stderr } = await findingsOf(file);
    expect(stderr).not.toMatch(/\n\s+at /); // never a stack trace
    const got = findings.filter((f) => STRUCTURAL.test(f.ruleId)).map((f) => [f.ruleId, f.range.start.line]);
    expect(got).toEqual(expected);
    for (const f of findings.filter((x) => STRUCTURAL.test(x.ruleId))) expect(f.severity).toBe('error');
    expect(code).toBe(1);
    for (const pattern of MESSAGES[file] ?? []) expect(findings.map((f) => f.message).join('\n')).toMatch(pattern);
  });

  it.each(Object.entries(EXPECTED))('%s says in its header what it shows and what plan finds', async (file, expected) => {
    const text = await readFile(join(ROOT, INVALID_DIR, file), 'utf8');
    const header = text.split('\n').filter((line) => line.startsWith('#')).join('\n');
    expect(header).toMatch(/^# Shows: /);
    const said = header.slice(header.indexOf('# Expected:'));
    for (const [ruleId, line] of expected) {
      expect(said).toContain(ruleId);
      expect(said).toMatch(new RegExp(`line ${line}\\b`));
    }
  });

  it('keeps `plan validate examples/` clean: invalid files are not *.yaml, so the folder walk skips them', async () => {
    const result = await runPlan(['validate', 'examples/', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { files: { file: string }[] };
    const names = report.files.map((f) => f.file);
    expect(names.length).toBeGreaterThanOrEqual(4);
    // The strategies, and the example posts (examples/posts/<name>/*.md), never a file of mistakes.
    expect(names.every((name) => (name.endsWith('.strategy.yaml') || /^examples\/posts\/[a-z-]+\/[^/]+\.md$/.test(name)) && !name.includes('invalid/'))).toBe(true);
    expect(names.filter((name) => name.endsWith('.md')).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the good examples exemplary: not even a warning or a note from any rule', async () => {
    const examples = (await readdir(join(ROOT, 'examples'))).filter((name) => name.endsWith('.strategy.yaml'));
    // A fixed clock: the examples' deadlines are real dates and will pass one day.
    const result = await runPlan(['validate', ...examples.map((name) => `examples/${name}`), '--format', 'json', '--fail-severity', 'info', '--now', '2026-11-26']);
    const report = JSON.parse(result.stdout) as { files: { file: string; findings: JsonFinding[] }[] };
    expect(report.files.flatMap((f) => f.findings.map((x) => `${f.file}:${x.range.start.line} ${x.ruleId} ${x.message}`))).toEqual([]);
    expect(result.code).toBe(0);
  });
});
