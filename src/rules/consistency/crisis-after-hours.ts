import { defineRule, type RuleHit } from '../types.js';
import { localeFormat } from '../../i18n/intl.js';
import { durationHours, round1 } from '../util.js';
import { dutyIntervals, longestUnwatched, plainText } from './helpers.js';

/** Words that name an on-call or after-hours contact, in English and French. */
const ON_CALL = /on[- ]call|after[- ]hours|out of hours|24\/7|24 ?h ?(?:\/|sur) ?24|7 ?j ?(?:\/|sur) ?7|de garde|astreinte|hors (?:des )?heures|en dehors des heures|nights?,? (?:and )?weekends?|soirs?,? (?:et )?(?:les )?fins? de semaine/;

// info: a crisis tier that must be answered in an hour, in a plan watched only in office hours,
// is a promise nobody keeps at night or on weekends unless someone is on call. The schema has no
// on-call field: naming one in `community.escalation` (or an approver) is how a plan says so.
export const crisisAfterHours = defineRule({
  id: 'consistency/crisis-after-hours',
  category: 'consistency',
  severity: 'info',
  source: 'geratools, "Social Media Crisis Response Plan Builder": a named approver and a backup reachable per tier, with response times, https://geratools.com/social-media-crisis-response-builder; Sprout Social Index 2016 (Social Media Today): people expect an answer within 4 hours, https://www.socialmediatoday.com/news/brands-ignoring-consumers-on-social-media-are-in-trouble-infographic/512213/.',
  messages: {
    en: {
      rationale: 'A crisis tier answered faster than the longest stretch nobody watches the community (nights, weekends) has someone on call: the plan names an on-call or after-hours contact.',
      fix: 'Name who is on call in `community.escalation` (for example "Julie Tremblay, on call evenings and weekends"), widen `community.hours`, or, if the delay is accepted, add `# plan-disable-next-line consistency/crisis-after-hours -- reason` above the line.',
      gap: 'Crisis tier {level} is answered within {within}, but the community goes unwatched for up to {gap} in a row (`community.hours`) and the plan names no on-call contact. Name who is on call in `community.escalation` (“on call evenings and weekends”), or accept it with `# plan-disable-next-line consistency/crisis-after-hours -- reason`.',
    },
    fr: {
      rationale: 'Un niveau de crise traité plus vite que la plus longue période sans veille de la communauté (nuits, fins de semaine) a quelqu’un de garde : le plan nomme une personne de garde ou joignable hors des heures.',
      fix: 'Nommez qui est de garde dans `community.escalation` (par exemple « Julie Tremblay, de garde le soir et la fin de semaine »), élargissez `community.hours`, ou, si le délai est assumé, ajoutez `# plan-disable-next-line consistency/crisis-after-hours -- raison` au-dessus de la ligne.',
      gap: 'Le niveau de crise {level} est traité en {within}, mais la communauté reste sans veille jusqu’à {gap} d’affilée (`community.hours`) et le plan ne nomme personne de garde. Nommez qui est de garde dans `community.escalation` (« de garde le soir et la fin de semaine »), ou assumez-le avec `# plan-disable-next-line consistency/crisis-after-hours -- raison`.',
    },
  },
  examples: {
    pass: 'community:\n  hours: { days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }\n  escalation: Julie Tremblay, on call evenings and weekends\ncrisis:\n  tiers:\n    - { level: 1, trigger: A complaint, respond_within: 1h }\n',
    fail: 'community:\n  hours: { days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }\n  escalation: Julie Tremblay\ncrisis:\n  tiers:\n    - { level: 1, trigger: A complaint, respond_within: 1h }\n',

    fr: {
      pass: 'community:\n  hours: { days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }\n  escalation: Julie Tremblay, de garde le soir et la fin de semaine\ncrisis:\n  tiers:\n    - { level: 1, trigger: Une plainte, respond_within: 1h }\n',
      fail: 'community:\n  hours: { days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }\n  escalation: Julie Tremblay\ncrisis:\n  tiers:\n    - { level: 1, trigger: Une plainte, respond_within: 1h }\n',
    },
  },
  check(strategy, { t, lang }) {
    const hours = strategy.community?.hours;
    const tiers = Array.isArray(strategy.crisis?.tiers) ? strategy.crisis.tiers : [];
    if (!hours || tiers.length === 0) return [];
    const duty = dutyIntervals(hours);
    if (!duty) return [];
    const gapHours = longestUnwatched(duty) / 60;
    if (gapHours <= 0) return [];
    // The fastest tier is the one the gap breaks first: one finding per plan, not one per tier.
    let fastest: { i: number; hours: number } | undefined;
    tiers.forEach((tier, i) => {
      const within = durationHours(tier?.respond_within);
      if (within !== undefined && within < gapHours && (!fastest || within < fastest.hours)) fastest = { i, hours: within };
    });
    if (!fastest) return [];
    const contacts = [strategy.community?.escalation, strategy.crisis?.spokesperson, ...(Array.isArray(strategy.crisis?.approvers) ? strategy.crisis.approvers : []), ...tiers.map((tier) => tier?.approver)];
    if (contacts.some((text) => ON_CALL.test(plainText(text)))) return [];
    const tier = tiers[fastest.i]!;
    // "1 heure", "35,5 heures": the durations in words, as the brief writes them (not "1h").
    const format = localeFormat(lang);
    const hit: RuleHit = { path: ['crisis', 'tiers', fastest.i, 'respond_within'], message: t('gap', { level: tier.level, within: format.duration(tier.respond_within), gap: format.duration(`${round1(gapHours)}h`) }) };
    return [hit];
  },
});
