import { defineRule } from '../types.js';
import { KEY_DATE_LEAD_DAYS } from '../../calendar/plan.js';
import { reviewCalendar } from './period.js';

// info: a key date with no post on it or in the days before goes by unmarked; the team may want to
// add a post that day, or it may be fine (a day to stay quiet). Hence info, not a warning.
export const keyDatesUnplanned = defineRule({
  id: 'calendar/key-dates-unplanned',
  category: 'calendar',
  severity: 'info',
  source: 'Plan content around key dates and holidays ahead of time: Hootsuite, "How to create a social media content calendar"; Sprout Social, "Social media holiday calendar". Checked over the next review period (`organization.review_by`, else one `measurement.review` cycle).',
  messages: {
    en: {
      rationale: 'Each key date of the next review period should have a post that marks it.',
      fix: 'Add a cadence day on or just before the key date (or more posts that week), or remove the key date if it needs no post.',
      missing: 'No post of the next review period (to {to}) marks these key dates: {list}. Add a cadence day on or up to {lead} days before them, or remove the key dates that need no post.',
    },
    fr: {
      rationale: 'Chaque date clé de la prochaine période de révision devrait avoir une publication qui la souligne.',
      fix: 'Ajoutez un jour de cadence le jour de la date clé ou juste avant (ou plus de publications cette semaine-là), ou retirez la date clé si elle ne demande aucune publication.',
      missing: 'Aucune publication de la prochaine période de révision (jusqu’au {to}) ne souligne ces dates clés : {list}. Ajoutez un jour de cadence ce jour-là ou jusqu’à {lead} jours avant, ou retirez les dates clés qui ne demandent pas de publication.',
    },
  },
  examples: {
    pass: '# plan validate --now 2027-05-01\norganization:\n  name: Café Boréal\n  language: en\n  review_by: 2027-05-31\nplatforms:\n  - { id: instagram, role: primary, cadence: { posts: 3, per: week, days: [fri, sat, sun] } }\ncalendar:\n  key_dates:\n    - { rule: 2nd sunday in May, name: Mother’s Day }\n',
    fail: '# plan validate --now 2027-05-01\norganization:\n  name: Café Boréal\n  language: en\n  review_by: 2027-05-31\nplatforms:\n  - { id: instagram, role: primary, cadence: { posts: 1, per: week, days: [tue] } }\ncalendar:\n  key_dates:\n    - { rule: 2nd sunday in May, name: Mother’s Day }\n',
  },
  check(strategy, { t, now, lang }) {
    const { period, keyDates, drafts } = reviewCalendar(strategy, now);
    const planned = drafts();
    if (!planned) return [];
    const marked = new Set(planned.marks.map((k) => k?.name));
    // Only the key dates the calendar leaves alone, and only those still ahead in the period.
    const missing = keyDates.filter((k) => k.date >= period.from && !marked.has(k.name) && !(k.blackoutPillars?.length && !k.pillar && !k.note));
    if (missing.length === 0) return [];
    const list = new Intl.ListFormat(lang === 'fr' ? 'fr-CA' : 'en', { type: 'conjunction' }).format(missing.map((k) => `${k.name} (${k.date})`));
    const first = missing[0]!;
    return [{ path: ['calendar', 'key_dates', first.index ?? 0], anchor: 'key', message: t('missing', { to: period.to, list, lead: KEY_DATE_LEAD_DAYS }) }];
  },
});
