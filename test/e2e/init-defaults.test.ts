// What `plan init` decides on its own: the open points it announces after `--yes` must be exactly
// what `plan validate` then reports, and the schema line must work offline when it can.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ROOT, runPlan, tempDir } from '../helpers/cli.js';

const TEMPLATES = ['product-launch', 'political-campaign', 'nonprofit-cause', 'local-business', 'b2b'];
const NOW = ['--now', '2026-11-26'];
const LOCALE = { en: 'en_CA.UTF-8', fr: 'fr_CA.UTF-8' } as const;
const URL_EN = 'https://raw.githubusercontent.com/social-plan/social-plan/main/schemas/strategy.schema.json';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(async () => {
  await cleanup();
});

interface Point {
  line: number;
  ruleId: string;
  message: string;
}

/** The open points as init lists them on stderr: a count, then `· line N: message (rule)`. */
function announced(stderr: string): { count: number; points: Point[] } {
  const count = Number(/^(\d+) points? (?:still to settle|encore à régler)/m.exec(stderr)?.[1] ?? 0);
  const points = [...stderr.matchAll(/^ {2}· (?:line|ligne) (\d+)[ \u202f]?: (.*) \(([a-z-]+\/[a-z-]+)\)$/gm)].map((m) => ({ line: Number(m[1]), message: m[2]!, ruleId: m[3]! }));
  return { count, points };
}

async function validated(file: string, env: NodeJS.ProcessEnv): Promise<Point[]> {
  const result = await runPlan(['validate', ...NOW, '--format', 'json', file], { env });
  expect(result.code === 0 || result.code === 1).toBe(true);
  const report = JSON.parse(result.stdout) as { files: { findings: { ruleId: string; message: string; range: { start: { line: number } } }[] }[] };
  return report.files.flatMap((f) => f.findings).map((f) => ({ line: f.range.start.line, ruleId: f.ruleId, message: f.message }));
}

const byLine = (a: Point, b: Point) => a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

describe('plan init --yes: the only findings are the ones it announces', () => {
  const cases = (['en', 'fr'] as const).flatMap((lang) => [undefined, ...TEMPLATES].map((template) => [lang, template] as const));
  it.each(cases)('%s, template %s', async (lang, template) => {
    const out = join(dir, `yes-${lang}-${template ?? 'none'}`);
    await mkdir(out, { recursive: true });
    const env = cleanEnv({ LANG: LOCALE[lang] });
    const args = ['init', ...NOW, '--yes', '--lang', lang, ...(template ? ['--template', template] : [])];
    const result = await runPlan(args, { cwd: out, env });
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(result.code).toBe(0);
    const said = announced(result.stderr);
    const found = await validated(join(out, 'strategy.yaml'), env);
    expect(said.points.sort(byLine)).toEqual(found.sort(byLine));
    expect(said.count).toBe(found.length);
  });

  it('says nothing is left when nothing is', async () => {
    const out = join(dir, 'complete');
    await mkdir(out, { recursive: true });
    const env = cleanEnv({ LANG: LOCALE.en });
    // Every open point of the plain --yes run answered: a target, a measure the exports give, the crisis approvers, who is on call.
    const answers = join(out, 'answers.yaml');
    await writeFile(answers, 'objectives:\n  - {statement: Build an engaged community, kpi: comments per post, baseline: 2, target: 5, unit: comments, deadline: 2027-05-26, measure: {platform: all, metric: comments, aggregate: mean}}\ncommunity:\n  escalation: Sam Lee, on call after hours\ncrisis:\n  approvers: [Sam Lee, Alex Roy]\n');
    const result = await runPlan(['init', ...NOW, '--yes', '--lang', 'en', '--answers', answers], { cwd: out, env });
    expect(result.code).toBe(0);
    expect(await validated(join(out, 'strategy.yaml'), env)).toEqual([]);
    expect(result.stderr).not.toMatch(/to settle/);
  });
});

describe('plan init: the schema line', () => {
  const firstLine = async (file: string) => (await readFile(file, 'utf8')).split('\n')[0]!;

  it('points at the schema installed in node_modules, walking up, with a relative path', async () => {
    const project = join(dir, 'project');
    const schemas = join(project, 'node_modules', 'social-plan', 'schemas');
    await mkdir(schemas, { recursive: true });
    await writeFile(join(schemas, 'strategy.schema.json'), '{}');
    const result = await runPlan(['init', ...NOW, '--yes', '--lang', 'en', '--out', 'marketing/plan'], { cwd: project, env: cleanEnv() });
    expect(result.code).toBe(0);
    const line = await firstLine(join(project, 'marketing', 'plan', 'strategy.yaml'));
    expect(line).toBe('# yaml-language-server: $schema=../../node_modules/social-plan/schemas/strategy.schema.json');
    // The French schema is used for a French plan only when the installed package has it.
    const fr = await runPlan(['init', ...NOW, '--yes', '--lang', 'fr'], { cwd: project, env: cleanEnv() });
    expect(fr.code).toBe(0);
    expect(await firstLine(join(project, 'strategy.yaml'))).toBe('# yaml-language-server: $schema=./node_modules/social-plan/schemas/strategy.schema.json');
    await writeFile(join(schemas, 'strategy.schema.fr.json'), '{}');
    const fr2 = await runPlan(['init', ...NOW, '--yes', '--lang', 'fr', '--force'], { cwd: project, env: cleanEnv() });
    expect(fr2.code).toBe(0);
    expect(await firstLine(join(project, 'strategy.yaml'))).toBe('# yaml-language-server: $schema=./node_modules/social-plan/schemas/strategy.schema.fr.json');
  });

  it('falls back to the published URL when no schema file is reachable', async () => {
    const out = join(dir, 'bare');
    await mkdir(out, { recursive: true });
    const result = await runPlan(['init', ...NOW, '--yes', '--lang', 'en'], { cwd: out, env: cleanEnv() });
    expect(result.code).toBe(0);
    expect(await firstLine(join(out, 'strategy.yaml'))).toBe(`# yaml-language-server: $schema=${URL_EN}`);
  });

  it('inside this repository, points at its own schemas/ folder', async () => {
    const inside = join(ROOT, 'test', `.tmp-init-${process.pid}`);
    await mkdir(inside, { recursive: true });
    try {
      const result = await runPlan(['init', ...NOW, '--yes', '--lang', 'en'], { cwd: inside, env: cleanEnv() });
      expect(result.code).toBe(0);
      const line = await firstLine(join(inside, 'strategy.yaml'));
      expect(line).toBe('# yaml-language-server: $schema=../../schemas/strategy.schema.json');
      expect(existsSync(resolve(inside, '../../schemas/strategy.schema.json'))).toBe(true);
    } finally {
      await rm(inside, { recursive: true, force: true });
    }
  });
});
