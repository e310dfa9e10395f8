// The report's formats on a fixed report: what each shows, and that user text cannot break out
// of a Markdown table or an HTML page.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/report/format/index.js';
import { sparkline, weeklyLevels } from '../../../src/report/format/sparkline.js';
import type { Report } from '../../../src/report/model.js';

const hostile = 'Café | <script>alert(1)</script>';

function fixedReport(): Report {
  return {
    organization: hostile,
    names: { platforms: { instagram: 'Instagram' }, pillars: { coffee: 'Coffee *first*' } },
    today: '2027-01-02',
    files: [{ file: 'data.csv', kind: 'neutral', rows: 3 }],
    duplicates: 2,
    future: { count: 0 },
    observations: 3,
    objectives: [
      {
        id: 'grow',
        statement: hostile,
        unit: 'followers',
        measure: { platform: 'instagram', metric: 'followers', aggregate: 'last' },
        status: 'behind',
        baseline: 100,
        target: 200,
        current: 135,
        start: 100,
        from: '2026-12-01',
        asOf: '2026-12-31',
        deadline: '2027-01-31',
        done: 0.35,
        elapsed: 30 / 61,
        pacePerWeek: 8.1667,
        neededPerWeek: 14.677,
        observations: 3,
        series: [
          { date: '2026-12-01', value: 100 },
          { date: '2026-12-15', value: 125 },
          { date: '2026-12-31', value: 135 },
        ],
      },
      { id: 'care', statement: 'Answer fast.', status: 'not-followed', reason: 'no-measure', observations: 0, series: [] },
    ],
    posts: {
      period: { from: '2026-12-01', to: '2026-12-31' },
      weeks: 5,
      platforms: [{ platform: 'instagram', planned: 3, posts: 10, perWeek: 2.258, weeks: [2, 3, 1, 2, 2] }],
      pillars: [{ pillar: 'coffee', planned: 60, posts: 4, actual: 100 }],
      untagged: 6,
    },
  };
}

describe('sparkline', () => {
  it('scales between the lowest and highest value; a flat trend sits in the middle', () => {
    expect(sparkline([0, 7, 14])).toBe('▁▅█');
    expect(sparkline([5, 5, 5])).toBe('▄▄▄');
    expect(sparkline([])).toBe('');
  });
  it('takes the last level of each week, the latest 16 weeks', () => {
    expect(weeklyLevels([{ date: '2026-12-01', value: 1 }, { date: '2026-12-03', value: 2 }, { date: '2026-12-08', value: 3 }])).toEqual([2, 3]);
    const long = Array.from({ length: 30 }, (_, i) => ({ date: new Date(Date.UTC(2026, 0, 5 + i * 7)).toISOString().slice(0, 10), value: i }));
    expect(weeklyLevels(long)).toEqual(Array.from({ length: 16 }, (_, i) => i + 14));
  });
});

describe('report formats', () => {
  it('text: one row per followed objective, the unfollowed ones with their reason, in French', () => {
    const text = formatReport(fixedReport(), 'text', { lang: 'fr', color: false });
    expect(text).toMatch(/^Café \| <script>alert\(1\)<\/script>\u202f: où nous en sommes\n/);
    expect(text).toContain('2 chiffres donnés une deuxième fois, avec les mêmes valeurs, par des exports qui se chevauchent ont été comptés une seule fois.');
    expect(text).toMatch(/grow\s+100 → 135 → 200 followers\s+35\u00a0%\s+49\u00a0%\s+en retard\s+\+14,7 par semaine \(jusqu’ici \+8,2\)\s+▁▆█/);
    expect(text).toContain('  care\u202f: non suivi, aucune mesure');
    expect(text).toMatch(/Instagram\s+3\s+2,3\s+10\s+▅█▁▅▅\n/);
  });

  it('md: user text escaped inside table cells; no raw HTML', () => {
    const md = formatReport(fixedReport(), 'md', { lang: 'en', color: false });
    expect(md).not.toContain('<script>');
    expect(md.split('\n')[0]).toBe('# Café \\| \\<script\\>alert(1)\\</script\\>: where we stand');
    expect(md).toContain('| Café \\| \\<script\\>alert(1)\\</script\\> | Instagram, followers (latest value) | 100 → 135 → 200 followers | 35% | 49% | **behind** | +14.7 a week (so far +8.2) | ▁▆█ |');
    expect(md).toContain('- **Answer fast.** (not followed): no measure: add `objectives[].measure`');
    expect(md).toContain('| Coffee \\*first\\* | 60% | 100% | 4 |');
  });

  it('html: escaped text, one progress bar and one trend chart per followed objective, no script', () => {
    const html = formatReport(fixedReport(), 'html', { lang: 'en', color: false });
    expect(html).not.toContain('<script>');
    expect(html).toContain('<title>Café | &lt;script&gt;alert(1)&lt;/script&gt;: where we stand</title>');
    expect(html.match(/<svg /g)?.length).toBe(2);
    expect(html).toContain('aria-labelledby="report-progress-0-title report-progress-0-desc"');
    // The bar fills 35 % of 200 px; the time tick stands at 49 %.
    expect(html).toContain('width="70" height="14"');
    expect(html).toContain('<span class="status status-behind">behind</span>');
  });

  it('json: the report as it is, with its version and the status counts', () => {
    const json = JSON.parse(formatReport(fixedReport(), 'json', { lang: 'en', color: false }));
    expect(json).toMatchObject({ version: 1, statuses: { behind: 1, 'not-followed': 1 }, duplicates: 2 });
    expect(json.objectives[0].series).toHaveLength(3);
  });
});

describe('a custom metric', () => {
  it('is named by its KPI, not by the neutral file’s id', () => {
    const report = fixedReport();
    report.objectives[0] = { ...report.objectives[0]!, kpi: 'réponses aux événements du samedi', measure: { platform: 'instagram', metric: 'custom', aggregate: 'last', name: 'reponses-evenements-samedi' } };
    const md = formatReport(report, 'md', { lang: 'fr', color: false });
    expect(md).toContain('| Instagram, réponses aux événements du samedi (dernière valeur) |');
    expect(md).not.toContain('reponses-evenements-samedi');
  });
});

describe('a total (sum)', () => {
  const totalReport = (): Report => {
    const report = fixedReport();
    report.objectives[0] = { ...report.objectives[0]!, unit: 'CAD', measure: { platform: 'instagram', metric: 'clicks', aggregate: 'sum' }, baseline: 18000, current: 9500, target: 30000, start: 0, done: 9500 / 30000 };
    return report;
  };

  it('goes from 0, with the baseline apart, in every worded format', () => {
    expect(formatReport(totalReport(), 'text', { lang: 'en', color: false })).toContain('0 → 9,500 → 30,000 CAD (previous period: 18,000 CAD)');
    expect(formatReport(totalReport(), 'md', { lang: 'fr', color: false })).toContain('| 0 → 9\u00a0500 → 30\u00a0000 CAD (période précédente\u202f: 18\u00a0000 CAD) |');
    const html = formatReport(totalReport(), 'html', { lang: 'en', color: false });
    expect(html).toContain('<td>0 → 9,500 → 30,000 CAD (previous period: 18,000 CAD)</td>');
    expect(html).not.toContain('18,000 → 9,500');
  });

  it('keeps the baseline as the baseline in JSON', () => {
    const json = JSON.parse(formatReport(totalReport(), 'json', { lang: 'en', color: false }));
    expect(json.objectives[0]).toMatchObject({ baseline: 18000, start: 0, current: 9500 });
  });

  it('shows no previous period when the baseline is 0', () => {
    const report = totalReport();
    report.objectives[0] = { ...report.objectives[0]!, baseline: 0 };
    expect(formatReport(report, 'text', { lang: 'en', color: false })).toMatch(/0 → 9,500 → 30,000 CAD\s/);
  });
});
