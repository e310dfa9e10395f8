import { cite, MAX_GROWTH_FACTOR, MIN_BASELINE_FOR_GROWTH } from '../../knowledge/thresholds.js';
import { defineRule, type RuleHit } from '../types.js';
import { num, round1 } from '../util.js';
import { direction } from './target-direction.js';

// warn: ten times the baseline is rarely a plan and often a slip (an extra zero, a baseline
// counted in thousands); SMART objectives are attainable.
export const growthPace = defineRule({
  id: 'consistency/growth-pace',
  category: 'consistency',
  severity: 'warn',
  source: `${cite(MAX_GROWTH_FACTOR.source)}: median brand follower growth was 42% a year across five networks and 100% on Instagram, the fastest; SMART objectives are attainable (Wikipedia, "SMART criteria", https://en.wikipedia.org/wiki/SMART_criteria). Thresholds: ${MAX_GROWTH_FACTOR.value} times the baseline, from a baseline of ${MIN_BASELINE_FOR_GROWTH.value}.`,
  messages: {
    en: {
      rationale: 'A target more than ten times its baseline (from a baseline of 100) is checked: even the fastest-growing network doubles a typical brand’s audience in a year.',
      fix: 'Check the `target` and `baseline` for a typo (an extra zero, a baseline in thousands), or split the goal into a nearer, attainable step.',
      fast: 'The objective `{id}` aims at {target}, {factor} times its baseline of {baseline}. Brands’ audiences typically grow 42% a year (Instagram, the fastest, doubles them). Check the figures for a typo, or set a nearer target.',
    },
    fr: {
      rationale: 'Une cible de plus de dix fois le point de départ (à partir de 100) est vérifiée : même le réseau qui croît le plus vite double l’audience d’une marque typique en un an.',
      fix: 'Vérifiez `target` et `baseline` (un zéro de trop, un point de départ en milliers), ou découpez l’objectif en une étape plus proche et atteignable.',
      fast: 'L’objectif `{id}` vise {target}, soit {factor} fois son point de départ de {baseline}. L’audience d’une marque croît en général de 42 % par an (Instagram, le plus rapide, la double). Vérifiez les chiffres, ou fixez une cible plus proche.',
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
  check(strategy, { t, lang }) {
    const hits: RuleHit[] = [];
    (Array.isArray(strategy.objectives) ? strategy.objectives : []).forEach((o, i) => {
      if (typeof o?.baseline !== 'number' || typeof o.target !== 'number' || o.baseline < MIN_BASELINE_FOR_GROWTH.value) return;
      const factor = o.target / o.baseline;
      if (factor <= MAX_GROWTH_FACTOR.value || direction(o) !== 'up') return;
      hits.push({ path: ['objectives', i, 'target'], message: t('fast', { id: o.id, target: num(o.target, lang), baseline: num(o.baseline, lang), factor: num(round1(factor), lang) }) });
    });
    return hits;
  },
});
