// `plan rules`, `plan platforms`, and rule configuration (.planrc.yaml, --config), spawned.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from '../helpers/cli.js';

describe('plan rules', () => {
  it('lists every rule with its severity, and the built-in families', async () => {
    const result = await runPlan(['rules']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^community\/response-time\s+warn\s+Say how fast/m);
    expect(result.stdout).toMatch(/^editorial\/promo-share\s+error\s/m);
    expect(result.stdout).toMatch(/schema\/\*\s+error/);
    expect(result.stdout).not.toMatch(/\u001b\[/);
    expect(result.stderr).toMatch(/plan rules RULE-ID/);
  });

  it('prints JSON with rationale, source, fix and examples', async () => {
    const result = await runPlan(['rules', '--format', 'json', '--lang', 'fr']);
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as { rules: { id: string; rationale: string; sources: { title: string; publisher: string; url: string }[]; examples?: unknown }[]; families: { id: string }[] };
    const rule = data.rules.find((r) => r.id === 'language/quebec-french')!;
    expect(rule.rationale).toMatch(/Charte de la langue française/);
    expect(rule.sources[0]).toMatchObject({ title: 'Les médias sociaux et la Charte de la langue française', publisher: 'Office québécois de la langue française' });
    expect((rule as { url?: string }).url).toMatch(/\/docs\/rules\.md#languagequebec-french$/);
    expect(data.families.map((f) => f.id)).toEqual(['yaml/*', 'schema/*', 'suppress/*', 'posts/syntax', 'posts/no-strategy']);
  });

  it('explains a rule in French: French severity, category, examples and public sources', async () => {
    const result = await runPlan(['rules', 'editorial/promo-share', '--lang', 'fr']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/editorial\/promo-share {2}\(erreur, ligne éditoriale\)/);
    expect(result.stdout).toMatch(/name: Promos, share: 40/);
    expect(result.stdout).not.toMatch(/Tips|Offers|Error:|Warn:|domain\.md|shared\//);
    expect(result.stdout).toMatch(/Sources\u202f:\n {2}- .*https:\/\//);
    const en = await runPlan(['rules', 'editorial/promo-share', '--lang', 'en']);
    expect(en.stdout).toMatch(/\(error, editorial line\)/);
    expect(en.stdout).toMatch(/name: Offers, share: 40/);
    expect(en.stdout).not.toMatch(/Promos|erreur/);
  });

  it('explains every rule in both languages, with its category in words', async () => {
    const { RULES } = await import('../../src/rules/index.js');
    const { rulesCatalog } = await import('../../src/i18n/rules.js');
    for (const rule of RULES) expect(Object.hasOwn(rulesCatalog.fr, `rules.category.${rule.category}`), rule.category).toBe(true);
    const fr = await runPlan(['rules', 'consistency/crisis-levels', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/\(avertissement, cohérence\)|\(erreur, cohérence\)|\(info, cohérence\)/);
    expect(fr.stdout).toMatch(/Une plainte largement partagée/);
  });

  it('explains one rule with its fix and both snippets', async () => {
    const result = await runPlan(['rules', 'community/criticism']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/community\/criticism {2}\(warn, community\)/);
    expect(result.stdout).toMatch(/How to fix: /);
    expect(result.stdout).toMatch(/Passes:\n {4}community:\n {6}negative_feedback:\n {8}approach: respond-then-private/);
    expect(result.stdout).toMatch(/Fails:\n[\s\S]*approach: delete/);
    expect(result.stdout).toContain('Docs: https://github.com/social-plan/social-plan/blob/main/docs/rules.md#communitycriticism\n');
  });

  it('explains a consistency rule in French: French examples, no source path a user cannot open', async () => {
    const fr = await runPlan(['rules', 'consistency/growth-pace', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/statement: Faire grandir notre communauté\n[\s\S]*kpi: abonnés Instagram/);
    expect(fr.stdout).not.toContain('Grow our audience');
    expect(fr.stdout).not.toMatch(/src\//);
    const en = await runPlan(['rules', 'consistency/growth-pace']);
    expect(en.stdout).toContain('statement: Grow our audience');
    for (const id of ['consistency/deadline-horizon', 'consistency/review-date', 'consistency/rehearsal-date', 'consistency/address-audience']) {
      const result = await runPlan(['rules', id, '--lang', 'fr']);
      expect(result.stdout, id).not.toMatch(/src\//);
    }
  });

  it('exits 2 with a suggestion for an unknown rule', async () => {
    const result = await runPlan(['rules', 'crisis/readyness']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/Unknown rule `crisis\/readyness`\. Did you mean `crisis\/readiness`\?/);
  });
});

describe('list output ends its last line (the shell prompt starts on a line of its own)', () => {
  it.each([
    ['rules'], ['rules', '--quiet'], ['rules', '--lang', 'fr'], ['rules', '--format', 'json'], ['rules', 'audience/minors'],
    ['rules', 'schema/additional-property'], ['platforms'], ['platforms', 'tiktok'], ['platforms', '--format', 'json'],
  ])('plan %s', async (...args) => {
    const result = await runPlan(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/[^\n]\n$/);
    if (result.stderr) expect(result.stderr).toMatch(/[^\n]\n$/);
  });
});

describe('plan platforms', () => {
  it('prints the catalogue as a table', async () => {
    const result = await runPlan(['platforms']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^instagram\s+Instagram\s+3–7\s+2\s+2,200\s+reels, stories, carousels$/m);
    expect(result.stdout).toMatch(/^bluesky\s+Bluesky\s+.*300 \(graphemes\)/m);
    expect(result.stdout.trim().split('\n')).toHaveLength(13);
  });

  it('prints JSON', async () => {
    const result = await runPlan(['platforms', '--format', 'json']);
    const data = JSON.parse(result.stdout) as { platforms: { id: string; sources: unknown[] }[] };
    expect(data.platforms).toHaveLength(12);
    expect(data.platforms.every((p) => p.sources.length > 0)).toBe(true);
  });

  it('shows one platform in full with its sources, in French', async () => {
    const result = await runPlan(['platforms', 'snapchat', '--lang', 'fr']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Qui y est\s+Les jeunes/);
    expect(result.stdout).toMatch(/Portée selon l’âge, États-Unis \(Pew\)\s+tous les adultes 27 % · 18–29 65 % · 65 et \+ 4 %/);
    expect(result.stdout).toMatch(/vérifié le \d{4}-\d{2}-\d{2}/);
  });

  it('exits 2 with a suggestion for an unknown platform', async () => {
    const result = await runPlan(['platforms', 'tiktock']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Did you mean `tiktok`/);
  });
});

describe('rule configuration and inline suppression (spawned)', () => {
  let dir = '';
  let cleanup = async () => {};
  const findings = (stdout: string) =>
    (JSON.parse(stdout) as { files: { file: string; findings: { ruleId: string; severity: string; range: { start: { line: number } } }[] }[] }).files
      .flatMap((f) => f.findings.map((x) => `${f.file}:${x.ruleId}:${x.severity}:${x.range.start.line}`));

  let line = 0;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    await mkdir(join(dir, 'team', 'drafts'), { recursive: true });
    const text = await readFile(join(ROOT, 'test/fixtures/rules/community-response-time.yaml'), 'utf8');
    line = text.split('\n').findIndex((l) => l.startsWith('  response_time: 3d')) + 1;
    await writeFile(join(dir, 'team', 'final.yaml'), text);
    await writeFile(join(dir, 'team', 'drafts', 'draft.yaml'), text);
    await cp(join(ROOT, 'test/fixtures/rules/community-response-time.yaml'), join(dir, 'alone.yaml'));
    await writeFile(join(dir, 'team', '.planrc.yaml'), 'rules:\n  community/response-time: error\noverrides:\n  - files: ["drafts/**"]\n    rules:\n      community/response-time: off\n');
  });
  afterAll(() => cleanup());

  it('applies the nearest .planrc.yaml and its overrides', async () => {
    const result = await runPlan(['validate', 'team', 'alone.yaml', '--format', 'json', '--now', '2026-11-26'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(findings(result.stdout).sort()).toEqual([
      `alone.yaml:community/response-time:warn:${line}`,
      `team/final.yaml:community/response-time:error:${line}`,
    ]);
  });

  it('uses --config for every file', async () => {
    await writeFile(join(dir, 'quiet.yaml'), 'rules:\n  community/response-time: info\n');
    const result = await runPlan(['validate', 'team/final.yaml', 'alone.yaml', '--config', 'quiet.yaml', '--format', 'json', '--now', '2026-11-26'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(findings(result.stdout).sort()).toEqual([`alone.yaml:community/response-time:info:${line}`, `team/final.yaml:community/response-time:info:${line}`]);
  });

  it('exits 2 on a bad config, naming file and line', async () => {
    await writeFile(join(dir, 'bad.yaml'), 'rules:\n  objectives/smart: warn\n  objectives/smrt: off\n');
    const result = await runPlan(['validate', 'alone.yaml', '--config', 'bad.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/bad\.yaml:3: unknown rule `objectives\/smrt`\. Did you mean `objectives\/smart`\?/);
  });

  it('honours plan-disable-next-line with a reason, and reports one without', async () => {
    const text = (await readFile(join(dir, 'alone.yaml'), 'utf8'))
      .replace('  response_time: 3d  # expect: community/response-time', '  # plan-disable-next-line community/response-time -- the bakery is closed on weekends\n  response_time: 3d');
    const ok = await runPlan(['validate', '-', '--format', 'json', '--now', '2026-11-26'], { cwd: dir, input: text });
    expect(ok.code).toBe(0);
    expect(findings(ok.stdout)).toEqual([]);
    const noReason = await runPlan(['validate', '-', '--format', 'json', '--now', '2026-11-26'], { cwd: dir, input: text.replace(' -- the bakery is closed on weekends', '') });
    expect(findings(noReason.stdout).sort()).toEqual([`<stdin>:community/response-time:warn:${line + 1}`, `<stdin>:suppress/missing-reason:warn:${line}`]);
  });
});
