import { defineRule } from '../types.js';

// warn: a missing voice is a missing decision.
export const voice = defineRule({
  id: 'editorial/voice',
  category: 'editorial',
  severity: 'warn',
  source: 'Voice and tone guidelines are part of every complete template (obiztools, ICUC, Hootsuite style guide); an editorial line covers tone and style (eezee). shared/research/domain.md §1.1, §1.2.',
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
  },
  check(strategy, { t }) {
    const line = strategy.editorial_line;
    if (!line) return [];
    const words = (line.tone?.voice ?? []).filter((w) => typeof w === 'string' && w.trim());
    if (words.length > 0) return [];
    const path = line.tone?.voice ? ['editorial_line', 'tone', 'voice'] : line.tone ? ['editorial_line', 'tone'] : ['editorial_line'];
    return [{ path, anchor: 'key', message: t('empty') }];
  },
});
