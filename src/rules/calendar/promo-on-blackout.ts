import { defineRule, type RuleHit } from '../types.js';
import { platformFacts } from '../../knowledge/index.js';
import { reviewCalendar } from './period.js';

// warn: the planner keeps blacked-out pillars off their days whenever another pillar can take the
// post; a promotional post left on such a day means the strategy's own choices collide (a key date
// that pins its promotional pillar on a day that blacks it out, or only promotional pillars).
export const promoOnBlackout = defineRule({
  id: 'calendar/promo-on-blackout',
  category: 'calendar',
  severity: 'warn',
  source: 'Promotion on a day of mourning or celebration reads as tone-deaf: Hootsuite, "How to create a social media calendar" (plan around holidays and pause scheduled posts); Sprout Social, "Social media holiday calendar". Key dates and blackout pillars in `calendar.key_dates`.',
  messages: {
    en: {
      rationale: 'No promotional post should fall on a day the strategy blacks out for promotion (25 December, a day of mourning).',
      fix: 'Remove the promotional `pillar` from the key date of that day, move the key date, or add a non-promotional pillar the calendar can use that day.',
      slot: 'On {date} ({key}), the calendar still plans a promotional post ({pillar}, {platform}), although `blackout_pillars` rules it out that day. Give the key date another pillar, or add a pillar that is not promotional.',
    },
    fr: {
      rationale: 'Aucune publication promotionnelle ne devrait tomber un jour que la stratégie interdit à la promotion (le 25 décembre, un jour de deuil).',
      fix: 'Retirez le `pillar` promotionnel de la date clé de ce jour, déplacez la date clé, ou ajoutez un pilier non promotionnel que le calendrier peut utiliser ce jour-là.',
      slot: 'Le {date} ({key}), le calendrier prévoit encore une publication promotionnelle ({pillar}, {platform}), alors que `blackout_pillars` l’exclut ce jour-là. Donnez un autre pilier à la date clé, ou ajoutez un pilier qui n’est pas promotionnel.',
    },
  },
  examples: {
    pass: '# plan validate --now 2027-12-01\norganization:\n  name: Café Boréal\n  language: en\n  review_by: 2027-12-31\nplatforms:\n  - { id: instagram, role: primary, cadence: { posts: 7, per: week } }\neditorial_line:\n  pillars:\n    - { id: offers, name: Offers, share: 20, purpose: promote }\n    - { id: news, name: News, share: 80, purpose: inform }\ncalendar:\n  key_dates:\n    - { rule: "12-25", name: Christmas Day, blackout_pillars: [offers] }\n',
    fail: '# plan validate --now 2027-12-01\norganization:\n  name: Café Boréal\n  language: en\n  review_by: 2027-12-31\nplatforms:\n  - { id: instagram, role: primary, cadence: { posts: 7, per: week } }\neditorial_line:\n  pillars:\n    - { id: offers, name: Offers, share: 20, purpose: promote }\n    - { id: news, name: News, share: 80, purpose: inform }\ncalendar:\n  key_dates:\n    - { rule: "12-25", name: Christmas Day, pillar: offers, blackout_pillars: [offers] }\n',
  },
  check(strategy, { t, now }) {
    const calendar = reviewCalendar(strategy, now);
    const { period, keyDates } = calendar;
    const pillars = strategy.editorial_line?.pillars ?? [];
    const promotional = new Set(pillars.filter((p) => p?.purpose === 'promote').map((p) => p.id));
    // Only a key date that blacks out a promotional pillar can leave one on its day: plan the
    // pillars (the planner's costly phase) only then.
    if (!keyDates.some((k) => k.blackoutPillars?.some((id) => promotional.has(id)))) return [];
    const plan = calendar.plan();
    if (!plan) return [];
    const names = new Map(pillars.map((p) => [p.id, p.name]));
    const platformName = (id: string) => strategy.platforms.find((p) => p.id === id)?.name ?? platformFacts(id)?.name ?? id;
    const hits: RuleHit[] = [];
    for (const slot of plan.slots) {
      if (slot.date < period.from || slot.date > period.to || !slot.pillar || !promotional.has(slot.pillar)) continue;
      const key = keyDates.find((k) => k.date === slot.date && k.blackoutPillars?.includes(slot.pillar!));
      if (!key || key.index === undefined) continue;
      hits.push({
        path: ['calendar', 'key_dates', key.index, 'blackout_pillars'],
        message: t('slot', { date: slot.date, key: key.name, pillar: names.get(slot.pillar) ?? slot.pillar, platform: platformName(slot.platform) }),
      });
    }
    return hits;
  },
});
