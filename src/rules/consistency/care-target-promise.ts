import { defineRule, type RuleHit } from '../types.js';
import { durationHours, num, round1 } from '../util.js';
import { durationUnitHours } from './helpers.js';

// warn: the objective and the promise measure the same thing; a goal slower than what the team
// already promises either lowers the bar or means the promise is not real.
export const careTargetPromise = defineRule({
  id: 'consistency/care-target-promise',
  category: 'consistency',
  severity: 'warn',
  source: 'Sprout Social Index 2016 (Social Media Today, "Brands ignoring consumers on social media are in trouble", 2016): people expect an answer within 4 hours, https://www.socialmediatoday.com/news/brands-ignoring-consumers-on-social-media-are-in-trouble-infographic/512213/; Actdrills, "Social media strategy template": response-time SLAs, https://actdrills.com/hub/social-media-strategy-template.',
  messages: {
    en: {
      rationale: 'A customer-care objective on response time aims at least as fast as the response time the plan already promises.',
      fix: 'Set the objective’s `target` at or below `community.response_time`, or make the promise match what the team really does today.',
      slower: 'The objective `{id}` aims at a response time of {target}, slower than the {promise} the plan already promises in `community.response_time`. Set the target to {promise} or less, or change the promise to what the team really does.',
    },
    fr: {
      rationale: 'Un objectif de service à la clientèle sur le délai de réponse vise au moins aussi vite que le délai que le plan promet déjà.',
      fix: 'Fixez la `target` de l’objectif au plus à `community.response_time`, ou alignez la promesse sur ce que l’équipe fait vraiment aujourd’hui.',
      slower: 'L’objectif `{id}` vise un délai de réponse de {target}, plus lent que le délai de {promise} que le plan promet déjà dans `community.response_time`. Fixez la cible à {promise} ou moins, ou changez la promesse pour ce que l’équipe fait vraiment.',
    },
  },
  examples: {
    pass: 'community:\n  response_time: 4h\nobjectives:\n  - { id: support, statement: Answer faster, type: customer-care, kpi: median first response time, unit: hours, baseline: 11, target: 2 }\n',
    fail: 'community:\n  response_time: 2h\nobjectives:\n  - { id: support, statement: Answer faster, type: customer-care, kpi: median first response time, unit: hours, baseline: 11, target: 6 }\n',
    fr: {
      pass: 'community:\n  response_time: 4 h\nobjectives:\n  - { id: support, statement: Répondre plus vite, type: customer-care, kpi: délai médian de première réponse, unit: heures, baseline: 11, target: 2 }\n',
      fail: 'community:\n  response_time: 2 h\nobjectives:\n  - { id: support, statement: Répondre plus vite, type: customer-care, kpi: délai médian de première réponse, unit: heures, baseline: 11, target: 6 }\n',
    },
  },
  check(strategy, { t, lang }) {
    const promise = strategy.community?.response_time;
    const promiseHours = durationHours(promise);
    if (promiseHours === undefined) return [];
    const hits: RuleHit[] = [];
    (Array.isArray(strategy.objectives) ? strategy.objectives : []).forEach((o, i) => {
      if (o?.type !== 'customer-care' || typeof o.target !== 'number') return;
      const perUnit = durationUnitHours(o.unit);
      if (perUnit === undefined || o.target * perUnit <= promiseHours) return;
      hits.push({ path: ['objectives', i, 'target'], message: t('slower', { id: o.id, target: `${num(round1(o.target), lang)} ${o.unit}`, promise: promise! }) });
    });
    return hits;
  },
});
