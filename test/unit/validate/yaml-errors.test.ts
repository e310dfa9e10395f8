// YAML syntax errors speak the user's language, show the line with a caret, and say what to type.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/validate/check.js';
import { formatStylish } from '../../../src/formatters/stylish.js';
import { formatJson } from '../../../src/formatters/json.js';
import { summaryLine } from '../../../src/formatters/summary.js';
import { yamlCatalog } from '../../../src/i18n/yaml.js';
import { YAML_CODE_KEYS } from '../../../src/strategy/yaml-errors.js';
import type { Lang } from '../../../src/i18n/index.js';
import { ROOT } from '../../helpers/cli.js';

const env = { LANG: 'en_US.UTF-8' };

/** Words of the `yaml` library's English messages that must never reach a French user. */
const ENGLISH = /\b(mapping|compact|indicator|implicit|must|the|line|column|quote|value|key|allowed|nested|tabs?)\b/i;
/** French words that must never reach an English user. */
const FRENCH = /\b(ligne|valeur|clé|guillemets?|erreur|espaces?|fichier|vérifié)\b/i;

function strategy(lang: Lang, body: string): string {
  return `organization:\n  name: Boulangerie\n  language: ${lang}\n${body}`;
}

const CASES: { name: string; body: string; at: [number, number]; en: RegExp; fr: RegExp }[] = [
  { name: 'a value holding `: `', body: '  description: Pain: frais\n', at: [4, 20], en: /put the whole value in quotes, for example `description: "Pain: frais"`/, fr: /mettez toute la valeur entre guillemets, par exemple `description: "Pain: frais"`/ },
  { name: 'a line indented deeper', body: '   sector: food\n', at: [4, 4], en: /not indented like the other lines.*Align it/, fr: /n’est pas indentée comme.*Alignez-la/ },
  { name: 'a key out of line', body: 'platforms:\n  - id: facebook\n     cadence: 3\n', at: [6, 6], en: /indented/, fr: /indentée/ },
  { name: 'a tab', body: '\tsector: food\n', at: [4, 1], en: /tab\. Indent with spaces, not tabs/, fr: /tabulation\. Indentez avec des espaces/ },
  { name: 'an unclosed quote', body: '  description: "Pain\n', at: [4, 16], en: /never closed\. Add the closing `"`/, fr: /jamais fermé\. Ajoutez le `"` fermant/ },
  { name: 'an unclosed list', body: '  sectors: [food, drinks\n\n', at: [4, 12], en: /between `\[ \]` or `\{ \}` is not closed/, fr: /n’est pas fermé/ },
  { name: 'an unclosed list above indented keys', body: 'audiences: [jeunes\n  name: X\n  size: 3\nplatforms: []\n', at: [4, 12], en: /between `\[ \]` or `\{ \}` is not closed/, fr: /n’est pas fermé/ },
  { name: 'an apostrophe in single quotes', body: "  description: 'l'équipe'\n", at: [4, 19], en: /apostrophe/, fr: /apostrophe/ },
  { name: 'a line with no colon', body: 'hello\n', at: [4, 1], en: /not followed by `:` and a value. Add `:` after the key/, fr: /n’est pas suivie de `:` et d’une valeur. Ajoutez `:` après la clé/ },
  { name: 'a value starting with @', body: '  handle: @boulangerie\n', at: [4, 11], en: /cannot start with `@` unless it is in quotes/, fr: /ne peut pas commencer par `@` sans guillemets/ },
  { name: 'a bad escape', body: '  description: "C:\\dossier"\n', at: [4, 19], en: /escape sequence.*backslash/, fr: /échappement.*barre oblique inverse/ },
];

describe('YAML syntax errors', () => {
  it('gives every error code of the yaml library a message in both languages', () => {
    const types = readFileSync(join(ROOT, 'node_modules', 'yaml', 'dist', 'errors.d.ts'), 'utf8');
    const codes = [...(/export type ErrorCode = ([^;]+);/.exec(types)?.[1] ?? '').matchAll(/'([A-Z_0-9]+)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) {
      const key = (YAML_CODE_KEYS as Record<string, keyof typeof yamlCatalog.en>)[code];
      expect(key, code).toBeDefined();
      expect(yamlCatalog.en[key!], code).toBeTruthy();
      expect(yamlCatalog.fr[key!], code).toBeTruthy();
      expect(yamlCatalog.fr[key!], code).not.toBe(yamlCatalog.en[key!]);
    }
  });

  for (const lang of ['en', 'fr'] as const) {
    describe(lang, () => {
      it.each(CASES)('$name: a message in the file’s language, with the hint, at the right place', ({ body, at, en, fr }) => {
        const result = checkText(strategy(lang, body), 's.yaml', { env });
        expect(result.lang).toBe(lang);
        expect(result.findings).toHaveLength(1);
        const [finding] = result.findings;
        expect(finding!.message).toMatch(lang === 'en' ? en : fr);
        expect([finding!.range.start.line, finding!.range.start.col]).toEqual(at);
        expect(finding!.message).not.toMatch(lang === 'en' ? FRENCH : ENGLISH);
        expect(finding!.excerpt?.text).toBe(strategy(lang, body).split('\n')[at[0] - 1]!.replace(/\t/g, ' ').trimEnd());
      });
    });
  }

  it('shows the line and a caret under the column in stylish output only', () => {
    const result = checkText(strategy('fr', '  description: Pain: frais\n'), '/repo/s.yaml', { env });
    const context = { color: false, cwd: '/repo', lang: 'fr' as const, version: '0', failSeverity: 'error' as const };
    const report = [{ file: result.file, findings: result.findings }];
    const lines = formatStylish(report, context).split('\n');
    const shown = lines.findIndex((line) => line.includes('4 |   description: Pain: frais'));
    expect(shown).toBeGreaterThan(0);
    // The caret sits under the second colon (column 20).
    const caretLine = lines[shown + 1]!;
    expect(caretLine.indexOf('^') - caretLine.indexOf('|') - 2).toBe(19);
    expect(formatJson(report, context)).not.toMatch(/excerpt|\^/);
  });

  it('cuts a very long line around the column and shows control characters as �', () => {
    const long = `  description: "${'x'.repeat(5000)}\u001b[31m`;
    const result = checkText(strategy('en', `${long}\n`), 's.yaml', { env });
    const excerpt = result.findings[0]!.excerpt!;
    expect(excerpt.text.length).toBeLessThanOrEqual(102);
    expect(excerpt.text).not.toMatch(/\u001b/);
  });
});

describe('summary line', () => {
  const finding = (severity: 'error' | 'warn' | 'info') => ({ ruleId: 'x/y', severity, message: 'm', file: 'a', path: [], range: { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } } });
  it.each([
    ['fr', [finding('error')], '✖ 1 problème (1 erreur, 0 avertissement, 0 info) dans 1 fichier'],
    ['fr', [finding('error'), finding('warn'), finding('warn')], '✖ 3 problèmes (1 erreur, 2 avertissements, 0 info) dans 1 fichier'],
    ['en', [finding('error')], '✖ 1 problem (1 error, 0 warnings, 0 info) in 1 file'],
    ['en', [finding('warn'), finding('info')], '✖ 2 problems (0 errors, 1 warning, 1 info) in 1 file'],
    ['fr', [], '✔ 1 fichier vérifié, aucun problème'],
    ['en', [], '✔ 1 file checked, no problems'],
  ] as const)('%s: %s', (lang, findings, expected) => {
    const text = summaryLine([{ file: 'a', findings: [...findings] }], lang).text;
    expect(text.replace(/\u202f/g, ' ')).toBe(expected);
    expect(text).not.toMatch(/\(s\)/);
  });
});
