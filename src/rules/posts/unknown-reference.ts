import type { PostHit } from '../../posts/types.js';
import type { Strategy } from '../../strategy/types.js';
import { closest } from '../../text/suggest.js';
import { definePostRule } from './define.js';

const FIELDS = [
  { field: 'pillar', section: 'editorial_line.pillars', ids: (s: Strategy) => (s.editorial_line?.pillars ?? []).map((p) => p.id) },
  { field: 'objective', section: 'objectives', ids: (s: Strategy) => (s.objectives ?? []).map((o) => o.id) },
  { field: 'audience', section: 'audiences', ids: (s: Strategy) => (s.audiences ?? []).map((a) => a.id) },
] as const;

// error: a post filed under a pillar, objective or audience the strategy does not have is counted nowhere.
export const postUnknownReference = definePostRule({
  id: 'posts/unknown-reference',
  severity: 'error',
  messages: {
    en: {
      rationale: 'A post serves the strategy’s own pillars, objectives and audiences; an id the strategy does not have is counted nowhere.',
      fix: 'Use an id from the strategy (`editorial_line.pillars`, `objectives`, `audiences`), or add it there first.',
      unknown: '`{value}` is not an id of `{section}` in the strategy ({known}).{suggestion} Use one of them, or add it to the strategy first.',
      none: '`{value}`: the strategy has no `{section}` to refer to. Add it to the strategy, or remove `{field}` here.',
      didYouMean: ' Did you mean `{suggestion}`?',
    },
    fr: {
      rationale: 'Une publication sert les piliers, objectifs et publics de la stratégie ; un identifiant que la stratégie n’a pas n’est compté nulle part.',
      fix: 'Utilisez un identifiant de la stratégie (`editorial_line.pillars`, `objectives`, `audiences`), ou ajoutez-le d’abord.',
      unknown: '`{value}` n’est pas un identifiant de `{section}` dans la stratégie ({known}).{suggestion} Utilisez l’un d’eux, ou ajoutez-le d’abord à la stratégie.',
      none: '`{value}` : la stratégie n’a pas de `{section}` auquel renvoyer. Ajoutez-le à la stratégie, ou retirez `{field}` ici.',
      didYouMean: ' Vouliez-vous dire `{suggestion}` ?',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\npillar: behind-the-scenes\nstatus: draft\n---\nHow we bake at 5 a.m.\n',
    fail: '---\nplatforms: [instagram]\npillar: behind-the-scene\nstatus: draft\n---\nHow we bake at 5 a.m.\n',
    fr: {
      pass: '---\nplatforms: [instagram]\npillar: behind-the-scenes\nstatus: draft\n---\nNotre fournée de 5 h.\n',
      fail: '---\nplatforms: [instagram]\npillar: behind-the-scene\nstatus: draft\n---\nNotre fournée de 5 h.\n',
    },
  },
  check(post, { t, strategy }) {
    if (!strategy) return [];
    const hits: PostHit[] = [];
    for (const { field, section, ids } of FIELDS) {
      const value = post.meta[field];
      if (typeof value !== 'string') continue;
      const known = ids(strategy).filter((id): id is string => typeof id === 'string');
      if (known.includes(value)) continue;
      if (known.length === 0) {
        hits.push({ path: [field], message: t('none', { value, section, field }) });
        continue;
      }
      const suggestion = closest(value, known);
      hits.push({
        path: [field],
        message: t('unknown', { value, section, known: known.map((id) => `\`${id}\``).join(', '), suggestion: suggestion ? t('didYouMean', { suggestion }) : '' }),
      });
    }
    return hits;
  },
});
