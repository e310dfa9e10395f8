import { cite, MAX_MONTHS_TO_DEADLINE } from '../../knowledge/thresholds.js';
import { defineRule, type RuleHit } from '../types.js';
import { num, round1 } from '../util.js';
import { addMonths, isDate, limit, monthsBetween, today } from './helpers.js';

// info: a far deadline is not wrong, but the plan is reviewed every quarter; a milestone within
// the plan's horizon is what the reviews can check.
export const deadlineHorizon = defineRule({
  id: 'consistency/deadline-horizon',
  category: 'consistency',
  severity: 'info',
  source: `${cite(MAX_MONTHS_TO_DEADLINE.source)} (after Doran, Management Review, 1981): objectives are time-bound; Conbersa, "Social media strategy plan template": 3–5 SMART objectives each with a timeframe, plans updated quarterly, https://www.conbersa.ai/learn/social-media-strategy-plan-template. Threshold: ${MAX_MONTHS_TO_DEADLINE.value} months.`,
  messages: {
    en: {
      rationale: 'Objective deadlines fall within the plan’s horizon (a year and a half), so the quarterly reviews can check progress.',
      fix: 'Set a nearer `deadline` with an intermediate target, and keep the long-term goal in the `statement`.',
      far: 'The objective `{id}` has its deadline on {date}, {months} months away: beyond the plan’s horizon of {max} months. Set an intermediate target with a deadline before {suggested}.',
    },
    fr: {
      rationale: 'Les échéances des objectifs restent dans l’horizon du plan (un an et demi), pour que les révisions trimestrielles mesurent les progrès.',
      fix: 'Fixez une `deadline` plus proche avec une cible intermédiaire, et gardez le but à long terme dans `statement`.',
      far: 'L’objectif `{id}` a son échéance le {date}, dans {months} mois : au-delà de l’horizon du plan ({max} mois). Fixez une cible intermédiaire avec une échéance avant le {suggested}.',
    },
  },
  examples: {
    pass: '# plan validate --now 2026-11-26\nobjectives:\n  - { id: reach, statement: Grow our audience, kpi: followers, target: 1200, deadline: 2027-06-30 }\n',
    fail: '# plan validate --now 2026-11-26\nobjectives:\n  - { id: reach, statement: Grow our audience, kpi: followers, target: 1200, deadline: 2029-06-30 }\n',
    fr: {
      pass: '# plan validate --now 2026-11-26\nobjectives:\n  - { id: portee, statement: Faire grandir notre communauté, kpi: abonnés, target: 1200, deadline: 2027-06-30 }\n',
      fail: '# plan validate --now 2026-11-26\nobjectives:\n  - { id: portee, statement: Faire grandir notre communauté, kpi: abonnés, target: 1200, deadline: 2029-06-30 }\n',
    },
  },
  check(strategy, { t, now, lang }) {
    const day = today(now);
    const latest = limit(day, MAX_MONTHS_TO_DEADLINE.value);
    const hits: RuleHit[] = [];
    (Array.isArray(strategy.objectives) ? strategy.objectives : []).forEach((o, i) => {
      if (!isDate(o?.deadline) || o.deadline <= latest) return;
      const months = monthsBetween(day, o.deadline);
      hits.push({ path: ['objectives', i, 'deadline'], message: t('far', { id: o.id, date: o.deadline, months: num(round1(months), lang), max: MAX_MONTHS_TO_DEADLINE.value, suggested: addMonths(day, 12) }) });
    });
    return hits;
  },
});
