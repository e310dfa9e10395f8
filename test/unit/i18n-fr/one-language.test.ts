// A French user sees only French, an English user only English: every message `plan validate`
// gives on the rules' failing examples, the YAML errors and the brief, scanned for the other
// language's words (code spans, which hold the file's own keys, are left out of the scan).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/rules/index.js';
import { checkText } from '../../../src/validate/check.js';
import { formatStylish } from '../../../src/formatters/stylish.js';
import { renderBrief } from '../../../src/brief/index.js';
import { decisionText } from '../../../src/brief/decisions.js';
import { choicesCatalog } from '../../../src/i18n/choices.js';
import { wizardCatalog } from '../../../src/i18n/wizard.js';
import { helpCatalog } from '../../../src/i18n/help.js';
import { briefCatalog } from '../../../src/i18n/brief.js';
import { calendarCatalog } from '../../../src/i18n/calendar.js';
import { coreCatalog } from '../../../src/i18n/core.js';
import { decisionsCatalog } from '../../../src/i18n/decisions.js';
import { formatsCatalog } from '../../../src/i18n/formats.js';
import { rulesCatalog } from '../../../src/i18n/rules.js';
import { yamlCatalog } from '../../../src/i18n/yaml.js';
import type { Lang } from '../../../src/i18n/index.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { ROOT } from '../../helpers/cli.js';

const ENGLISH = /\b(the|and|with|must|should|missing|add|remove|line|lines|file|error|errors|warning|problems?|not|is|are|your|you|of|to|in|lighter|adapted|relays)\b/i;
const FRENCH = /\b(le|la|les|des|une|est|pas|avec|pour|dans|vous|votre|ajoutez|ligne|fichier|erreur|problème)\b/i;
const now = new Date('2026-11-26');

/** A message as prose: code spans (keys, values of the file) and the Charter's name left out. */
const prose = (text: string) => text.replace(/`[^`]*`/g, ' ').replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, ' ').replace(/Charte de la langue française|\btu\b|\bvous\b/gi, ' ');

function failingSnippets(lang: Lang): string[] {
  const texts: string[] = [];
  for (const rule of RULES) {
    if (!rule.examples) continue;
    const examples = lang === 'fr' && rule.examples.fr ? rule.examples.fr : rule.examples;
    for (const snippet of [examples.fail, examples.pass]) {
      texts.push(/^organization:/m.test(snippet) ? snippet : `organization:\n  name: Café\n  language: ${lang}\n${snippet}`);
    }
  }
  // YAML errors too.
  const head = `organization:\n  name: Café\n  language: ${lang}\n`;
  texts.push(`${head}  description: Pain: frais\n`, `${head}\tsector: food\n`, `${head}   sector: food\n`, `${head}  description: "Pain\n`, `${head}hello\n`, `${head}  response_time: vite\n`);
  return texts;
}

describe.each(['fr', 'en'] as const)('%s output', (lang) => {
  const other = lang === 'fr' ? ENGLISH : FRENCH;

  it('plan validate messages, summary and labels are in one language: the file’s', () => {
    const leaks: string[] = [];
    for (const text of failingSnippets(lang)) {
      const result = checkText(text, '/r/s.yaml', { now, env: { LANG: 'C' } });
      // A few examples are about the other language (an English plan in Québec): their file decides.
      const other = result.lang === 'fr' ? ENGLISH : FRENCH;
      for (const finding of result.findings) if (other.test(prose(finding.message))) leaks.push(`${finding.ruleId}: ${finding.message}`);
      const stylish = formatStylish([{ file: result.file, findings: result.findings, lang: result.lang }], { color: false, cwd: '/r', lang: result.lang, version: '0', failSeverity: 'error' });
      const summary = stylish.trimEnd().split('\n').at(-1)!;
      if (other.test(prose(summary))) leaks.push(`summary: ${summary}`);
    }
    expect(leaks).toEqual([]);
  });

  it('the brief of each example, and of a file with open decisions, is in one language', () => {
    const leaks: string[] = [];
    for (const file of ['cafe-boreal', 'equipe-lavoie', 'harbour-food-network', 'northwind-analytics']) {
      const text = readFileSync(join(ROOT, 'examples', `${file}.strategy.yaml`), 'utf8');
      const result = checkText(text, file, { now });
      if (result.lang !== lang) continue;
      const stripped = text.replace(/^ +response_time: .*\n/m, '').replace(/^ +approver: .*\n/gm, '');
      const check = checkText(stripped, file, { now });
      const brief = renderBrief({ strategy: check.parsed!.data as Strategy, findings: check.findings, lang, format: 'md', now });
      const start = brief.indexOf(lang === 'fr' ? '### Décisions à prendre' : '### Decisions to take');
      const decisions = start < 0 ? '' : brief.slice(start, brief.indexOf('\n## ', start));
      expect(decisions.length, file).toBeGreaterThan(20);
      if (other.test(prose(decisions))) leaks.push(`${file}: ${decisions}`);
      for (const word of ['plan validate', 'ligne ', '(line ', 'CA-QC', '`']) if (decisions.includes(word)) leaks.push(`${file}: ${word}`);
    }
    expect(leaks).toEqual([]);
  });

  it('the brief words every rule’s finding as a decision: no code, key, id or line', () => {
    const leaks: string[] = [];
    for (const text of failingSnippets(lang)) {
      const result = checkText(text, 's.yaml', { now, env: { LANG: 'C' } });
      if (!result.parsed?.data) continue;
      for (const finding of result.findings) {
        if (finding.severity === 'error') continue;
        const decision = decisionText(finding, result.parsed.data, result.lang);
        if (/`|\b[a-z]+_[a-z_]+\b|\bplan (validate|brief|report)\b|\b(ligne|line) \d|[a-z]+\/[a-z-]+/.test(decision)) leaks.push(`${finding.ruleId}: ${decision}`);
        if ((result.lang === 'fr' ? ENGLISH : FRENCH).test(prose(decision))) leaks.push(`${finding.ruleId} (language): ${decision}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('says what the steps are, never where they came from', () => {
    for (const catalog of [wizardCatalog, helpCatalog]) {
      for (const [key, text] of Object.entries(catalog[lang])) expect(text, key).not.toMatch(/\barticle|l’article/i);
    }
  });
});

describe('the catalogs', () => {
  it('hold no English in French texts and no French in English ones (code, placeholders and examples aside)', () => {
    const catalogs = Object.entries({ briefCatalog, calendarCatalog, choicesCatalog, coreCatalog, decisionsCatalog, formatsCatalog, helpCatalog, rulesCatalog, wizardCatalog, yamlCatalog });
    const text = (v: string) => prose(v).replace(/\{\w+\}/g, ' ').replace(/\([^)]*\)/g, ' ').replace(/\b(tu|vous|override)\b/gi, ' ').replace(/^In English: .*$|^En français : .*$|^\s*plan .*$/gm, ' ');
    const leaks: string[] = [];
    for (const [name, catalog] of catalogs) {
      const { en, fr } = catalog as { en: Record<string, string>; fr: Record<string, string> };
      for (const [key, value] of Object.entries(fr)) if (ENGLISH.test(text(value))) leaks.push(`fr ${name} ${key}: ${value}`);
      for (const [key, value] of Object.entries(en)) if (FRENCH.test(text(value))) leaks.push(`en ${name} ${key}: ${value}`);
    }
    expect(leaks).toEqual([]);
  });
});

describe('one word per choice', () => {
  it('the brief prints the word the wizard offered', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const [key, word] of Object.entries(choicesCatalog[lang])) {
        const offered = (wizardCatalog[lang] as Record<string, string>)[key];
        if (offered === undefined) continue;
        expect(offered.toLocaleLowerCase(lang).startsWith(word.toLocaleLowerCase(lang)), `${lang} ${key}: ${offered} / ${word}`).toBe(true);
      }
    }
    const yaml = 'organization:\n  name: Café\n  language: fr\neditorial_line:\n  positioning: Le café\n  tone:\n    voice: [chaleureux]\n    address: tu\n    humour: playful\n    emoji: sparing\n';
    const check = checkText(yaml, 's.yaml', { now });
    const brief = renderBrief({ strategy: check.parsed!.data as Strategy, findings: [], lang: 'fr', format: 'md', now });
    expect(brief).toContain('**Humour**\u202f: ludique');
    expect(brief).toContain('**Émojis**\u202f: avec modération');
    expect(brief).not.toMatch(/espiègle|parcimonie/);
  });

  it('the docs say what the steps are, not where they came from', () => {
    for (const file of ['README.md', 'docs/init.md', 'docs/brief.md', 'docs/cli.md']) {
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/the article|l’article|article's|article’s/);
    }
  });
});

describe('a decision about an objective', () => {
  it('quotes the objective without doubling its final stop', async () => {
    const { subjectOf } = await import('../../../src/brief/decisions.js');
    expect(subjectOf(['objectives', 0, 'target'], { objectives: [{ statement: 'Answer customers quickly.' }] })).toBe('Answer customers quickly');
  });
});
