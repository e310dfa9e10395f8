import { defineRule, type RuleHit } from '../types.js';

export const platformWithoutAudience = defineRule({
  id: 'refs/platform-without-audience',
  category: 'refs',
  severity: 'warn',
  sources: ['hootsuite-audit'],
  messages: {
    en: {
      rationale: 'Every platform you publish on should serve at least one audience.',
      fix: 'Add the ids of the audiences this platform reaches under its `audiences`.',
      none: 'The platform `{id}` serves no audience. Say whom it reaches with `audiences: [...]`, or drop it.',
    },
    fr: {
      rationale: 'Chaque plateforme où vous publiez devrait servir au moins un public.',
      fix: 'Ajoutez sous `audiences` les identifiants des publics que cette plateforme joint.',
      none: 'La plateforme `{id}` ne sert aucun public. Indiquez qui elle joint avec `audiences: [...]`, ou retirez-la.',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: linkedin\n    role: primary\n    audiences: [buyers]\n',
    fail: 'platforms:\n  - id: linkedin\n    role: primary\n',
    fr: {
      pass: 'platforms:\n  - id: linkedin\n    role: primary\n    audiences: [acheteurs]\n',
      fail: 'platforms:\n  - id: linkedin\n    role: primary\n',
    },
  },
  check(strategy, { t }) {
    const hits: RuleHit[] = [];
    strategy.platforms?.forEach((platform, p) => {
      if (platform.role === 'listening') return;
      if (!platform.audiences || platform.audiences.length === 0) {
        hits.push({ path: platform.audiences ? ['platforms', p, 'audiences'] : ['platforms', p, 'id'], message: t('none', { id: platform.id }) });
      }
    });
    return hits;
  },
});
