import { closest } from '../../text/suggest.js';
import { defineRule, type RuleHit } from '../types.js';

export const unknownAudience = defineRule({
  id: 'refs/unknown-audience',
  category: 'refs',
  severity: 'error',
  source: 'Step 2 of the article: each platform is chosen for audiences the strategy defines.',
  messages: {
    en: {
      rationale: 'A platform can only reach audiences that the strategy defines.',
      fix: 'Use the id of an entry of `audiences`, or add the missing persona there.',
      unknown: 'No audience has the id `{id}`.{suggestion} Known audiences: {known}.',
      didYouMean: ' Did you mean `{suggestion}`?',
    },
    fr: {
      rationale: 'Une plateforme ne peut joindre que des publics définis dans la stratégie.',
      fix: 'Utilisez l’identifiant d’une entrée de `audiences`, ou ajoutez-y le persona manquant.',
      unknown: 'Aucun public n’a l’identifiant `{id}`.{suggestion} Publics connus : {known}.',
      didYouMean: ' Vouliez-vous dire `{suggestion}`?',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: instagram\n    role: primary\n    audiences: [parents]\naudiences:\n  - id: parents\n    name: Parents\n',
    fail: 'platforms:\n  - id: instagram\n    role: primary\n    audiences: [parent]\naudiences:\n  - id: parents\n    name: Parents\n',
  },
  check(strategy, { t }) {
    const known = (strategy.audiences ?? []).map((a) => a.id);
    const hits: RuleHit[] = [];
    strategy.platforms?.forEach((platform, p) => {
      platform.audiences?.forEach((id, i) => {
        if (known.includes(id)) return;
        const guess = closest(id, known);
        hits.push({
          path: ['platforms', p, 'audiences', i],
          message: t('unknown', { id, suggestion: guess ? t('didYouMean', { suggestion: guess }) : '', known: known.map((k) => `\`${k}\``).join(', ') || '-' }),
        });
      });
    });
    return hits;
  },
});
