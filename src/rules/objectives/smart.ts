import { defineRule, isWritten, type RuleHit } from '../types.js';
import { isNonEmptyList, looksLikeStrategy } from '../util.js';

// warn: a missing KPI, target or deadline is a decision not yet taken, not a broken file.
export const objectivesSmart = defineRule({
  id: 'objectives/smart',
  category: 'objectives',
  severity: 'warn',
  source: 'SMART objectives (Hootsuite, HubSpot, Buffer: "goals only become strategy once they become KPIs"); SOSTAC Objectives. shared/research/domain.md §1.1, §1.2. Warn: a missing decision.',
  messages: {
    en: {
      rationale: 'Each objective needs a measurable KPI, a target and a deadline, or nobody can tell whether it was met.',
      fix: 'Give each objective a `kpi` (what you measure), a `target` (the number to reach) and a `deadline` (YYYY-MM-DD).',
      none: 'The strategy has no objectives. Add an `objectives:` list with at least one SMART objective (kpi, target, deadline).',
      kpi: 'The objective `{id}` has no KPI. Add `kpi:` with what you will measure (reach, engagement rate, sign-ups, response time...).',
      target: 'The objective `{id}` has no target. Add `target:` with the number to reach by the deadline.',
      deadline: 'The objective `{id}` has no deadline. Add `deadline: YYYY-MM-DD`.',
    },
    fr: {
      rationale: 'Chaque objectif a besoin d’un indicateur mesurable, d’une cible et d’une échéance, sinon personne ne peut dire s’il est atteint.',
      fix: 'Donnez à chaque objectif un `kpi` (ce que vous mesurez), une `target` (le chiffre à atteindre) et une `deadline` (AAAA-MM-JJ).',
      none: 'La stratégie n’a aucun objectif. Ajoutez une liste `objectives:` avec au moins un objectif SMART (kpi, target, deadline).',
      kpi: 'L’objectif `{id}` n’a pas d’indicateur. Ajoutez `kpi:` avec ce que vous mesurerez (portée, taux d’engagement, inscriptions, délai de réponse...).',
      target: 'L’objectif `{id}` n’a pas de cible. Ajoutez `target:` avec le chiffre à atteindre à l’échéance.',
      deadline: 'L’objectif `{id}` n’a pas d’échéance. Ajoutez `deadline: AAAA-MM-JJ`.',
    },
  },
  examples: {
    pass: 'objectives:\n  - id: reach\n    statement: Grow our Instagram audience\n    kpi: followers\n    baseline: 150\n    target: 1200\n    deadline: 2027-02-28\n',
    fail: 'objectives:\n  - id: reach\n    statement: Grow our Instagram audience\n',
  },
  decisions: [{ field: ['objectives'], message: 'none', when: looksLikeStrategy, decided: isNonEmptyList }],
  check(strategy, { t }) {
    const hits: RuleHit[] = [];
    if (!Array.isArray(strategy.objectives)) return hits;
    strategy.objectives.forEach((o, i) => {
      for (const field of ['kpi', 'target', 'deadline'] as const) {
        if (!isWritten(o[field])) hits.push({ path: ['objectives', i, field], message: t(field, { id: o.id }) });
      }
    });
    return hits;
  },
});
