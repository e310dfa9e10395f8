import { defineRule, type RuleHit } from '../types.js';

export const audienceUnreached = defineRule({
  id: 'refs/audience-unreached',
  category: 'refs',
  severity: 'warn',
  sources: ['hootsuite-9-steps'],
  messages: {
    en: {
      rationale: 'Every audience should be reached by at least one chosen platform.',
      fix: 'List the audience’s id in the `audiences` of a platform that reaches it, or remove the persona.',
      unreached: 'No platform reaches the audience `{id}`. Add `{id}` to the `audiences` of a platform, or drop this persona.',
    },
    fr: {
      rationale: 'Chaque public devrait être joint par au moins une des plateformes retenues.',
      fix: 'Ajoutez l’identifiant du public aux `audiences` d’une plateforme qui le joint, ou retirez le persona.',
      unreached: 'Aucune plateforme ne joint le public `{id}`. Ajoutez `{id}` aux `audiences` d’une plateforme, ou retirez ce persona.',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: tiktok\n    role: primary\n    audiences: [teens]\naudiences:\n  - id: teens\n    name: Teens\n',
    fail: 'platforms:\n  - id: tiktok\n    role: primary\n    audiences: []\naudiences:\n  - id: teens\n    name: Teens\n',
    fr: {
      pass: 'platforms:\n  - id: tiktok\n    role: primary\n    audiences: [ados]\naudiences:\n  - id: ados\n    name: Adolescents\n',
      fail: 'platforms:\n  - id: tiktok\n    role: primary\n    audiences: []\naudiences:\n  - id: ados\n    name: Adolescents\n',
    },
  },
  check(strategy, { t }) {
    const reached = new Set((strategy.platforms ?? []).flatMap((p) => p.audiences ?? []));
    const hits: RuleHit[] = [];
    strategy.audiences?.forEach((audience, a) => {
      if (!reached.has(audience.id)) hits.push({ path: ['audiences', a, 'id'], message: t('unreached', { id: audience.id }) });
    });
    return hits;
  },
});
