import { platformFacts, postsPerWeek } from '../../knowledge/index.js';
import { defineRule, type RuleHit } from '../types.js';
import { num, round1 } from '../util.js';

// warn: posting too rarely on a main platform defeats its purpose, but the team may have reasons.
export const activePresence = defineRule({
  id: 'platforms/active-presence',
  category: 'platforms',
  severity: 'warn',
  sources: ['hootsuite-frequency-2023', 'hubspot-frequency'],
  messages: {
    en: {
      rationale: 'A primary platform fed less often than its minimum looks abandoned: be active, not a walk-on.',
      fix: 'Raise the platform’s `cadence` to at least its active minimum, or make it `secondary`.',
      below: '{name} is a primary platform, but its cadence comes to {actual} a week, below the {min} a week it takes to look active. Raise `cadence.posts`, or set `role: secondary`.',
      none: '{name} is a primary platform with no cadence. Add `cadence: { posts: {min}, per: week }` (at least {min} a week to look active; {low}–{high} recommended).',
    },
    fr: {
      rationale: 'Une plateforme principale alimentée sous son minimum a l’air abandonnée : soyez actif, pas figurant.',
      fix: 'Montez la `cadence` de la plateforme au moins à son minimum, ou passez-la en `secondary`.',
      below: '{name} est une plateforme principale, mais sa cadence revient à {actual} par semaine, sous les {min} par semaine qu’il faut pour paraître actif. Augmentez `cadence.posts`, ou mettez `role: secondary`.',
      none: '{name} est une plateforme principale sans cadence. Ajoutez `cadence: { posts: {min}, per: week }` (au moins {min} par semaine pour paraître actif ; {low} à {high} recommandées).',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 3, per: week }\n',
    fail: 'platforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 2, per: month }\n',
  },
  check(strategy, { t, lang }) {
    const hits: RuleHit[] = [];
    strategy.platforms?.forEach((platform, p) => {
      if (platform.role !== 'primary') return;
      const facts = platformFacts(platform.id);
      if (!facts) return;
      const min = round1(postsPerWeek(facts.cadence.active_min, facts.cadence.per));
      const cadence = platform.cadence;
      if (!cadence) {
        const [low, high] = facts.cadence.recommended.map((n) => round1(postsPerWeek(n, facts.cadence.per)));
        hits.push({ path: ['platforms', p, 'role'], message: t('none', { name: facts.name, min: num(min, lang), low: num(low!, lang), high: num(high!, lang) }) });
        return;
      }
      const actual = round1(postsPerWeek(cadence.posts, cadence.per));
      if (actual < min) hits.push({ path: ['platforms', p, 'cadence', 'posts'], message: t('below', { name: facts.name, actual: num(actual, lang), min: num(min, lang) }) });
    });
    return hits;
  },
});
