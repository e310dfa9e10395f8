import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MODELINE, SCHEMA_URL, SCHEMA_URL_FR, schemaReference, serializeStrategy } from '../../../src/strategy/write.js';
import type { Finding } from '../../../src/diagnostics.js';
import { translator } from '../../../src/i18n/index.js';
import { wizardCatalog } from '../../../src/i18n/wizard.js';
import { openPoints } from '../../../src/wizard/summary.js';
import { checkText } from '../../../src/validate/check.js';
import type { Strategy } from '../../../src/strategy/types.js';

const NOW = new Date(Date.UTC(2026, 10, 26));
const STRATEGY: Strategy = {
  version: 1,
  organization: { name: 'Café Boréal', language: 'fr', region: 'CA-QC', context: 'product-launch' },
  platforms: [{ id: 'instagram', role: 'primary', audiences: ['voisins'], cadence: { posts: 3, per: 'week' }, formats: ['reels', 'stories'] }],
  audiences: [{ id: 'voisins', name: 'Voisins', age: { min: 25, max: 40 } }],
  editorial_line: {
    positioning: 'Le café du coin: simple et chaleureux',
    tone: { voice: ['chaleureux'], address: 'tu', humour: 'light' },
    mix: '80-20',
    pillars: [
      { id: 'conseils', name: 'Conseils', share: 80, purpose: 'educate' },
      { id: 'offres', name: 'Offres', share: 20, purpose: 'promote' },
    ],
  },
  community: { hours: { days: ['mon'], start: '09:00', end: '17:00' }, response_time: '4h' },
};

describe('serializeStrategy', () => {
  it('starts with the schema modeline, comments each section in the plan language, and round-trips', () => {
    const text = serializeStrategy(STRATEGY, { lang: 'fr' });
    expect(text.split('\n')[0]).toBe(`#${MODELINE}`);
    expect(text).toMatch(/# Étape 2 · Les plateformes/);
    expect(text).toMatch(/# Étape 4 · La ligne éditoriale/);
    expect(text).toContain('age: {min: 25, max: 40}');
    expect(text).toContain('start: "09:00"');
    expect(parse(text)).toEqual(STRATEGY);
    expect(checkText(text, 'strategy.yaml', { now: NOW }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([
    ['Équipe Lavoie', 'Stratégie médias sociaux d’Équipe Lavoie.'],
    ['Harbour Food Network', 'Stratégie médias sociaux d’Harbour Food Network.'],
    ['atelier 5', 'Stratégie médias sociaux d’atelier 5.'],
    ['Café Boréal', 'Stratégie médias sociaux de Café Boréal.'],
  ])('the French header elides "de" before a vowel or an h: %s', (name, header) => {
    const text = serializeStrategy({ ...STRATEGY, organization: { ...STRATEGY.organization, name } }, { lang: 'fr' });
    expect(text.split('\n')[1]).toBe(`# ${header} Vérifiez-la avec \`plan validate\`, imprimez-la avec \`plan brief\`.`);
    const en = serializeStrategy({ ...STRATEGY, organization: { ...STRATEGY.organization, name, language: 'en' } }, { lang: 'en' });
    expect(en.split('\n')[1]).toMatch(new RegExp(`^# Social-media strategy of ${name}\\. `));
  });

  it('writes English comments for an English plan', () => {
    const text = serializeStrategy({ ...STRATEGY, organization: { ...STRATEGY.organization, language: 'en' } }, { lang: 'en' });
    expect(text).toMatch(/# Step 3 · The target audiences/);
  });

  it('in edit mode keeps the user’s comments and layout, and applies the changes', () => {
    const existing = [
      '# Our plan, reviewed with Julie',
      'version: 1',
      'organization:',
      '  name: Café Boréal # the public name',
      '  language: fr',
      'platforms:',
      '  # Instagram first: photos sell coffee',
      '  - id: instagram',
      '    role: primary',
      '  - id: facebook # for the neighbours',
      '    role: secondary',
      'audiences:',
      '  - {id: voisins, name: Voisins}',
      'editorial_line:',
      '  positioning: Old angle',
      '  tone: {address: tu}',
      'calendar:',
      '  brief_weeks: 2 # two weeks are enough',
      '',
    ].join('\n');
    const next = parse(existing) as Strategy;
    next.editorial_line.positioning = 'New angle';
    next.platforms = [next.platforms[1]!, next.platforms[0]!];
    delete (next.organization as { sector?: string }).sector;
    const text = serializeStrategy(next, { lang: 'fr', existing });
    expect(text).toContain('# Our plan, reviewed with Julie');
    expect(text).toContain('name: Café Boréal # the public name');
    expect(text).toContain('# Instagram first: photos sell coffee');
    expect(text).toContain('brief_weeks: 2 # two weeks are enough');
    expect(text).toContain('positioning: New angle');
    expect(text).toMatch(/yaml-language-server: \$schema=/);
    expect(parse(text)).toEqual(next);
  });
});

describe('serializeStrategy, sections added in edit mode', () => {
  it('comments a section the edit adds', () => {
    const existing = 'version: 1\norganization: {name: X, language: en}\nplatforms: [{id: x, role: primary}]\naudiences: [{id: a, name: A}]\neditorial_line: {positioning: P, tone: {}}\n';
    const next = { ...(parse(existing) as Strategy), measurement: { review: 'monthly' as const } };
    const text = serializeStrategy(next, { lang: 'en', existing });
    expect(text).toMatch(/\n\n# Measurement: when results are reviewed and for whom\.\nmeasurement:\n {2}review: monthly/);
  });
});

describe('schemaReference: a relative path when the schema is reachable, else the URL', () => {
  const ROOT = '/home/ana/social-plan';
  const files = (...paths: string[]) => (path: string) => paths.includes(path);
  it.each([
    ['installed in the project, strategy at its root', '/work/club', 'en', files('/work/club/node_modules/social-plan/schemas/strategy.schema.json'), './node_modules/social-plan/schemas/strategy.schema.json'],
    ['installed two folders up', '/work/club/marketing/2027', 'en', files('/work/club/node_modules/social-plan/schemas/strategy.schema.json'), '../../node_modules/social-plan/schemas/strategy.schema.json'],
    ['French plan, French schema installed', '/work/club', 'fr', files('/work/club/node_modules/social-plan/schemas/strategy.schema.json', '/work/club/node_modules/social-plan/schemas/strategy.schema.fr.json'), './node_modules/social-plan/schemas/strategy.schema.fr.json'],
    ['French plan, only the English schema installed', '/work/club', 'fr', files('/work/club/node_modules/social-plan/schemas/strategy.schema.json'), './node_modules/social-plan/schemas/strategy.schema.json'],
    ['English plan ignores the French schema', '/work/club', 'en', files('/work/club/node_modules/social-plan/schemas/strategy.schema.fr.json'), SCHEMA_URL],
    ['inside this repository', `${ROOT}/examples`, 'en', files(`${ROOT}/schemas/strategy.schema.json`), '../schemas/strategy.schema.json'],
    ['at the repository root, French', ROOT, 'fr', files(`${ROOT}/schemas/strategy.schema.json`, `${ROOT}/schemas/strategy.schema.fr.json`), './schemas/strategy.schema.fr.json'],
    ['nothing reachable', '/work/club', 'en', files(`${ROOT}/schemas/strategy.schema.json`), SCHEMA_URL],
    ['nothing reachable, French schema published', '/work/club', 'fr', files(`${ROOT}/schemas/strategy.schema.fr.json`), SCHEMA_URL_FR],
    ['a sibling folder whose name starts like the repository', `${ROOT}-old/plan`, 'en', files(`${ROOT}/schemas/strategy.schema.json`), SCHEMA_URL],
  ] as const)('%s', (_label, dir, lang, exists, expected) => {
    expect(schemaReference(dir, { lang, exists, packageRoot: ROOT })).toBe(expected);
  });

  it('writes the reference in the modeline, new file or edit', () => {
    expect(serializeStrategy(STRATEGY, { lang: 'fr', schema: './schemas/x.json' }).split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/x.json');
    const edited = serializeStrategy(STRATEGY, { lang: 'fr', schema: '../s.json', existing: 'version: 1\n' });
    expect(edited.split('\n')[0]).toBe('# yaml-language-server: $schema=../s.json');
  });
});

describe('openPoints: what the summary says is left to settle', () => {
  const t = translator(wizardCatalog, 'en');
  const finding = (line: number, ruleId: string, message: string): Finding => ({ ruleId, severity: 'warn', message, file: 'strategy.yaml', path: [], range: { start: { line, col: 5 }, end: { line, col: 9 } } });
  it.each([
    [[], []],
    [[finding(9, 'a/b', 'One.')], ['1 point still to settle (`plan validate` shows it too):', '  · line 9: One. (a/b)']],
    [
      [finding(90, 'crisis/readiness', 'Tier 1.'), finding(62, 'objectives/smart', 'No target.')],
      ['2 points still to settle (`plan validate` shows them too):', '  · line 62: No target. (objectives/smart)', '  · line 90: Tier 1. (crisis/readiness)'],
    ],
  ] as const)('%#', (findings, expected) => {
    expect(openPoints(findings as readonly Finding[], t)).toEqual(expected);
  });
});

describe('step headings count from 1, out of 4', () => {
  const steps = ['step.organization', 'step.platforms', 'step.audience', 'step.editorial'] as const;
  it.each(steps.map((key, i) => [key, i + 1] as const))('%s is step %i', (key, n) => {
    expect(wizardCatalog.en[key]).toMatch(new RegExp(`^\\nStep ${n} of 4 · `));
    expect(wizardCatalog.fr[key]).toMatch(new RegExp(`^\\nÉtape ${n} sur 4 · `));
  });
});
