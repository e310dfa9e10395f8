import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MODELINE, serializeStrategy } from '../../../src/strategy/write.js';
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
    expect(text).toMatch(/# Étape 1 · Les plateformes/);
    expect(text).toMatch(/# Étape 3 · La ligne éditoriale/);
    expect(text).toContain('age: {min: 25, max: 40}');
    expect(text).toContain('start: "09:00"');
    expect(parse(text)).toEqual(STRATEGY);
    expect(checkText(text, 'strategy.yaml', { now: NOW }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('writes English comments for an English plan', () => {
    const text = serializeStrategy({ ...STRATEGY, organization: { ...STRATEGY.organization, language: 'en' } }, { lang: 'en' });
    expect(text).toMatch(/# Step 2 · The target audiences/);
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
