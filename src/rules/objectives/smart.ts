import { defineRule, isWritten, type RuleHit } from '../types.js';
import { isNonEmptyList, looksLikeStrategy } from '../util.js';

/** "1 200", "3,5", "-2" are numbers written as text; "une dizaine" is not. */
function isNumeral(text: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

// warn: a missing KPI, target or deadline is a decision not yet taken, not a broken file.
export const objectivesSmart = defineRule({
  id: 'objectives/smart',
  category: 'objectives',
  severity: 'warn',
  sources: ['edit-smart', 'sostac', 'hootsuite-9-steps'],
  messages: {
    en: {
      rationale: 'Each objective needs a measurable KPI, a target and a deadline, or nobody can tell whether it was met.',
      fix: 'Give each objective a `kpi` (what you measure), a `target` (the number to reach) and a `deadline` (YYYY-MM-DD).',
      none: 'The strategy has no objectives. Add an `objectives:` list with at least one SMART objective (kpi, target, deadline).',
      kpi: 'The objective `{id}` has no KPI. Add `kpi:` with what you will measure (reach, engagement rate, sign-ups, response time...).',
      target: 'The objective `{id}` has no target. Add `target:` with the number to reach by the deadline.',
      deadline: 'The objective `{id}` has no deadline. Add `deadline: YYYY-MM-DD`.',
      unmeasurable: '{field} of the objective `{id}` is not a number ("{value}"), so progress cannot be measured. Write the number alone (`{key}: 120`) and the unit in `unit:`.',
      'field.baseline': 'The baseline',
      'field.target': 'The target',
    },
    fr: {
      rationale: 'Chaque objectif a besoin d’un indicateur mesurable, d’une cible et d’une échéance, sinon personne ne peut dire s’il est atteint.',
      fix: 'Donnez à chaque objectif un `kpi` (ce que vous mesurez), une `target` (le chiffre à atteindre) et une `deadline` (AAAA-MM-JJ).',
      none: 'La stratégie n’a aucun objectif. Ajoutez une liste `objectives:` avec au moins un objectif SMART (kpi, target, deadline).',
      kpi: 'L’objectif `{id}` n’a pas d’indicateur. Ajoutez `kpi:` avec ce que vous mesurerez (portée, taux d’engagement, inscriptions, délai de réponse...).',
      target: 'L’objectif `{id}` n’a pas de cible. Ajoutez `target:` avec le chiffre à atteindre à l’échéance.',
      deadline: 'L’objectif `{id}` n’a pas d’échéance. Ajoutez `deadline: AAAA-MM-JJ`.',
      unmeasurable: '{field} de l’objectif `{id}` n’est pas un nombre (« {value} »), donc les progrès ne se mesurent pas. Écrivez le nombre seul (`{key}: 120`) et l’unité dans `unit:`.',
      'field.baseline': 'Le point de départ',
      'field.target': 'La cible',
    },
  },
  examples: {
    pass: 'objectives:\n  - id: reach\n    statement: Grow our Instagram audience\n    kpi: followers\n    baseline: 150\n    target: 1200\n    deadline: 2027-02-28\n',
    fail: 'objectives:\n  - id: reach\n    statement: Grow our Instagram audience\n',
    fr: {
      pass: 'objectives:\n  - id: portee\n    statement: Faire grandir notre communauté Instagram\n    kpi: abonnés\n    baseline: 150\n    target: 1200\n    deadline: 2027-02-28\n',
      fail: 'objectives:\n  - id: portee\n    statement: Faire grandir notre communauté Instagram\n',
    },
  },
  decisions: [{ field: ['objectives'], message: 'none', when: looksLikeStrategy, decided: isNonEmptyList }],
  check(strategy, { t }) {
    const hits: RuleHit[] = [];
    if (!Array.isArray(strategy.objectives)) return hits;
    strategy.objectives.forEach((o, i) => {
      for (const field of ['kpi', 'target', 'deadline'] as const) {
        if (!isWritten(o[field])) hits.push({ path: ['objectives', i, field], message: t(field, { id: o.id }) });
      }
      // "une dizaine", "le triple": a baseline or target must be a number (the unit apart).
      for (const field of ['baseline', 'target'] as const) {
        const value = o[field];
        if (typeof value === 'string' && value.trim() !== '' && !isNumeral(value)) {
          hits.push({ path: ['objectives', i, field], message: t('unmeasurable', { id: o.id, field: t(`field.${field}`), key: field, value: value.trim() }) });
        }
      }
    });
    return hits;
  },
});
