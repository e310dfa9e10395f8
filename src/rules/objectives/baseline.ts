import { defineRule, type RuleHit } from '../types.js';

// info: a baseline is advice ("recommended"), the objective stands without it.
export const objectivesBaseline = defineRule({
  id: 'objectives/baseline',
  category: 'objectives',
  severity: 'info',
  sources: ['conbersa', 'edit-smart'],
  messages: {
    en: {
      rationale: 'A baseline says where you start, so progress towards the target can be measured.',
      fix: 'Add `baseline:` with today’s value of the KPI (for example your follower count today).',
      missing: 'The objective `{id}` has a target but no baseline. Add `baseline:` with today’s value of `{kpi}` so progress can be measured.',
    },
    fr: {
      rationale: 'Un point de départ dit d’où vous partez, pour mesurer le chemin vers la cible.',
      fix: 'Ajoutez `baseline:` avec la valeur actuelle de l’indicateur (par exemple votre nombre d’abonnés aujourd’hui).',
      missing: 'L’objectif `{id}` a une cible mais pas de point de départ. Ajoutez `baseline:` avec la valeur actuelle de « {kpi} » pour mesurer les progrès.',
    },
  },
  examples: {
    pass: 'objectives:\n  - id: reach\n    statement: Grow our audience\n    kpi: followers\n    baseline: 150\n    target: 1200\n    deadline: 2027-02-28\n',
    fail: 'objectives:\n  - id: reach\n    statement: Grow our audience\n    kpi: followers\n    target: 1200\n    deadline: 2027-02-28\n',
    fr: {
      pass: 'objectives:\n  - id: portee\n    statement: Faire grandir notre communauté\n    kpi: abonnés\n    baseline: 150\n    target: 1200\n    deadline: 2027-02-28\n',
      fail: 'objectives:\n  - id: portee\n    statement: Faire grandir notre communauté\n    kpi: abonnés\n    target: 1200\n    deadline: 2027-02-28\n',
    },
  },
  check(strategy, { t }) {
    const hits: RuleHit[] = [];
    strategy.objectives?.forEach((o, i) => {
      if (o.target !== undefined && o.kpi && (o.baseline === undefined || o.baseline === '')) {
        hits.push({ path: ['objectives', i, 'target'], anchor: 'key', message: t('missing', { id: o.id, kpi: o.kpi }) });
      }
    });
    return hits;
  },
});
