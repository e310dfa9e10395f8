import { cite, MAX_GROWTH_FACTOR, MAX_MONTHLY_AUDIENCE_GROWTH, MIN_BASELINE_FOR_GROWTH, MIN_BASELINE_FOR_PACE } from '../../knowledge/thresholds.js';
import { defineRule, type RuleHit } from '../types.js';
import { num, plural, round1 } from '../util.js';
import { isDate, monthsBetween, plainText, today } from './helpers.js';
import { direction } from './target-direction.js';

/** KPIs that count an audience (the benchmark's followers), in English and French. */
const AUDIENCE_KPI = /\b(?:followers?|subscribers?|fans?|members?|abonne(?:e)?s?|membres?|page likes|mentions j'aime)\b/;

// warn: ten times the baseline is rarely a plan and often a slip (an extra zero, a baseline
// counted in thousands); SMART objectives are attainable, and an audience multiplied in weeks is
// not attainable either (1,000 to 9,000 followers in two weeks), so the pace to the deadline counts too.
export const growthPace = defineRule({
  id: 'consistency/growth-pace',
  category: 'consistency',
  severity: 'warn',
  source: `${cite(MAX_GROWTH_FACTOR.source)}: median brand follower growth was 42% a year across five networks and 100% on Instagram, the fastest; SMART objectives are attainable (Wikipedia, "SMART criteria", https://en.wikipedia.org/wiki/SMART_criteria). Thresholds: ${MAX_GROWTH_FACTOR.value} times the baseline, from a baseline of ${MIN_BASELINE_FOR_GROWTH.value}; ${MAX_MONTHLY_AUDIENCE_GROWTH.value}% a month to the deadline, from ${MIN_BASELINE_FOR_PACE.value}.`,
  messages: {
    en: {
      rationale: 'A target more than ten times its baseline (from a baseline of 100), or an audience growing more than 20% a month to its deadline (from 1,000), is checked: even the fastest-growing network doubles a typical brand’s audience in a year.',
      fix: 'Check the `target` and `baseline` for a typo (an extra zero, a baseline in thousands), or split the goal into a nearer, attainable step.',
      fast: 'The objective `{id}` aims at {target}, {factor} times its baseline of {baseline}. Brands’ audiences typically grow 42% a year (Instagram, the fastest, doubles them). Check the figures for a typo, or set a nearer target.',
      pace: 'The objective `{id}` aims at {target} from {baseline} by {deadline}: {rate}% more every month for {months}. Brands’ audiences typically grow 42% a year (Instagram, the fastest, about 6% a month); more than {max}% a month is checked. Set a later `deadline` or a nearer target.',
      'months.one': '{count} month',
      'months.other': '{count} months',
    },
    fr: {
      rationale: 'Une cible de plus de dix fois le point de départ (à partir de 100), ou une audience qui croît de plus de 20 % par mois jusqu’à l’échéance (à partir de 1 000), est vérifiée : même le réseau qui croît le plus vite double l’audience d’une marque typique en un an.',
      fix: 'Vérifiez `target` et `baseline` (un zéro de trop, un point de départ en milliers), ou découpez l’objectif en une étape plus proche et atteignable.',
      fast: 'L’objectif `{id}` vise {target}, soit {factor} fois son point de départ de {baseline}. L’audience d’une marque croît en général de 42 % par an (Instagram, le plus rapide, la double). Vérifiez les chiffres, ou fixez une cible plus proche.',
      pace: 'L’objectif `{id}` vise {target} à partir de {baseline} d’ici le {deadline} : {rate} % de plus chaque mois pendant {months}. L’audience d’une marque croît en général de 42 % par an (Instagram, le plus rapide, environ 6 % par mois) ; au-delà de {max} % par mois, c’est vérifié. Repoussez la `deadline` ou fixez une cible plus proche.',
      'months.one': '{count} mois',
      'months.other': '{count} mois',
    },
  },
  examples: {
    pass: 'objectives:\n  - id: reach\n    statement: Grow our audience\n    type: awareness\n    kpi: Instagram followers\n    baseline: 150\n    target: 1200\n',
    fail: 'objectives:\n  - id: reach\n    statement: Grow our audience\n    type: awareness\n    kpi: Instagram followers\n    baseline: 150\n    target: 12000\n',
    fr: {
      pass: 'objectives:\n  - id: portee\n    statement: Faire grandir notre communauté\n    type: awareness\n    kpi: abonnés Instagram\n    baseline: 150\n    target: 1200\n',
      fail: 'objectives:\n  - id: portee\n    statement: Faire grandir notre communauté\n    type: awareness\n    kpi: abonnés Instagram\n    baseline: 150\n    target: 12000\n',
    },
  },
  check(strategy, { t, lang, now }) {
    const hits: RuleHit[] = [];
    (Array.isArray(strategy.objectives) ? strategy.objectives : []).forEach((o, i) => {
      if (typeof o?.baseline !== 'number' || typeof o.target !== 'number' || o.baseline < MIN_BASELINE_FOR_GROWTH.value) return;
      const factor = o.target / o.baseline;
      if (factor <= 1 || direction(o) !== 'up') return;
      // Written out only for a message: a clean file formats no number.
      const { target, baseline } = o;
      const figures = () => ({ id: o.id, target: num(target, lang), baseline: num(baseline, lang) });
      if (factor > MAX_GROWTH_FACTOR.value) {
        hits.push({ path: ['objectives', i, 'target'], message: t('fast', { ...figures(), factor: num(round1(factor), lang) }) });
        return;
      }
      // The pace: compounded monthly growth to the deadline, over a month at least (a week's
      // campaign is not judged as a month's growth rate), for audience KPIs from an established base.
      if (o.baseline < MIN_BASELINE_FOR_PACE.value || !isDate(o.deadline) || !AUDIENCE_KPI.test(plainText(o.kpi))) return;
      const day = today(now);
      if (o.deadline <= day) return;
      const months = Math.max(1, monthsBetween(day, o.deadline));
      const rate = (factor ** (1 / months) - 1) * 100;
      if (rate <= MAX_MONTHLY_AUDIENCE_GROWTH.value) return;
      hits.push({ path: ['objectives', i, 'target'], message: t('pace', { ...figures(), deadline: o.deadline, rate: num(Math.round(rate), lang), months: t(`months.${plural(lang, round1(months))}`, { count: num(round1(months), lang) }), max: MAX_MONTHLY_AUDIENCE_GROWTH.value }) });
    });
    return hits;
  },
});
