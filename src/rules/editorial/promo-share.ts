import { defineRule } from '../types.js';
import { num, plural, round1 } from '../util.js';

/** The most a mix rule allows for promotion, in percent of posts. */
export const PROMO_LIMIT: Record<string, number> = { '80-20': 20, thirds: 100 / 3, '4-1-1': 100 / 6 };

// error: the file contradicts the mix rule it declares itself; one of the two must change.
export const promoShare = defineRule({
  id: 'editorial/promo-share',
  category: 'editorial',
  severity: 'error',
  sources: ['mix-80-20', 'mix-thirds', 'mix-4-1-1'],
  messages: {
    en: {
      rationale: 'The promotional pillars must stay within the content mix rule the strategy chose.',
      fix: 'Lower the `share` of the `purpose: promote` pillars to the mix rule’s limit (move the points to other pillars), or choose another `mix`.',
      over: 'Promotional pillars take {share}% of posts, above the {limit}% that the `{mix}` rule allows. Move {diff} from {pillars} to other pillars, or change `mix`.',
      'points.one': '{count} point',
      'points.other': '{count} points',
    },
    fr: {
      rationale: 'Les piliers promotionnels doivent rester dans la règle de mix de contenu choisie par la stratégie.',
      fix: 'Baissez la `share` des piliers `purpose: promote` jusqu’à la limite de la règle (reportez les points sur d’autres piliers), ou choisissez un autre `mix`.',
      over: 'Les piliers promotionnels prennent {share} % des publications, au-delà des {limit} % que permet la règle `{mix}`. Déplacez {diff} de {pillars} vers d’autres piliers, ou changez `mix`.',
      'points.one': '{count} point',
      'points.other': '{count} points',
    },
  },
  examples: {
    pass: 'editorial_line:\n  mix: 80-20\n  pillars:\n    - { id: tips, name: Tips, share: 80, purpose: educate }\n    - { id: offers, name: Offers, share: 20, purpose: promote }\n',
    fail: 'editorial_line:\n  mix: 80-20\n  pillars:\n    - { id: tips, name: Tips, share: 60, purpose: educate }\n    - { id: offers, name: Offers, share: 40, purpose: promote }\n',
    fr: {
      pass: 'editorial_line:\n  mix: 80-20\n  pillars:\n    - { id: conseils, name: Conseils, share: 80, purpose: educate }\n    - { id: promos, name: Promos, share: 20, purpose: promote }\n',
      fail: 'editorial_line:\n  mix: 80-20\n  pillars:\n    - { id: conseils, name: Conseils, share: 60, purpose: educate }\n    - { id: promos, name: Promos, share: 40, purpose: promote }\n',
    },
  },
  check(strategy, { t, lang }) {
    const line = strategy.editorial_line;
    const mix = line?.mix;
    const limit = mix ? PROMO_LIMIT[mix] : undefined;
    if (limit === undefined || !Array.isArray(line?.pillars)) return [];
    const promo = line.pillars.map((p, i) => ({ p, i })).filter(({ p }) => p.purpose === 'promote' && typeof p.share === 'number');
    const share = round1(promo.reduce((sum, { p }) => sum + p.share, 0));
    // Shares are usually whole numbers: 17 is how people write one post in six.
    if (share <= Math.ceil(limit)) return [];
    const largest = [...promo].sort((a, b) => b.p.share - a.p.share)[0]!;
    return [{
      path: ['editorial_line', 'pillars', largest.i, 'share'],
      message: t('over', { share: num(share, lang), limit: num(limit, lang), mix: mix!, diff: t(`points.${plural(lang, share - limit)}`, { count: num(share - limit, lang) }), pillars: promo.map(({ p }) => `\`${p.id}\``).join(', ') }),
    }];
  },
});
