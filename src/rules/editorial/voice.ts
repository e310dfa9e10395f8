import { defineRule } from '../types.js';
import { hasText } from '../util.js';

// warn: a missing voice is a missing decision.
export const voice = defineRule({
  id: 'editorial/voice',
  category: 'editorial',
  severity: 'warn',
  sources: ['obiztools', 'icuc', 'eezee'],
  messages: {
    en: {
      rationale: 'Without a few words for the voice, every person who posts will sound different.',
      fix: 'Add `editorial_line.tone.voice` with three to five words (warm, expert, playful...).',
      empty: 'The voice is not described. Add `voice:` with three to five words that describe how you sound (for example [warm, expert, local]).',
    },
    fr: {
      rationale: 'Sans quelques mots pour la voix, chaque personne qui publie aura un ton différent.',
      fix: 'Ajoutez `editorial_line.tone.voice` avec trois à cinq mots (chaleureux, expert, ludique...).',
      empty: 'La voix n’est pas décrite. Ajoutez `voice:` avec trois à cinq mots qui décrivent votre ton (par exemple [chaleureux, expert, local]).',
    },
  },
  examples: {
    pass: 'editorial_line:\n  positioning: The neighbourhood café\n  tone:\n    voice: [warm, local, playful]\n',
    fail: 'editorial_line:\n  positioning: The neighbourhood café\n  tone:\n    voice: []\n',
    fr: {
      pass: 'editorial_line:\n  positioning: Le café du quartier\n  tone:\n    voice: [chaleureux, local, ludique]\n',
      fail: 'editorial_line:\n  positioning: Le café du quartier\n  tone:\n    voice: []\n',
    },
  },
  decisions: [{ field: ['editorial_line', 'tone', 'voice'], message: 'empty', when: (strategy) => Boolean(strategy.editorial_line), decided: hasText }],
});
