import { defineRule } from '../types.js';
import { plural } from '../util.js';

export const pillarShares = defineRule({
  id: 'refs/pillar-shares',
  category: 'refs',
  severity: 'error',
  sources: ['mix-80-20', 'mix-thirds', 'mix-4-1-1'],
  messages: {
    en: {
      rationale: 'Pillar shares are parts of one whole: they must sum to 100%.',
      fix: 'Adjust the `share` of the pillars so that they sum to 100.',
      sum: 'The pillar shares sum to {total}%, not 100%. {advice}',
      tooMuch: 'Take {diff} off one or more pillars.',
      tooLittle: 'Add {diff} to one or more pillars.',
      'points.one': '{count} point',
      'points.other': '{count} points',
    },
    fr: {
      rationale: 'Les parts des piliers forment un tout : leur somme doit faire 100 %.',
      fix: 'Ajustez les `share` des piliers pour que leur somme fasse 100.',
      sum: 'La somme des parts des piliers fait {total} %, et non 100 %. {advice}',
      tooMuch: 'Retirez {diff} à un ou plusieurs piliers.',
      tooLittle: 'Ajoutez {diff} à un ou plusieurs piliers.',
      'points.one': '{count} point',
      'points.other': '{count} points',
    },
  },
  examples: {
    pass: 'editorial_line:\n  pillars:\n    - { id: tips, name: Tips, share: 60 }\n    - { id: offers, name: Offers, share: 40 }\n',
    fail: 'editorial_line:\n  pillars:\n    - { id: tips, name: Tips, share: 60 }\n    - { id: offers, name: Offers, share: 30 }\n',
    fr: {
      pass: 'editorial_line:\n  pillars:\n    - { id: conseils, name: Conseils, share: 60 }\n    - { id: promos, name: Promos, share: 40 }\n',
      fail: 'editorial_line:\n  pillars:\n    - { id: conseils, name: Conseils, share: 60 }\n    - { id: promos, name: Promos, share: 30 }\n',
    },
  },
  check(strategy, { t, lang }) {
    const pillars = strategy.editorial_line?.pillars;
    if (!Array.isArray(pillars) || pillars.length === 0) return [];
    const total = Math.round(pillars.reduce((sum, p) => sum + (typeof p.share === 'number' ? p.share : 0), 0) * 100) / 100;
    if (Math.abs(total - 100) < 0.01) return [];
    const diff = Math.round(Math.abs(total - 100) * 100) / 100;
    return [{
      path: ['editorial_line', 'pillars'],
      anchor: 'key',
      message: t('sum', { total, advice: t(total > 100 ? 'tooMuch' : 'tooLittle', { diff: t(`points.${plural(lang, diff)}`, { count: diff }) }) }),
    }];
  },
});
