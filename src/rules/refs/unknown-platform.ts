import { unknownReferenceRule } from '../unknown-reference.js';

export const unknownPlatform = unknownReferenceRule({
  id: 'refs/unknown-platform',
  category: 'refs',
  severity: 'error',
  sources: [],
  messages: {
    en: {
      rationale: 'An objective can only be pursued on platforms the strategy has chosen.',
      fix: 'Use the id of an entry of `platforms`, or add that platform to `platforms`.',
      unknown: '`{id}` is not one of the strategy’s platforms.{suggestion} Chosen platforms: {known}.',
    },
    fr: {
      rationale: 'Un objectif ne peut être poursuivi que sur des plateformes retenues par la stratégie.',
      fix: 'Utilisez l’identifiant d’une entrée de `platforms`, ou ajoutez cette plateforme à `platforms`.',
      unknown: '`{id}` ne fait pas partie des plateformes de la stratégie.{suggestion} Plateformes retenues : {known}.',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: linkedin\n    role: primary\nobjectives:\n  - id: leads\n    statement: More demo requests\n    platforms: [linkedin]\n',
    fail: 'platforms:\n  - id: linkedin\n    role: primary\nobjectives:\n  - id: leads\n    statement: More demo requests\n    platforms: [linkdin]\n',
    fr: {
      pass: 'platforms:\n  - id: linkedin\n    role: primary\nobjectives:\n  - id: demandes\n    statement: Plus de demandes de démo\n    platforms: [linkedin]\n',
      fail: 'platforms:\n  - id: linkedin\n    role: primary\nobjectives:\n  - id: demandes\n    statement: Plus de demandes de démo\n    platforms: [linkdin]\n',
    },
  },
  known: (strategy) => (strategy.platforms ?? []).map((p) => p.id),
  *references(strategy) {
    for (const [o, objective] of (strategy.objectives ?? []).entries()) {
      for (const [i, id] of (objective.platforms ?? []).entries()) yield { id, path: ['objectives', o, 'platforms', i] };
    }
  },
});
