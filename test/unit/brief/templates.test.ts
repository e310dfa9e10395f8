// The built-in templates are compiled at build time (scripts/generate-brief-templates.mjs): the
// generated module must be up to date with templates/brief/, and render exactly what Eta renders
// from the template files at run time, with the options user templates get.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Eta } from 'eta/core';
import { describe, expect, it } from 'vitest';
import { buildBriefData, renderBrief } from '../../../src/brief/index.js';
import { ETA_OPTIONS, escapeFor, renderBuiltin, type BriefFormat } from '../../../src/brief/templates.js';
import type { Lang } from '../../../src/i18n/index.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { checkText } from '../../../src/validate/check.js';
// @ts-expect-error: a build script, plain JavaScript without types.
import { BRIEF_ETA_OPTIONS, BRIEF_FORMATS, briefTemplatesSource } from '../../../scripts/generate-brief-templates.mjs';
import { ROOT } from '../../helpers/cli.js';

const FORMATS: BriefFormat[] = ['md', 'html'];
const source = (format: BriefFormat) => readFileSync(join(ROOT, 'templates', 'brief', `brief.${format}.eta`), 'utf8');

describe('built-in brief templates, compiled at build time', () => {
  it('src/generated/brief-templates.js is up to date with templates/brief/ (else: npm run build)', async () => {
    expect(readFileSync(join(ROOT, 'src', 'generated', 'brief-templates.js'), 'utf8')).toBe(await briefTemplatesSource(ROOT));
    expect(BRIEF_FORMATS).toEqual(FORMATS);
  });

  it('are compiled with the options user templates get', () => {
    expect(BRIEF_ETA_OPTIONS).toEqual(ETA_OPTIONS);
  });

  // Every example, in both languages, on a date that leaves its deadlines ahead and on one that
  // does not (open points), and broken data rendered with --force (errors at the top).
  const cases: { name: string; strategy: Strategy; findings: ReturnType<typeof checkText>['findings'] }[] = [];
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.strategy.yaml')).sort();
  for (const file of examples) {
    for (const day of ['2026-11-26', '2031-01-01']) {
      const result = checkText(readFileSync(join(ROOT, 'examples', file), 'utf8'), file, { now: new Date(`${day}T00:00:00Z`), env: {} });
      cases.push({ name: `${file} ${day}`, strategy: result.parsed!.data as Strategy, findings: result.findings });
    }
  }
  const broken = checkText('version: 1\norganization: { name: "<b>x</b> | *y*", language: en }\nplatforms: [{ id: 3, cadence: { posts: -1, per: year } }]\n', 'broken.yaml', { env: {} });
  cases.push({ name: 'broken', strategy: broken.parsed!.data as Strategy, findings: broken.findings });

  for (const { name, strategy, findings } of cases) {
    for (const lang of ['en', 'fr'] as Lang[]) {
      for (const format of FORMATS) {
        it(`render as Eta does at run time: ${name}, ${lang}, ${format}`, () => {
          const input = { strategy, findings, lang, format, now: new Date(Date.UTC(2026, 10, 26)), file: name };
          const data = buildBriefData(input);
          const byEta = new Eta({ ...ETA_OPTIONS, escapeFunction: escapeFor(format, lang), cache: false }).renderString(source(format), data);
          expect(renderBuiltin(format, data, lang)).toBe(byEta);
          // renderBrief with the template file as a user template goes through Eta at run time too.
          expect(renderBrief({ ...input, template: source(format) })).toBe(byEta);
        });
      }
    }
  }

  it('has cases with errors and open points (so the comparisons above cover those blocks)', () => {
    expect(cases.some((c) => c.findings.some((f) => f.severity === 'error'))).toBe(true);
    expect(cases.some((c) => c.findings.some((f) => f.severity === 'warn'))).toBe(true);
  });
});
