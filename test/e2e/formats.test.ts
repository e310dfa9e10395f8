// Machine formats and CI integration, through the built `plan` as a CI job runs it.
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cleanEnv, ROOT, runPlan, tempDir } from '../helpers/cli.js';
import { validateSarif } from '../unit/formatters/sarif-schema.js';
import { validateCodeQuality } from '../unit/formatters/codequality-schema.js';

// Schema errors: the exact list of findings grows as rules are added, so the tests below take the
// counts from `--format json` and check that every other format agrees with them.
const BAD = 'version: 1\norganisation:\n  name: x\nplatforms: []\n';
const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit', 'markdown'] as const;

let dir: string;
let cleanup: () => Promise<void>;
let counts: { errors: number; warnings: number; infos: number; total: number };
let summary: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, 'strategies'));
  await writeFile(join(dir, 'strategies', 'bad.strategy.yaml'), BAD);
  await copyFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), join(dir, 'strategies', 'good.strategy.yaml'));
  const json = await plan(['validate', 'strategies/', '--format', 'json']);
  const { errors, warnings, infos } = JSON.parse(json.stdout).summary;
  counts = { errors, warnings, infos, total: errors + warnings + infos };
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  summary = `✖ ${n(counts.total, 'problem')} (${n(errors, 'error')}, ${n(warnings, 'warning')}, ${infos} info) in 2 files`;
});
afterAll(() => cleanup());

const plan = (args: string[], env: NodeJS.ProcessEnv = {}) => runPlan(args, { cwd: dir, env: cleanEnv(env) });
const badRows = (text: string) => text.split('\n').filter((l) => l.startsWith('| strategies/bad.strategy.yaml |'));

describe('each format on files with findings', () => {
  it('json: the documented shape', async () => {
    const r = await plan(['validate', 'strategies/', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['version', 'tool', 'summary', 'files']);
    expect(out.summary.files).toBe(2);
    expect(counts.errors).toBeGreaterThanOrEqual(3);
    const bad = out.files.find((f: { file: string }) => f.file.endsWith('bad.strategy.yaml'));
    expect(bad.findings.map((f: { ruleId: string; range: { start: { line: number } } }) => `${f.ruleId}@${f.range.start.line}`)).toEqual(
      expect.arrayContaining(['schema/additional-property@2', 'schema/min-items@4']),
    );
    expect(r.stderr).toContain(summary);
  });

  it('github: workflow commands with repository-relative paths', async () => {
    const r = await plan(['validate', 'strategies/', '--format', 'github']);
    expect(r.code).toBe(1);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(commands).toHaveLength(Math.min(counts.errors, 10));
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning '))).toHaveLength(Math.min(counts.warnings, 10));
    for (const line of commands) expect(line).toMatch(/^::error file=strategies\/bad\.strategy\.yaml,line=\d+(,col=\d+)?(,endColumn=\d+)?(,endLine=\d+)?,title=schema\/[a-z-]+::\S/);
    // Every finding is in the folded log, whatever the annotation limit hides.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('strategies/bad.strategy.yaml:'))).toHaveLength(counts.total);
    expect(r.stdout).toContain('::error file=strategies/bad.strategy.yaml,line=2,col=1,endColumn=13,title=schema/additional-property::Unknown key `organisation`.');
  });

  it('sarif: valid SARIF 2.1.0 with relative uris', async () => {
    const r = await plan(['validate', 'strategies/', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results).toHaveLength(counts.total);
    expect(new Set(log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['strategies/bad.strategy.yaml']));
  });

  it('junit: well-formed XML, a failing case per error and a passing case for the clean file', async () => {
    const r = await plan(['validate', 'strategies/', '--format', 'junit']);
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testsuite' || n === 'testcase' }).parse(r.stdout);
    expect(doc.testsuites).toMatchObject({ tests: String(counts.errors + 1), failures: String(counts.errors) });
    expect(doc.testsuites.testsuite.map((s: { name: string }) => s.name).sort()).toEqual(['strategies/bad.strategy.yaml', 'strategies/good.strategy.yaml']);
  });

  it('markdown: a table', async () => {
    const r = await plan(['validate', 'strategies/', '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('| File | Line | Severity | Rule | Message |');
    expect(badRows(r.stdout)).toHaveLength(counts.total);
  });
});

describe('exit codes do not depend on the format', () => {
  it.each(FORMATS)('%s: 0 clean, 1 findings, 2 missing input', async (format) => {
    const clean = await plan(['validate', 'strategies/good.strategy.yaml', '-f', format]);
    expect(clean.code, clean.stderr).toBe(0);
    const findings = await plan(['validate', 'strategies/', '-f', format]);
    expect(findings.code, findings.stderr).toBe(1);
    const missing = await plan(['validate', 'nope.yaml', '-f', format]);
    expect(missing.code, missing.stderr).toBe(2);
    expect(missing.stdout).toBe('');
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await plan(['validate', 'strategies/', '-f', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sarif/);
  });
});

describe('one name for Markdown in every command', () => {
  it.each([
    ['report', ['report', 'good.strategy.yaml', '--data', 'data/', '--now', '2026-11-26']],
    ['brief', ['brief', 'good.strategy.yaml', '--now', '2026-11-26']],
    ['calendar', ['calendar', 'good.strategy.yaml', '--now', '2026-11-26']],
  ])('%s takes --format markdown as md, and its help says so', async (command, args) => {
    await copyFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), join(dir, 'good.strategy.yaml'));
    await mkdir(join(dir, 'data'), { recursive: true });
    await writeFile(join(dir, 'data', 'figures.csv'), 'date,platform,metric,value\n2026-11-02,instagram,followers,150\n');
    const md = await plan([...args, '--format', 'md']);
    const markdown = await plan([...args, '--format', 'markdown']);
    expect(markdown.stderr).toBe(md.stderr);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toBe(md.stdout);
    expect(markdown.stdout).toMatch(/^(<!--.*-->\n\n)?# /);
    expect((await plan([command, '--help'])).stdout).toMatch(/md( \(or markdown\)| or markdown)/);
  });
});

describe('GitHub Actions', () => {
  it('uses the github format by default when GITHUB_ACTIONS=true', async () => {
    const r = await plan(['validate', 'strategies/'], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::group::/);
    expect(r.stdout).toContain('::error file=strategies/bad.strategy.yaml,');
  });

  it('keeps an explicit --format', async () => {
    const r = await plan(['validate', 'strategies/', '--format', 'json'], { GITHUB_ACTIONS: 'true' });
    expect(JSON.parse(r.stdout).summary.errors).toBe(counts.errors);
  });

  it('appends the Markdown report to $GITHUB_STEP_SUMMARY, keeping what is there', async () => {
    const summaryFile = join(dir, 'summary.md');
    await writeFile(summaryFile, '# Earlier step\n');
    const r = await plan(['validate', 'strategies/'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
    expect(r.code).toBe(1);
    const text = await readFile(summaryFile, 'utf8');
    expect(text.startsWith('# Earlier step\n## plan validate\n')).toBe(true);
    expect(text).toContain(summary);
    expect(badRows(text)).toHaveLength(counts.total);
  });

  it('writes the summary in French with --lang fr, and a clean report too', async () => {
    const summaryFile = join(dir, 'summary-fr.md');
    const r = await plan(['validate', 'strategies/good.strategy.yaml', '--lang', 'fr'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
    expect(r.code).toBe(0);
    expect(await readFile(summaryFile, 'utf8')).toContain('aucun problème');
  });

  it('warns on stderr but keeps the exit code when the summary cannot be written', async () => {
    const r = await plan(['validate', 'strategies/'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'strategies') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Could not write the job summary to .*strategies \(EISDIR\)/);
    expect(r.stdout).toContain('::error ');
  });
});

describe('--output', () => {
  it('writes the report to the file, nothing to stdout, and the summary line to stderr', async () => {
    const r = await plan(['validate', 'strategies/', '--format', 'sarif', '--output', 'plan.sarif']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(summary);
    expect(validateSarif(JSON.parse(await readFile(join(dir, 'plan.sarif'), 'utf8')))).toBe(true);
  });
});

describe('ready-to-copy CI examples', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; bin: Record<string, string> };

  /** The `plan validate ...` command lines of a CI file, split as a POSIX shell would (single quotes only), up to a `||`. */
  function planCommands(file: string): string[][] {
    const text = readFileSync(join(ROOT, file), 'utf8');
    // social-plan is not on the registry: each recipe builds it from the repository and installs the tarball.
    expect(text).toMatch(new RegExp(`npm pack --pack-destination \\S+ github:${pkg.name}/${pkg.name}#\\S+ && npm install -g (--\\S+ )*\\S*${pkg.name}-\\*\\.tgz`));
    expect(text).not.toMatch(/\bnpx\b/);
    const lines = text.split('\n').filter((l) => /(^|\s)plan validate /.test(l) && !l.trimStart().startsWith('#'));
    return lines.map((line) => {
      expect(line).not.toContain('--package=');
      const command = line.slice(line.indexOf('plan validate ') + 'plan '.length).split(' || ')[0]!.trim();
      return [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    });
  }

  it('the examples are YAML that their CI can read', () => {
    const workflow = parseYaml(readFileSync(join(ROOT, 'docs/ci/github-workflow.yml'), 'utf8'));
    expect(Object.keys(workflow.jobs)).toContain('validate');
    const gitlab = parseYaml(readFileSync(join(ROOT, 'docs/ci/gitlab-ci.yml'), 'utf8'));
    expect(gitlab.strategy.artifacts.reports.junit).toBe('plan-junit.xml');
    expect(gitlab.strategy.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
  });

  it('the GitHub workflow uses the action of this repository with inputs it declares', () => {
    const workflow = parseYaml(readFileSync(join(ROOT, 'docs/ci/github-workflow.yml'), 'utf8'));
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    const step = workflow.jobs.validate.steps.find((s: { uses?: string }) => s.uses?.startsWith('social-plan/social-plan@'));
    expect(step).toBeDefined();
    for (const input of Object.keys(step.with)) expect(Object.keys(action.inputs)).toContain(input);
    expect(workflow.permissions['pull-requests']).toBe('write');
  });

  it('every command of the GitLab recipe works as written', async () => {
    const commands = planCommands('docs/ci/gitlab-ci.yml');
    expect(commands).toHaveLength(2);
    for (const args of commands) {
      const r = await plan(args);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(1);
      const output = args[args.indexOf('--output') + 1]!;
      const text = readFileSync(join(dir, output), 'utf8');
      if (output.endsWith('.json')) {
        const issues = JSON.parse(text) as { fingerprint: string }[];
        expect(validateCodeQuality(issues), JSON.stringify(validateCodeQuality.errors)).toBe(true);
        expect(issues.length).toBe(counts.total);
        expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
      }
      else expect(XMLValidator.validate(text)).toBe(true);
    }
  });

  it('the pre-commit hook runs the package bin on strategy files only', async () => {
    const [hook] = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hook).toMatchObject({ id: 'plan-validate', language: 'node' });
    const [bin, ...args] = hook.entry.split(' ');
    expect(Object.keys(pkg.bin)).toContain(bin);
    const files = new RegExp(hook.files);
    expect(['a.strategy.yaml', 'team/b.strategy.yml', 'strategy.yaml', 'team/strategy.yml'].every((f) => files.test(f))).toBe(true);
    expect(['a.yaml', '.github/workflows/ci.yml', 'a.strategy.yaml.bak', 'mystrategy.yaml'].some((f) => files.test(f))).toBe(false);
    // pre-commit passes the staged file names as arguments.
    expect((await plan([...args, 'strategies/good.strategy.yaml'])).code).toBe(0);
    expect((await plan([...args, 'strategies/bad.strategy.yaml', 'strategies/good.strategy.yaml'])).code).toBe(1);
  });
});
