import { defineRule, type RuleHit } from '../types.js';
import { isPast } from '../util.js';

// warn: the plan is out of date, not broken; the team decides the next step.
export const deadlinePassed = defineRule({
  id: 'review/deadline-passed',
  category: 'review',
  severity: 'warn',
  sources: ['edit-smart', 'conbersa'],
  messages: {
    en: {
      rationale: 'An objective whose deadline has passed must be assessed and replaced, or the plan stops steering anything.',
      fix: 'Record whether the objective was met, then set a new `deadline` (and target) or remove the objective.',
      past: 'The deadline of objective `{id}` ({date}) has passed (today is {today}). Record the result, then set a new `deadline` or remove the objective.',
    },
    fr: {
      rationale: 'Un objectif dont l’échéance est passée doit être évalué et remplacé, sinon le plan ne guide plus rien.',
      fix: 'Notez si l’objectif est atteint, puis fixez une nouvelle `deadline` (et une cible), ou retirez l’objectif.',
      past: 'L’échéance de l’objectif `{id}` ({date}) est passée (nous sommes le {today}). Notez le résultat, puis fixez une nouvelle `deadline` ou retirez l’objectif.',
    },
  },
  examples: {
    pass: '# plan validate --now 2026-11-26\nobjectives:\n  - id: reach\n    statement: Grow our audience\n    deadline: 2027-02-28\n',
    fail: '# plan validate --now 2026-11-26\nobjectives:\n  - id: reach\n    statement: Grow our audience\n    deadline: 2026-06-30\n',
    fr: {
      pass: '# plan validate --now 2026-11-26\nobjectives:\n  - id: portee\n    statement: Faire grandir notre communauté\n    deadline: 2027-02-28\n',
      fail: '# plan validate --now 2026-11-26\nobjectives:\n  - id: portee\n    statement: Faire grandir notre communauté\n    deadline: 2026-06-30\n',
    },
  },
  check(strategy, { t, now }) {
    const hits: RuleHit[] = [];
    const today = now.toISOString().slice(0, 10);
    strategy.objectives?.forEach((o, i) => {
      if (isPast(o.deadline, now)) hits.push({ path: ['objectives', i, 'deadline'], message: t('past', { id: o.id, date: o.deadline!, today }) });
    });
    return hits;
  },
});
