import { cite, MAX_MONTHS_TO_REVIEW, MAX_MONTHS_WITHOUT_OBJECTIVE } from '../../knowledge/thresholds.js';
import { defineRule } from '../types.js';
import { num, round1 } from '../util.js';
import { addMonths, isDate, limit, monthsBetween, today } from './helpers.js';

// info: advice on the rhythm; review/review-overdue already warns when the date has passed.
export const reviewDate = defineRule({
  id: 'consistency/review-date',
  category: 'consistency',
  severity: 'info',
  source: `${cite(MAX_MONTHS_TO_REVIEW.source)}: the best plans are updated quarterly; Actdrills, "Social media strategy template": a quarterly review, https://actdrills.com/hub/social-media-strategy-template. Thresholds: ${MAX_MONTHS_TO_REVIEW.value} months ahead, ${MAX_MONTHS_WITHOUT_OBJECTIVE.value} months after the last deadline.`,
  messages: {
    en: {
      rationale: 'The next review comes within two quarters, and not long after the objectives end: a living plan is re-read before it runs without goals.',
      fix: 'Move `organization.review_by` closer: within six months, and no later than a quarter after the last objective deadline.',
      far: 'The next review ({date}) is {months} months away: a living strategy is reviewed every quarter. Set `review_by` to {suggested} or earlier.',
      afterObjectives: 'Every objective ends by {last}, but the next review is only on {date}, {months} months later: the team would work without a live objective until then. Set `review_by` to {suggested} or earlier, and set the next objectives there.',
    },
    fr: {
      rationale: 'La prochaine révision arrive d’ici deux trimestres, et peu après la fin des objectifs : un plan vivant est relu avant de tourner sans objectif.',
      fix: 'Rapprochez `organization.review_by` : dans les six mois, et au plus un trimestre après la dernière échéance d’objectif.',
      far: 'La prochaine révision ({date}) est dans {months} mois : une stratégie vivante se révise chaque trimestre. Fixez `review_by` au {suggested} ou plus tôt.',
      afterObjectives: 'Tous les objectifs se terminent au plus tard le {last}, mais la prochaine révision n’a lieu que le {date}, {months} mois plus tard : l’équipe travaillerait sans objectif en cours d’ici là. Fixez `review_by` au {suggested} ou plus tôt, et fixez-y les objectifs suivants.',
    },
  },
  examples: {
    pass: '# plan validate --now 2026-11-26\norganization:\n  name: Café Boréal\n  language: fr\n  review_by: 2027-03-31\n',
    fail: '# plan validate --now 2026-11-26\norganization:\n  name: Café Boréal\n  language: fr\n  review_by: 2027-11-30\n',
  },
  check(strategy, { t, now, lang }) {
    const date = strategy.organization?.review_by;
    if (!isDate(date)) return [];
    const day = today(now);
    if (date < day) return []; // review/review-overdue
    const path = ['organization', 'review_by'];
    if (date > limit(day, MAX_MONTHS_TO_REVIEW.value)) {
      return [{ path, message: t('far', { date, months: num(round1(monthsBetween(day, date)), lang), suggested: addMonths(day, 3) }) }];
    }
    let last: string | undefined;
    for (const o of Array.isArray(strategy.objectives) ? strategy.objectives : []) if (isDate(o?.deadline) && (last === undefined || o.deadline > last)) last = o.deadline;
    // Objectives all over already are review/deadline-passed's finding.
    if (last === undefined || last < day || date <= limit(last, MAX_MONTHS_WITHOUT_OBJECTIVE.value)) return [];
    return [{ path, message: t('afterObjectives', { last, date, months: num(round1(monthsBetween(last, date)), lang), suggested: addMonths(last, 1) }) }];
  },
});
