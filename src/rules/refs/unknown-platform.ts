import { closest } from '../../text/suggest.js';
import { defineRule, type RuleHit } from '../types.js';

export const unknownPlatform = defineRule({
  id: 'refs/unknown-platform',
  category: 'refs',
  severity: 'error',
  source: 'An objective is pursued on platforms the strategy has chosen (step 1 of the article).',
  messages: {
    en: {
      rationale: 'An objective can only be pursued on platforms the strategy has chosen.',
      fix: 'Use the id of an entry of `platforms`, or add that platform to `platforms`.',
      unknown: '`{id}` is not one of the strategy’s platforms.{suggestion} Chosen platforms: {known}.',
      didYouMean: ' Did you mean `{suggestion}`?',
    },
    fr: {
      rationale: 'Un objectif ne peut être poursuivi que sur des plateformes retenues par la stratégie.',
      fix: 'Utilisez l’identifiant d’une entrée de `platforms`, ou ajoutez cette plateforme à `platforms`.',
      unknown: '`{id}` ne fait pas partie des plateformes de la stratégie.{suggestion} Plateformes retenues : {known}.',
      didYouMean: ' Vouliez-vous dire `{suggestion}`?',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: linkedin\n    role: primary\nobjectives:\n  - id: leads\n    statement: More demo requests\n    platforms: [linkedin]\n',
    fail: 'platforms:\n  - id: linkedin\n    role: primary\nobjectives:\n  - id: leads\n    statement: More demo requests\n    platforms: [linkdin]\n',
  },
  check(strategy, { t }) {
    const known = (strategy.platforms ?? []).map((p) => p.id);
    const hits: RuleHit[] = [];
    strategy.objectives?.forEach((objective, o) => {
      objective.platforms?.forEach((id, i) => {
        if (known.includes(id)) return;
        const guess = closest(id, known);
        hits.push({
          path: ['objectives', o, 'platforms', i],
          message: t('unknown', { id, suggestion: guess ? t('didYouMean', { suggestion: guess }) : '', known: known.map((k) => `\`${k}\``).join(', ') || '-' }),
        });
      });
    });
    return hits;
  },
});
