import { defineRule } from '../types.js';

// warn: an undecided or mismatched form of address is a missing decision, not a broken file.
export const address = defineRule({
  id: 'editorial/address',
  category: 'editorial',
  severity: 'warn',
  sources: ['effetspapillon', 'my-spark-academy', 'comasoi'],
  messages: {
    en: {
      rationale: 'A French strategy must decide between tu and vous once; English uses informal or formal.',
      fix: 'Set `editorial_line.tone.address`: `tu` or `vous` for French, `informal` or `formal` for English.',
      undecided: 'This French strategy has not decided between tu and vous. Set `tone.address: tu` (closeness, young or lifestyle audiences) or `vous` (politeness, also a plural for a community).',
      frenchInEnglish: '`{value}` is a French form of address, but the strategy is in English. Use `informal` or `formal`.',
      englishInFrench: '`{value}` does not say tu or vous, and this strategy is in French. Use `tu` or `vous`.',
    },
    fr: {
      rationale: 'Une stratégie en français doit trancher une fois pour toutes entre tu et vous ; l’anglais utilise informal ou formal.',
      fix: 'Indiquez `editorial_line.tone.address` : `tu` ou `vous` en français, `informal` ou `formal` en anglais.',
      undecided: 'Cette stratégie en français n’a pas tranché entre tu et vous. Mettez `tone.address: tu` (proximité, publics jeunes ou lifestyle) ou `vous` (politesse, aussi un pluriel pour une communauté).',
      frenchInEnglish: '`{value}` est une forme d’adresse française, mais la stratégie est en anglais. Utilisez `informal` ou `formal`.',
      englishInFrench: '`{value}` ne dit pas tu ou vous, et cette stratégie est en français. Utilisez `tu` ou `vous`.',
    },
  },
  examples: {
    pass: 'organization:\n  name: Café Boréal\n  language: fr\neditorial_line:\n  positioning: Le café du coin\n  tone:\n    voice: [chaleureux]\n    address: tu\n',
    fail: 'organization:\n  name: Café Boréal\n  language: fr\neditorial_line:\n  positioning: Le café du coin\n  tone:\n    voice: [chaleureux]\n',
  },
  decisions: [{
    field: ['editorial_line', 'tone', 'address'],
    message: 'undecided',
    when: (strategy) => Boolean(strategy.editorial_line) && strategy.organization?.language === 'fr',
  }],
  check(strategy, { t }) {
    const language = strategy.organization?.language;
    const value = strategy.editorial_line?.tone?.address;
    const mismatch = language === 'fr' ? value === 'informal' || value === 'formal' : language === 'en' && (value === 'tu' || value === 'vous');
    if (!strategy.editorial_line || !mismatch) return [];
    return [{ path: ['editorial_line', 'tone', 'address'], message: t(language === 'fr' ? 'englishInFrench' : 'frenchInEnglish', { value: value! }) }];
  },
});
