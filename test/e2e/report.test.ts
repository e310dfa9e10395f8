// `plan report` spawned as a user runs it: a strategy whose objectives have measures, a neutral
// CSV of figures written here, every format, --fail-on's exit codes, and the input errors.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDS, ROOT, runPlan, tempDir } from '../helpers/cli.js';

/** The café's example strategy: its two objectives are followed (Instagram followers, Facebook event responses). */
async function strategyWithMeasures(): Promise<string> {
  const text = await readFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), 'utf8');
  expect(text).toContain('measure: { platform: instagram, metric: followers, aggregate: last }');
  expect(text).toContain('name: reponses-evenements-samedi }');
  return text;
}

/**
 * From Monday 2026-11-02 to Sunday 2027-01-24 (12 weeks): Instagram followers from 150 by 38 a
 * week on Mondays (606 on 2027-01-18: 43 % of the way to 1,200 with 65 % of the time gone, at a
 * pace that needs more than doubling: at risk); three Instagram posts a week with their pillar;
 * Facebook event responses 54 of 60 (on track); one Facebook post a week.
 */
function neutralCsv(): string {
  const rows = ['date,platform,metric,value,post,name,pillar'];
  const day = new Date(Date.UTC(2026, 10, 2));
  let followers = 150;
  let post = 0;
  for (; day <= new Date(Date.UTC(2027, 0, 24)); day.setUTCDate(day.getUTCDate() + 1)) {
    const date = day.toISOString().slice(0, 10);
    const weekday = (day.getUTCDay() + 6) % 7;
    if (weekday === 0) rows.push(`${date},instagram,followers,${(followers += 38)},,,`);
    if (weekday === 1 || weekday === 3 || weekday === 6) {
      post++;
      rows.push(`${date},instagram,reach,${200 + post * 7},ig-${post},,${['quartier', 'coulisses', 'offres'][post % 3]}`);
    }
    if (weekday === 5) rows.push(`${date},facebook,custom,${3 + (post % 4)},,reponses-evenements-samedi,`, `${date},facebook,posts,1,,,quartier`);
  }
  return rows.join('\n') + '\n';
}

describe('plan report and plan brief --data (spawned)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'strategy.yaml'), await strategyWithMeasures());
    await writeFile(join(dir, 'data.csv'), neutralCsv());
  });
  afterAll(() => cleanup());

  const report = (...args: string[]) => runPlan(['report', '--data', 'data.csv', '--now', '2027-01-26', ...args], { cwd: dir });

  it('prints a table in the strategy’s language: figures, shares of way and time, status, pace, trend', async () => {
    const result = await report();
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Café Boréal\u202f: où nous en sommes\n/);
    expect(result.stdout).toContain('Le 26 janvier 2027, d’après les données jusqu’au 24 janvier 2027.');
    const followers = result.stdout.split('\n').find((line) => line.startsWith('notoriete'))!;
    expect(followers).toMatch(/150 → 606 → 1\u00a0200 abonnés\s+43\u00a0%\s+65\u00a0%\s+à risque\s+\+101 par semaine \(jusqu’ici \+41,5\)\s+▁▂▂▃▄▄▅▅▆▇▇█$/);
    expect(result.stdout.split('\n').find((line) => line.startsWith('samedis-familles'))).toMatch(/0 → 54 → 60 réponses par mois\s+90\u00a0%\s+44\u00a0%\s+en bonne voie/);
    // Planned against posted: Instagram 4 a week planned, 3 posted; the pillar mix from the tag column.
    expect(result.stdout).toMatch(/Instagram\s+4\s+3\s+36/);
    expect(result.stdout).toMatch(/La vie du quartier\s+40\u00a0%\s+50\u00a0%\s+24/);
  });

  it('speaks English with --lang en, and colours only when asked', async () => {
    const plain = await report('--lang', 'en');
    expect(plain.stdout).toContain('Café Boréal: where we stand');
    expect(plain.stdout).toMatch(/notoriete\s+150 → 606 → 1,200 abonnés\s+43%\s+65%\s+at risk/);
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = await report('--lang', 'en', '--color');
    expect(coloured.stdout).toContain('\u001b[31mat risk');
  });

  it('--fail-on behind exits 1 and names the objectives; --fail-on at-risk likewise; exit 0 when none matches', async () => {
    const behind = await report('--fail-on', 'behind', '--lang', 'en');
    expect(behind.code).toBe(1);
    expect(behind.stdout).toContain('at risk');
    expect(behind.stderr).toBe('plan: 1 objective is at risk (--fail-on behind): notoriete.\n');
    const atRisk = await report('--fail-on', 'at-risk', '-q');
    expect(atRisk.code).toBe(1);
    expect(atRisk.stderr).toBe('plan: 1 objectif est à risque (--fail-on at-risk)\u202f: notoriete.\n');
    // Earlier, on 2026-12-06, the café was on its line: nothing fails.
    const early = await runPlan(['report', '--data', 'data.csv', '--now', '2026-12-06', '--fail-on', 'behind'], { cwd: dir });
    expect(early.stdout).not.toContain('à risque');
    expect(early.code).toBe(0);
  });

  it('gives JSON with the figures as numbers and the statuses as ids', async () => {
    const result = await report('--format', 'json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.version).toBe(1);
    expect(json.statuses).toEqual({ 'at-risk': 1, 'on-track': 1 });
    expect(json.objectives[0]).toMatchObject({ id: 'notoriete', status: 'at-risk', baseline: 150, current: 606, target: 1200, from: '2026-11-02', asOf: '2027-01-18', deadline: '2027-02-28' });
    expect(json.posts.platforms[0]).toMatchObject({ platform: 'instagram', planned: 4, posts: 36 });
    expect(json.files).toEqual([{ file: 'data.csv', kind: 'neutral', rows: expect.any(Number) }]);
  });

  it('writes Markdown and a printable HTML page with inline-SVG charts; never replaces a file without --force', async () => {
    const md = await report('--out', 'report.md', '--lang', 'en');
    expect(md.code).toBe(0);
    expect(md.stderr).toContain('report.md');
    const markdown = await readFile(join(dir, 'report.md'), 'utf8');
    expect(markdown).toMatch(/^# Café Boréal: where we stand\n/);
    expect(markdown).toContain("| Faire connaître le café aux jeunes professionnels du quartier avant l'ouverture. | Instagram, followers (latest value) | 150 → 606 → 1,200 abonnés | 43% | 65% | **at risk** |");
    const again = await report('--out', 'report.md');
    expect(again.code).toBe(2);
    // The strategy is French: so is the message, whatever the shell's locale.
    expect(again.stderr).toBe('plan: report.md existe déjà. Ajoutez --force pour le remplacer.\n');
    expect((await report('--out', 'report.md', '--lang', 'en')).stderr).toBe('plan: report.md already exists. Pass --force to overwrite it.\n');
    expect((await report('--out', 'report.md', '--force', '-q')).code).toBe(0);

    const html = await report('--format', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n<!-- generated by plan report/);
    expect(html.stdout).toContain('<html lang="fr-CA">');
    expect(html.stdout.match(/<svg /g)?.length).toBe(4);
    expect(html.stdout).toContain('stroke-dasharray="6 4"');
    expect(html.stdout).not.toMatch(/<script/i);
    // The client reads the objective's statement, its measure after a label, never the id alone.
    expect(html.stdout).toContain("<strong>Faire connaître le café aux jeunes professionnels du quartier avant l&#39;ouverture.</strong><br><span class=\"role\">Mesure\u202f: Instagram, abonnés (dernière valeur)</span>");
    expect(html.stdout).not.toContain('<strong>notoriete</strong>');
    expect(html.stdout).toContain('<colgroup>');
  });

  it('says what is wrong and exits 2 on bad input; 1 on a strategy with errors', async () => {
    const noData = await runPlan(['report'], { cwd: dir });
    expect(noData.code).toBe(2);
    expect(noData.stderr).toContain('--data');
    const since = await report('--since', '2027-02-30');
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('2027-02-30');
    const missing = await runPlan(['report', '--data', 'nowhere.csv'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.csv');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const format = await report('--format', 'pdf');
    expect(format.code).toBe(2);
    await writeFile(join(dir, 'broken.yaml'), (await readFile(join(dir, 'strategy.yaml'), 'utf8')).replace('aggregate: last', 'aggregate: median'));
    const broken = await runPlan(['report', 'broken.yaml', '--data', 'data.csv'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('plan validate');
  });

  it('figures after the report’s day: the report says they were not counted, and only stderr names --now', async () => {
    const result = await runPlan(['report', join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), '--data', join(ROOT, 'examples', 'data', 'cafe-boreal'), '--now', '2026-12-01', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/figures dated after today \(December 1, 2026\) were not counted/);
    expect(result.stdout).not.toContain('--now');
    expect(result.stderr).toContain('plan: Figures dated after today were left out. If the report’s day is wrong, give it with --now YYYY-MM-DD');
  });

  it('counts from --since, and says an objective without a measure is not followed', async () => {
    await writeFile(join(dir, 'half.yaml'), (await readFile(join(dir, 'strategy.yaml'), 'utf8')).replace(/^ {4}measure: \{ platform: facebook.*\n/m, ''));
    const result = await runPlan(['report', 'half.yaml', '--data', 'data.csv', '--now', '2027-01-26', '--since', '2026-12-01', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Baselines as of December 1, 2026.');
    expect(result.stdout).toContain('Not followed, or no data\n  samedis-familles: not followed, no measure: add `objectives[].measure`');
  });

  it('adds a "Where we stand" section after the objectives, in Markdown and in HTML', async () => {
    const md = await runPlan(['brief', '--data', 'data.csv', '--now', '2027-01-26'], { cwd: dir });
    expect(md.code).toBe(0);
    const sections = [...md.stdout.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections.slice(sections.indexOf('Objectifs'), sections.indexOf('Objectifs') + 2)).toEqual(['Objectifs', 'Où nous en sommes']);
    expect(md.stdout).toContain("| Faire connaître le café aux jeunes professionnels du quartier avant l'ouverture. | Instagram, abonnés (dernière valeur) | 150 → 606 → 1\u00a0200 abonnés | 43\u00a0% | 65\u00a0% | **à risque** |");
    expect(md.stdout).toContain('### Publications prévues et publiées');
    const html = await runPlan(['brief', '--data', 'data.csv', '--now', '2027-01-26', '--format', 'html', '--lang', 'en'], { cwd: dir });
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<h2 id="standing-title">Where we stand</h2>');
    expect(html.stdout).toContain('aria-labelledby="standing-trend-0-title standing-trend-0-desc"');
    expect(html.stdout).toContain('.status-at-risk');
    // Without --data the brief has no such section.
    const plain = await runPlan(['brief', '--now', '2027-01-26'], { cwd: dir });
    expect(plain.stdout).not.toContain('Où nous en sommes');
  });

  it('stays within time and memory bounds on a large export (50,000 figures)', async () => {
    // Ten years of daily post figures on two platforms, tagged: what a big account's exports add up to.
    const rows = ['date,platform,metric,value,post,name,pillar'];
    for (let i = 0; i < 50_000; i++) {
      const date = new Date(Date.UTC(2017, 0, 1) + Math.floor(i / 14) * 86_400_000).toISOString().slice(0, 10);
      rows.push(i % 14 === 0 ? `${date},instagram,followers,${100 + i},,,` : `${date},${i % 2 ? 'instagram' : 'facebook'},reach,${i % 500},p${i},,${i % 3 ? 'quartier' : 'offres'}`);
    }
    await writeFile(join(dir, 'big.csv'), rows.join('\n') + '\n');
    const result = await runPlan(['report', '--data', 'big.csv', '--now', '2027-01-26', '--format', 'json'], { cwd: dir, measure: true, timeoutMs: 60_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).observations).toBe(50_000);
    expect(result.usage!.cpuMs).toBeLessThan(BOUNDS.cpuMs);
    expect(result.usage!.maxRssMiB).toBeLessThan(BOUNDS.maxRssMiB);
  });
});
