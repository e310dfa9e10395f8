import { defineRule } from '../types.js';
import { isPast } from '../util.js';

// warn: a review date in the past means the document may no longer match the team's practice.
export const reviewOverdue = defineRule({
  id: 'review/review-overdue',
  category: 'review',
  severity: 'warn',
  sources: ['conbersa', 'hootsuite-9-steps'],
  messages: {
    en: {
      rationale: 'The strategy’s review date has passed: the document may no longer describe what the team does.',
      fix: 'Review the strategy with the team, then move `organization.review_by` to the next review (a quarter ahead is common).',
      past: 'The review date {date} has passed (today is {today}). Review the strategy, then set `review_by` to the next review, for example {next}.',
    },
    fr: {
      rationale: 'La date de révision de la stratégie est passée : le document ne décrit peut-être plus ce que fait l’équipe.',
      fix: 'Révisez la stratégie avec l’équipe, puis reportez `organization.review_by` à la prochaine révision (un trimestre plus tard, souvent).',
      past: 'La date de révision {date} est passée (nous sommes le {today}). Révisez la stratégie, puis fixez `review_by` à la prochaine révision, par exemple le {next}.',
    },
  },
  examples: {
    pass: '# plan validate --now 2026-11-26\norganization:\n  name: Boreal Café\n  language: en\n  review_by: 2027-03-31\n',
    fail: '# plan validate --now 2026-11-26\norganization:\n  name: Boreal Café\n  language: en\n  review_by: 2026-09-30\n',
    fr: {
      pass: '# plan validate --now 2026-11-26\norganization:\n  name: Café Boréal\n  language: fr\n  review_by: 2027-03-31\n',
      fail: '# plan validate --now 2026-11-26\norganization:\n  name: Café Boréal\n  language: fr\n  review_by: 2026-09-30\n',
    },
  },
  check(strategy, { t, now }) {
    const date = strategy.organization?.review_by;
    if (!isPast(date, now)) return [];
    const next = new Date(now.getTime());
    next.setUTCMonth(next.getUTCMonth() + 3);
    return [{
      path: ['organization', 'review_by'],
      message: t('past', { date: date!, today: now.toISOString().slice(0, 10), next: next.toISOString().slice(0, 10) }),
    }];
  },
});
