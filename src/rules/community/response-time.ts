import { defineRule } from '../types.js';
import { durationHours, looksLikeStrategy } from '../util.js';

/** Longest acceptable promise: people expect an answer within hours, a day at the very most. */
export const MAX_RESPONSE_HOURS = 24;

// warn: no response time is a missing decision; a slow one is a weak decision.
export const responseTime = defineRule({
  id: 'community/response-time',
  category: 'community',
  severity: 'warn',
  sources: ['sprout-index-2016', 'actdrills'],
  messages: {
    en: {
      rationale: 'Say how fast you answer comments and messages: people expect hours, not days.',
      fix: 'Set `community.response_time` to 24 hours or less, for example `4h`.',
      missing: 'No response time is set. Add `community.response_time`, for example `4h` (people expect an answer within 4 hours).',
      slow: 'A response time of {value} is above 24 hours; people expect an answer within 4 hours and about 30% go to a competitor when ignored. Set `response_time` to `24h` or less.',
    },
    fr: {
      rationale: 'Dites en combien de temps vous répondez aux commentaires et messages : on attend des heures, pas des jours.',
      fix: 'Fixez `community.response_time` à 24 heures ou moins, par exemple `4 h`.',
      missing: 'Aucun délai de réponse n’est fixé. Ajoutez `community.response_time`, par exemple `4 h` (les gens attendent une réponse en moins de 4 heures).',
      slow: 'Un délai de réponse de {value} dépasse 24 heures ; les gens attendent une réponse en moins de 4 heures et environ 30 % vont voir un concurrent quand on les ignore. Fixez `response_time` à `24 h` ou moins.',
    },
  },
  examples: {
    pass: 'community:\n  managers: [Julie Tremblay]\n  response_time: 4h\n',
    fail: 'community:\n  managers: [Julie Tremblay]\n  response_time: 3d\n',
    fr: {
      pass: 'community:\n  managers: [Julie Tremblay]\n  response_time: 4 h\n',
      fail: 'community:\n  managers: [Julie Tremblay]\n  response_time: 3 j\n',
    },
  },
  decisions: [{
    field: ['community', 'response_time'],
    message: 'missing',
    // A customer-care objective without a response time is reported by community/care-target.
    when: (strategy) => looksLikeStrategy(strategy) && !strategy.objectives?.some((o) => o.type === 'customer-care'),
  }],
  check(strategy, { t }) {
    const value = strategy.community?.response_time;
    const hours = durationHours(value);
    if (hours !== undefined && hours > MAX_RESPONSE_HOURS) return [{ path: ['community', 'response_time'], message: t('slow', { value: value! }) }];
    return [];
  },
});
