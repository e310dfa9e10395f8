// The HTML brief in a real browser: headless Chromium prints it to PDF (Letter, its default, and
// A4), then poppler's pdfinfo / pdftotext check the pages. Chromium (or Chrome, found by
// test/helpers/browser.ts) and poppler-utils are required (CI installs them): a missing tool fails
// the tests with one line that says what to install; they never skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBrowser } from '../helpers/browser.js';
import { runPlan } from '../helpers/cli.js';

let browser = '';

function requirePoppler(): void {
  if (spawnSync('pdfinfo', ['-v']).error) {
    throw new Error('pdfinfo and pdftotext are missing for the browser tests. Install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler).');
  }
}

function printToPdf(html: string, pdf: string, profile: string): void {
  const result = spawnSync(
    browser,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, `--print-to-pdf=${pdf}`, '--no-pdf-header-footer', pathToFileURL(html).href],
    { encoding: 'utf8', timeout: 90_000 },
  );
  expect(existsSync(pdf), `chromium did not print ${html}: exit ${result.status}\n${result.stderr}`).toBe(true);
}

function pdfInfo(pdf: string): { pages: number; size: string } {
  const out = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? 0), size: /^Page size:\s+(.*)$/m.exec(out)?.[1] ?? '' };
}

function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  // Normalise spaces: French uses no-break spaces before colons.
  return spawnSync('pdftotext', [...range, '-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/[\u00a0\u202f]/g, ' ');
}

describe('the HTML brief printed by Chromium', () => {
  let dir = '';
  beforeAll(async () => {
    browser = requireBrowser();
    requirePoppler();
    dir = await mkdtemp(join(tmpdir(), 'plan-pdf-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const cases = [
    { example: 'cafe-boreal', lang: 'fr', paper: 'Letter', summary: 'En un coup d’œil', firstSection: 'Objectifs', text: ['Café Boréal', 'Publications par semaine', 'Plan de crise', 'Rythme hebdomadaire', 'Dans les coulisses'] },
    { example: 'northwind-analytics', lang: 'en', paper: 'A4', summary: 'At a glance', firstSection: 'Objectives', text: ['Northwind Analytics', 'Posts per week', 'Weekly rhythm', 'The first weeks'] },
  ];

  // One example per paper size keeps the test to a few seconds; the A4 one has the widest table.
  for (const c of cases) {
    {
      const paper = c.paper;
      it(`prints ${c.example} (${c.lang}) on ${paper}: summary on page 1, every section's text present`, { timeout: 120_000 }, async () => {
        const html = join(dir, `${c.example}-${paper}.html`);
        const run = await runPlan(['brief', `examples/${c.example}.strategy.yaml`, '--now', '2026-11-26', '--out', html]);
        expect(run.code, run.stderr).toBe(0);
        if (paper === 'A4') {
          // Chromium prints on Letter unless the page asks otherwise: ask for A4 the way a user's print dialog would.
          await writeFile(html, (await readFile(html, 'utf8')).replace('</head>', '<style>@page { size: A4; }</style>\n</head>'));
        }
        const pdf = join(dir, `${c.example}-${paper}.pdf`);
        printToPdf(html, pdf, join(dir, `profile-${c.example}-${paper}`));

        const info = pdfInfo(pdf);
        expect(info.size).toMatch(paper === 'A4' ? /\(A4\)/ : /\(letter\)/i);
        // The summary, then the sections: more than one page, and not absurdly many.
        expect(info.pages).toBeGreaterThanOrEqual(3);
        expect(info.pages).toBeLessThanOrEqual(12);

        expect(pdfText(pdf, 1)).toContain(c.summary);
        const all = pdfText(pdf);
        expect(all).toMatch(new RegExp(`^\\s*${c.firstSection}\\s*$`, 'm'));
        for (const text of c.text) expect(all).toContain(text);
      });
    }
  }

  it('leaves no near-empty page when the summary runs a few lines past page 1', { timeout: 120_000 }, async () => {
    // The trial's strategy, in French: its open points run a few lines past page 1. A page break
    // forced after the summary left page 2 with only those lines.
    const html = join(dir, 'long-summary.html');
    const run = await runPlan(['brief', 'test/fixtures/brief/long-summary.strategy.yaml', '--lang', 'fr', '--now', '2026-12-06', '--out', html]);
    expect(run.code, run.stderr).toBe(0);
    const pdf = join(dir, 'long-summary.pdf');
    printToPdf(html, pdf, join(dir, 'profile-long-summary'));
    const pages = pdfInfo(pdf).pages;
    const lines = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1).split('\n').filter((l) => l.trim()).length);
    expect(pdfText(pdf, 1)).toContain('Décisions à prendre');
    for (const [i, count] of lines.slice(0, -1).entries()) expect(count, `page ${i + 1} of ${pages}: ${lines.join(', ')} lines`).toBeGreaterThanOrEqual(15);
  });
});
