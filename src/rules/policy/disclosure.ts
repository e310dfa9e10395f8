import { defineRule } from '../types.js';
import { looksLikeStrategy } from '../util.js';

// warn: undisclosed partnerships break the Competition Act and Ad Standards guidelines in Canada.
export const disclosure = defineRule({
  id: 'policy/disclosure',
  category: 'policy',
  severity: 'warn',
  sources: ['adstandards-2025'],
  messages: {
    en: {
      rationale: 'Paid partnerships, gifts and employee advocacy must be disclosed; say how, once for everyone.',
      fix: 'Set `policy.disclosure`, for example `"#ad"` in English or `"#pub"` in French.',
      missing: 'No disclosure rule for partnerships. Set `policy.disclosure: "{tag}"` so paid, gifted or employee posts say so (Ad Standards: #ad is the gold standard).',
    },
    fr: {
      rationale: 'Les partenariats payés, les cadeaux et la promotion par les employés doivent être divulgués ; dites comment, une fois pour tous.',
      fix: 'Fixez `policy.disclosure`, par exemple `"#pub"` en français ou `"#ad"` en anglais.',
      missing: 'Aucune règle de divulgation des partenariats. Fixez `policy.disclosure: "{tag}"` pour que les publications payées, offertes ou d’employés le disent (Normes de la publicité : #pub/#ad).',
    },
  },
  examples: {
    pass: 'policy:\n  rules: [We never speak for the café on personal accounts.]\n  disclosure: "#ad"\n',
    fail: 'policy:\n  rules: [We never speak for the café on personal accounts.]\n',
    fr: {
      pass: 'policy:\n  rules: [On ne parle jamais au nom du café sur nos comptes personnels.]\n  disclosure: "#pub"\n',
      fail: 'policy:\n  rules: [On ne parle jamais au nom du café sur nos comptes personnels.]\n',
    },
  },
  decisions: [{
    field: ['policy', 'disclosure'],
    message: 'missing',
    when: (strategy) => Boolean(strategy.policy) || looksLikeStrategy(strategy),
    params: (strategy) => ({ tag: strategy.organization?.language === 'fr' ? '#pub' : '#ad' }),
  }],
});
