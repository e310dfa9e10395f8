// `plan init --edit FILE` and `--measure`, spawned as a user or CI would run them.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDS, ROOT, runPlan, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

/** The example without its measures (and the comment that accepts one of them). */
function withoutMeasures(text: string): string {
  return text.split('\n').filter((line) => !/^\s*measure: |plan-disable-next-line objectives\/not-followable/.test(line)).join('\n');
}

describe('plan init --edit FILE (spawned)', () => {
  it('gives back the hand-written example, byte for byte, from the same answers', async () => {
    const example = await readFile(join(ROOT, 'examples', 'harbour-food-network.strategy.yaml'), 'utf8');
    const file = join(dir, 'harbour.yaml');
    await writeFile(file, withoutMeasures(example));
    const measures = ['winter-donations=all/custom:online-donations/sum', 'volunteer-shifts=instagram/custom:weekend-shifts-filled/mean', 'partner-days=linkedin/custom:team-days-booked/sum'];
    const result = await runPlan(['init', '--edit', 'harbour.yaml', ...measures.flatMap((m) => ['--measure', m])], { cwd: dir });
    expect(result.stderr).toBe('harbour.yaml updated: 3 measures added, every other line kept as it was.\nNext: `plan validate harbour.yaml`.\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Lines added to harbour\.yaml:\n  line \d+: \+ measure: \{ platform: all, metric: custom, aggregate: sum, name: online-donations \}   \(objective `winter-donations`\)\n/);
    expect(await readFile(file, 'utf8')).toBe(example);
    const validate = await runPlan(['validate', 'harbour.yaml', '--now', '2026-11-26'], { cwd: dir });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/no problems/);
  });

  it('in French, with --yes: the suggestions, and what still keeps plan report from following them', async () => {
    const example = await readFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), 'utf8');
    await writeFile(join(dir, 'cafe.yaml'), withoutMeasures(example));
    const result = await runPlan(['init', '--edit', 'cafe.yaml', '--yes'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+ measure: { platform: instagram, metric: followers, aggregate: last }   (objectif `notoriete`)');
    expect(result.stderr).toMatch(/cafe\.yaml mis à jour\u202f: 2 mesures ajoutées/);
    expect(result.stderr).toMatch(/À régler avant que `plan report` puisse les suivre\u202f:\n  · \d+: Aucune exportation que lit `plan report` ne donne `followers` pour `instagram`/);
  });

  it('without a terminal and without answers: exit 2, the file untouched, the flag to pass', async () => {
    const text = withoutMeasures(await readFile(join(ROOT, 'examples', 'northwind-analytics.strategy.yaml'), 'utf8'));
    await writeFile(join(dir, 'northwind.yaml'), text);
    const result = await runPlan(['init', '--edit', 'northwind.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^plan: No terminal to ask questions: pass --measure ID=PLATFORM\/METRIC\[\/AGGREGATE\] for `demo-requests`, `page-engagement`, `support-response`/);
    expect(await readFile(join(dir, 'northwind.yaml'), 'utf8')).toBe(text);
    const missing = await runPlan(['init', '--edit', 'nowhere.yaml', '--yes'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.yaml/);
    expect(missing.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses hostile files without a stack trace, within time and memory bounds, and leaves them as they were', async () => {
    // A billion laughs: nine aliases of nine aliases, eleven deep.
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1, prev = 'a'; i <= 11; prev = `b${i}`, i++) bomb += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
    bomb += 'objectives: [{id: a, statement: b}]\n';
    const files = { 'bomb.yaml': bomb, 'duplicate.yaml': 'a: 1\na: 2\nobjectives: [{id: a, statement: b}]\n', 'list.yaml': '- objectives\n' };
    for (const [name, text] of Object.entries(files)) {
      await writeFile(join(dir, name), text);
      const result = await runPlan(['init', '--edit', name, '--yes'], { cwd: dir, measure: true });
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toMatch(new RegExp(`^plan: ${name.replace('.', '\\.')} is not a strategy whose measures can be added`));
      expect(result.stderr, name).not.toMatch(/Unexpected error|at .*\.js:\d+/);
      expect(result.usage!.cpuMs, name).toBeLessThan(BOUNDS.cpuMs);
      expect(result.usage!.maxRssMiB, name).toBeLessThan(BOUNDS.maxRssMiB);
      expect(await readFile(join(dir, name), 'utf8')).toBe(text);
    }
  });

  it('--measure answers the wizard too: the objectives in order', async () => {
    const result = await runPlan(['init', '--yes', '--now', '2026-11-26', '--out', 'w', '--name', 'Harbour Bakery', '--platforms', 'instagram,facebook', '--objective', 'More weekend visits', '--objective', 'Be known on the street', '--measure', 'all/custom:weekend-visits', '--measure', 'instagram/reach'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const text = await readFile(join(dir, 'w', 'strategy.yaml'), 'utf8');
    expect(text).toContain('    statement: More weekend visits\n    measure: {platform: all, metric: custom, aggregate: sum, name: weekend-visits}\n');
    expect(text).toContain('    statement: Be known on the street\n    measure: {platform: instagram, metric: reach, aggregate: sum}\n');
    const bad = await runPlan(['init', '--yes', '--now', '2026-11-26', '--out', 'w2', '--objective', 'X', '--measure', 'instagram/likes'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--measure .*"likes" is not a choice here/);
  });
});
