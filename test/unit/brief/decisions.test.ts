// The brief's "Decisions to take": each rule's finding worded as a decision the reader can take,
// true to what the finding says, in the reader's words (no enum value, no id).
import { describe, expect, it } from 'vitest';
import { decisionText } from '../../../src/brief/decisions.js';
import type { Lang } from '../../../src/i18n/index.js';
import { checkText } from '../../../src/validate/check.js';

const now = new Date('2026-11-26');

function decisions(yaml: string, lang: Lang, ruleId?: string): string[] {
  const result = checkText(`organization:\n  name: Café\n  language: ${lang}\n${yaml}`, 's.yaml', { now, env: {} });
  return result.findings
    .filter((f) => f.severity !== 'error' && (ruleId === undefined || f.ruleId === ruleId))
    .map((f) => decisionText(f, result.parsed!.data, result.lang));
}

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
