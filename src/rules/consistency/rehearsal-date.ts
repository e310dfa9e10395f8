import { cite, MAX_MONTHS_SINCE_REHEARSAL } from '../../knowledge/thresholds.js';
import { defineRule } from '../types.js';
import { isDate, limit, monthsBetween, today } from './helpers.js';

// warn: a rehearsal "on" a future date has not happened yet, and one from long ago no longer
// matches the team, its tools or its platforms.
export const rehearsalDate = defineRule({
  id: 'consistency/rehearsal-date',
  category: 'consistency',
  severity: 'warn',
  source: `${cite(MAX_MONTHS_SINCE_REHEARSAL.source)}: test the plans in a drill every year; geratools, "Social Media Crisis Response Plan Builder": rehearse the plan, https://geratools.com/social-media-crisis-response-builder. Threshold: ${MAX_MONTHS_SINCE_REHEARSAL.value} months.`,
  messages: {
    en: {
      rationale: 'The last crisis rehearsal is a date in the past, and less than a year old: people, tools and platforms change.',
      fix: 'Rehearse the plan with the team (a one-hour drill on a past case is enough), then set `crisis.rehearsed_on` to that day.',
      future: 'The crisis plan was "rehearsed" on {date}, a date that has not come yet (today is {today}). `rehearsed_on` is the last rehearsal that happened: set it to that day, and note the planned drill elsewhere.',
      stale: 'The crisis plan was last rehearsed on {date}, {months} months ago: test it in a drill at least once a year. Rehearse it, then set `rehearsed_on` to that day.',
    },
    fr: {
      rationale: 'La dernière simulation de crise est une date passée, et date de moins d’un an : les personnes, les outils et les plateformes changent.',
      fix: 'Faites une simulation du plan avec l’équipe (une heure sur un cas réel passé suffit), puis mettez ce jour dans `crisis.rehearsed_on`.',
      future: 'Le plan de crise aurait été « simulé » le {date}, une date qui n’est pas encore arrivée (nous sommes le {today}). `rehearsed_on` est la dernière simulation qui a eu lieu : mettez ce jour, et notez la simulation prévue ailleurs.',
      stale: 'La dernière simulation du plan de crise date du {date}, il y a {months} mois : testez-le au moins une fois par an. Faites une simulation, puis mettez ce jour dans `rehearsed_on`.',
    },
  },
  examples: {
    pass: '# plan validate --now 2026-11-26\ncrisis:\n  tiers:\n    - { level: 1, trigger: A complaint }\n  rehearsed_on: 2026-05-12\n',
    fail: '# plan validate --now 2026-11-26\ncrisis:\n  tiers:\n    - { level: 1, trigger: A complaint }\n  rehearsed_on: 2025-03-12\n',
    fr: {
      pass: '# plan validate --now 2026-11-26\ncrisis:\n  tiers:\n    - { level: 1, trigger: Une plainte }\n  rehearsed_on: 2026-05-12\n',
      fail: '# plan validate --now 2026-11-26\ncrisis:\n  tiers:\n    - { level: 1, trigger: Une plainte }\n  rehearsed_on: 2025-03-12\n',
    },
  },
  check(strategy, { t, now }) {
    const date = strategy.crisis?.rehearsed_on;
    if (!isDate(date)) return [];
    const day = today(now);
    const path = ['crisis', 'rehearsed_on'];
    if (date > day) return [{ path, message: t('future', { date, today: day }) }];
    if (date > limit(day, -MAX_MONTHS_SINCE_REHEARSAL.value)) return [];
    return [{ path, message: t('stale', { date, months: Math.floor(monthsBetween(date, day)) }) }];
  },
});
