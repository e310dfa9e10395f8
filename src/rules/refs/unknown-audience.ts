import { unknownReferenceRule } from '../unknown-reference.js';

export const unknownAudience = unknownReferenceRule({
  id: 'refs/unknown-audience',
  category: 'refs',
  severity: 'error',
  sources: [],
  messages: {
    en: {
      rationale: 'A platform can only reach audiences that the strategy defines.',
      fix: 'Use the id of an entry of `audiences`, or add the missing persona there.',
      unknown: 'No audience has the id `{id}`.{suggestion} Known audiences: {known}.',
    },
    fr: {
      rationale: 'Une plateforme ne peut joindre que des publics définis dans la stratégie.',
      fix: 'Utilisez l’identifiant d’une entrée de `audiences`, ou ajoutez-y le persona manquant.',
      unknown: 'Aucun public n’a l’identifiant `{id}`.{suggestion} Publics connus : {known}.',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: instagram\n    role: primary\n    audiences: [parents]\naudiences:\n  - id: parents\n    name: Parents\n',
    fail: 'platforms:\n  - id: instagram\n    role: primary\n    audiences: [parent]\naudiences:\n  - id: parents\n    name: Parents\n',
  },
  known: (strategy) => (strategy.audiences ?? []).map((a) => a.id),
  *references(strategy) {
    for (const [p, platform] of (strategy.platforms ?? []).entries()) {
      for (const [i, id] of (platform.audiences ?? []).entries()) yield { id, path: ['platforms', p, 'audiences', i] };
    }
  },
});
