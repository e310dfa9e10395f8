import { defineRule } from '../types.js';

// warn: deleting or ignoring criticism goes against every source, but the enum allows it and the
// team may accept it knowingly (for example on a page that gets only spam).
export const criticism = defineRule({
  id: 'community/criticism',
  category: 'community',
  severity: 'warn',
  sources: ['jarvis-wwgd', 'geratools', 'netendances-2023'],
  messages: {
    en: {
      rationale: 'Criticism is answered, not deleted or ignored: control costs trust, and silence turns a complaint into a crisis.',
      fix: 'Set `negative_feedback.approach` to `respond-publicly`, `respond-then-private` or `escalate`, and delete only what breaks the house rules.',
      bad: 'Criticism is handled by `{approach}`. Your worst customer is your best friend: set `approach: respond-then-private` (or `respond-publicly`), and list in `delete_only_for` the house-rule breaches that justify removal.',
    },
    fr: {
      rationale: 'On répond à la critique, on ne la supprime pas et on ne l’ignore pas : le contrôle coûte la confiance, et le silence change une plainte en crise.',
      fix: 'Mettez `negative_feedback.approach` à `respond-publicly`, `respond-then-private` ou `escalate`, et ne supprimez que ce qui enfreint les règles de la maison.',
      bad: 'La critique est traitée par `{approach}`. Votre pire client est votre meilleur ami : mettez `approach: respond-then-private` (ou `respond-publicly`) et listez dans `delete_only_for` les manquements aux règles de la maison qui justifient une suppression.',
    },
  },
  examples: {
    pass: 'community:\n  negative_feedback:\n    approach: respond-then-private\n',
    fail: 'community:\n  negative_feedback:\n    approach: delete\n',
  },
  check(strategy, { t }) {
    const approach = strategy.community?.negative_feedback?.approach;
    if (approach !== 'delete' && approach !== 'ignore') return [];
    return [{ path: ['community', 'negative_feedback', 'approach'], message: t('bad', { approach }) }];
  },
});
