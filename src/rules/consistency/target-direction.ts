import type { Objective } from '../../strategy/types.js';
import { defineRule, type RuleHit } from '../types.js';
import { objectiveWord } from '../../i18n/choices.js';
import { num } from '../util.js';
import { durationUnitHours, plainText } from './helpers.js';

/**
 * Words that make a KPI one to lower, in English and French (accents ignored): durations, costs,
 * errors, complaints, churn. A unit that is a duration (`hours`, `business hours`, `min`) says the same.
 */
const KPI_LOWER_IS_BETTER = /\b(time|delay|wait|duration|cost|cpc|cpa|cpm|errors?|complaints?|churn|unfollows?|unsubscribes?|bounce|negative|delai|delais|temps|attente|duree|cout|couts|erreurs?|plaintes?|desabonnements?|rebond|negatifs?|negatives?)\b/;

/** Objective types whose KPIs grow: more reach, engagement, conversions or members. */
const GROWTH_TYPES = new Set(['awareness', 'engagement', 'conversion', 'community']);

/** `up`, `down`, or undefined when the objective does not say which way its KPI should move. */
export function direction(objective: Objective): 'up' | 'down' | undefined {
  if (KPI_LOWER_IS_BETTER.test(plainText(objective.kpi)) || durationUnitHours(objective.unit) !== undefined) return 'down';
  if (objective.type && GROWTH_TYPES.has(objective.type)) return 'up';
  return undefined;
}

// warn: a target equal to the baseline asks for nothing, and one on the wrong side of it asks for
// failure; both are usually a slip (swapped fields, a copied line).
export const targetDirection = defineRule({
  id: 'consistency/target-direction',
  category: 'consistency',
  severity: 'warn',
  source: 'SMART objectives (Doran, "There\'s a S.M.A.R.T. way to write management\'s goals and objectives", Management Review, 1981; Wikipedia, "SMART criteria", https://en.wikipedia.org/wiki/SMART_criteria); HubSpot, social media marketing plan: SMART objectives "beyond vanity metrics" (mirror: https://beginnertopro.in/post/230).',
  messages: {
    en: {
      rationale: 'A target moves away from the baseline, in the direction the KPI should go: up for reach and sign-ups, down for response times and complaints.',
      fix: 'Set a `target` that differs from the `baseline` in the right direction, or swap the two if they were entered the wrong way round.',
      same: 'The objective `{id}` has the same target as its baseline ({value}): it asks for no change. Set the `target` you want to reach by the deadline.',
      down: 'The objective `{id}` aims at {target} {kpi}, above its baseline of {baseline}, but a lower value is better for this KPI. Set a target below {baseline}, or swap `baseline` and `target`.',
      up: 'The objective `{id}` ({type}) aims at {target}, below its baseline of {baseline}: the KPI would fall. Set a target above {baseline}, or swap `baseline` and `target`.',
    },
    fr: {
      rationale: 'Une cible s’éloigne du point de départ, dans le sens où l’indicateur doit aller : vers le haut pour la portée et les inscriptions, vers le bas pour les délais de réponse et les plaintes.',
      fix: 'Fixez une `target` différente de la `baseline`, dans le bon sens, ou inversez les deux si elles ont été saisies à l’envers.',
      same: 'L’objectif `{id}` a la même cible que son point de départ ({value}) : il ne demande aucun changement. Fixez la `target` à atteindre d’ici l’échéance.',
      down: 'L’objectif `{id}` vise {target} ({kpi}), au-dessus de son point de départ de {baseline}, alors qu’une valeur plus basse est meilleure pour cet indicateur. Fixez une cible sous {baseline}, ou inversez `baseline` et `target`.',
      up: 'L’objectif `{id}` ({type}) vise {target}, sous son point de départ de {baseline} : l’indicateur baisserait. Fixez une cible au-dessus de {baseline}, ou inversez `baseline` et `target`.',
    },
  },
  examples: {
    pass: 'objectives:\n  - id: support\n    statement: Answer faster\n    type: customer-care\n    kpi: median first response time\n    unit: hours\n    baseline: 11\n    target: 2\n',
    fail: 'objectives:\n  - id: support\n    statement: Answer faster\n    type: customer-care\n    kpi: median first response time\n    unit: hours\n    baseline: 2\n    target: 11\n',
    fr: {
      pass: 'objectives:\n  - id: support\n    statement: Répondre plus vite\n    type: customer-care\n    kpi: délai médian de première réponse\n    unit: heures\n    baseline: 11\n    target: 2\n',
      fail: 'objectives:\n  - id: support\n    statement: Répondre plus vite\n    type: customer-care\n    kpi: délai médian de première réponse\n    unit: heures\n    baseline: 2\n    target: 11\n',
    },
  },
  check(strategy, { t, lang }) {
    const hits: RuleHit[] = [];
    (Array.isArray(strategy.objectives) ? strategy.objectives : []).forEach((o, i) => {
      if (typeof o?.baseline !== 'number' || typeof o.target !== 'number') return;
      const path = ['objectives', i, 'target'];
      if (o.target === o.baseline) {
        hits.push({ path, message: t('same', { id: o.id, value: num(o.target, lang) }) });
        return;
      }
      const way = direction(o);
      const wrong = way === 'down' ? o.target > o.baseline : way === 'up' ? o.target < o.baseline : false;
      if (!wrong) return;
      const params = { id: o.id, target: num(o.target, lang), baseline: num(o.baseline, lang), kpi: o.kpi ?? '', type: o.type ? objectiveWord(lang, o.type) : '' };
      hits.push({ path, message: t(way === 'down' ? 'down' : 'up', params) });
    });
    return hits;
  },
});
