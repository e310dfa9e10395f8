// The brief's "Decisions to take": each rule's finding worded as a decision the reader can take,
// true to what the finding says, in the reader's words (no enum value, no id).
import { describe, expect, it } from 'vitest';
import { decisionText } from '../../../src/brief/decisions.js';
import { translator, type Lang } from '../../../src/i18n/index.js';
import { RULES } from '../../../src/rules/index.js';
import { checkText } from '../../../src/validate/check.js';

const now = new Date('2026-11-26');

function decisions(yaml: string, lang: Lang, ruleId?: string): string[] {
  const result = checkText(`organization:\n  name: Café\n  language: ${lang}\n${yaml}`, 's.yaml', { now, env: {} });
  return result.findings
    .filter((f) => f.severity !== 'error' && (ruleId === undefined || f.ruleId === ruleId))
    .map((f) => decisionText(f, result.parsed!.data, result.lang));
}

describe('every rule has a decision', () => {
  it.each(['en', 'fr'] as const)('%s: no finding of a failing example falls back to the rule’s statement', (lang) => {
    const fallbacks: string[] = [];
    for (const rule of RULES) {
      if (!rule.examples) continue;
      const examples = lang === 'fr' && rule.examples.fr ? rule.examples.fr : rule.examples;
      const yaml = /^organization:/m.test(examples.fail) ? examples.fail : `organization:\n  name: Café\n  language: ${lang}\n${examples.fail}`;
      const result = checkText(yaml, 's.yaml', { now, env: {} });
      for (const finding of result.findings) {
        if (finding.severity === 'error') continue;
        const owner = RULES.find((r) => r.id === finding.ruleId);
        if (!owner) continue;
        const rationale = translator(owner.messages, result.lang)('rationale').replace(/`([^`]*)`/g, '$1');
        const decision = decisionText(finding, result.parsed!.data, result.lang);
        if (decision === rationale || decision === finding.message) fallbacks.push(`${finding.ruleId}: ${decision}`);
      }
    }
    expect(fallbacks).toEqual([]);
  });

  it('asks the reader to choose between the role and the cadence of a busy secondary platform', () => {
    const yaml = 'platforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 3, per: week }\n  - id: bluesky\n    role: secondary\n    cadence: { posts: 3, per: day }\n';
    expect(decisions(yaml, 'en', 'consistency/role-cadence')).toEqual(['Make Bluesky a primary platform, or post less often there: it gets far more posts than the main platforms.']);
    expect(decisions(yaml, 'fr', 'consistency/role-cadence')[0]).toMatch(/^Faire de Bluesky une plateforme principale, ou y publier moins souvent/);
  });

  it('asks which objective a main platform serves', () => {
    const yaml = 'platforms:\n  - id: instagram\n    role: primary\n  - id: tiktok\n    role: primary\nobjectives:\n  - { id: portee, statement: Faire grandir notre communauté, platforms: [instagram] }\n';
    expect(decisions(yaml, 'fr', 'consistency/primary-without-objective')[0]).toMatch(/^Décider quel objectif sert TikTok, ou en faire une plateforme secondaire/);
  });

  it('names the pillar an objective needs in words, not by its enum value', () => {
    const yaml = (type: string) => `editorial_line:\n  positioning: Le café\n  tone: { voice: [chaleureux] }\n  pillars:\n    - { id: conseils, name: Conseils, share: 100, purpose: educate }\nobjectives:\n  - { id: o, statement: Plus de commandes en ligne, type: ${type} }\n`;
    const conversion = decisions(yaml('conversion'), 'fr', 'consistency/objective-pillar');
    const community = decisions(yaml('community'), 'fr', 'consistency/objective-pillar');
    expect(conversion[0]).toContain('qui a pour rôle de promouvoir');
    expect(community[0]).toContain('qui a pour rôle de rassembler');
    for (const text of [...conversion, ...community]) expect(text).not.toMatch(/\b(promote|community)\b/);
    expect(decisions(yaml('conversion'), 'en', 'consistency/objective-pillar')[0]).toMatch(/^Add a content pillar that promotes/);
  });
});

describe('an objective that cannot be followed', () => {
  const objective = (measure: string) => `platforms:\n  - id: instagram\n    role: primary\nobjectives:\n  - id: portee\n    statement: Faire connaître le café\n    kpi: abonnés Instagram\n    baseline: 1200\n    target: 2500\n    deadline: 2027-06-30\n${measure}`;

  it('is called not measured only when it has no measure', () => {
    expect(decisions(objective(''), 'fr', 'objectives/not-followable')).toEqual(['Choisir quel chiffre de quelle plateforme mesure «\u202fFaire connaître le café\u202f»\u202f: cet objectif n’est pas encore mesuré.']);
  });

  it('measured by a figure no export gives: a CSV of its own, or a figure an export gives', () => {
    for (const lang of ['en', 'fr'] as const) {
      const [text] = decisions(objective('    measure: { platform: instagram, metric: followers, aggregate: last }\n'), lang, 'objectives/not-followable');
      expect(text).not.toMatch(/not measured|pas encore mesuré/);
      expect(text).toMatch(lang === 'en' ? /measures it with a figure that no platform export gives.*CSV file.*a figure an export gives/ : /le mesure par un chiffre qu’aucune exportation des plateformes ne donne.*fichier CSV.*un chiffre qu’une exportation donne/);
    }
  });

  it('measured by a figure of its own without a name: name it', () => {
    const [text] = decisions(objective('    measure: { platform: instagram, metric: custom, aggregate: last }\n'), 'en', 'objectives/not-followable');
    expect(text).toBe('Name the figure the team writes down to measure “Faire connaître le café”, as its CSV file names it.');
  });
});
