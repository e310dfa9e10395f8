import { defineRule, type RuleHit } from '../types.js';

// warn: a customer-care objective with no response-time promise is a contradiction the team must resolve.
export const careTarget = defineRule({
  id: 'community/care-target',
  category: 'community',
  severity: 'warn',
  sources: ['sprout-index-2016', 'actdrills'],
  messages: {
    en: {
      rationale: 'A customer-care objective needs a response-time target, or it cannot be kept.',
      fix: 'Set `community.response_time` (for example `4h`), and measure it in the objective’s `kpi`.',
      missing: 'The objective `{id}` is about customer care, but the strategy sets no response time. Add `community.response_time` (for example `4h`).',
    },
    fr: {
      rationale: 'Un objectif de service à la clientèle a besoin d’une cible de délai de réponse, sinon il ne peut être tenu.',
      fix: 'Fixez `community.response_time` (par exemple `4 h`) et mesurez-le dans le `kpi` de l’objectif.',
      missing: 'L’objectif `{id}` porte sur le service à la clientèle, mais la stratégie ne fixe aucun délai de réponse. Ajoutez `community.response_time` (par exemple `4 h`).',
    },
  },
  examples: {
    pass: 'objectives:\n  - id: care\n    statement: Answer customers fast\n    type: customer-care\ncommunity:\n  response_time: 4h\n',
    fail: 'objectives:\n  - id: care\n    statement: Answer customers fast\n    type: customer-care\ncommunity:\n  managers: [Julie Tremblay]\n',
    fr: {
      pass: 'objectives:\n  - id: service\n    statement: Répondre vite aux clients\n    type: customer-care\ncommunity:\n  response_time: 4 h\n',
      fail: 'objectives:\n  - id: service\n    statement: Répondre vite aux clients\n    type: customer-care\ncommunity:\n  managers: [Julie Tremblay]\n',
    },
  },
  check(strategy, { t }) {
    if (strategy.community?.response_time !== undefined) return [];
    const hits: RuleHit[] = [];
    strategy.objectives?.forEach((o, i) => {
      if (o.type === 'customer-care') hits.push({ path: ['objectives', i, 'type'], message: t('missing', { id: o.id }) });
    });
    return hits;
  },
});
