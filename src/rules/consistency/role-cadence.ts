import { platformFacts, postsPerWeek } from '../../knowledge/index.js';
import { defineRule, type RuleHit } from '../types.js';
import { num, round1 } from '../util.js';

/**
 * How hard a platform is fed: its weekly posts over the low end of the recommended range there
 * (X's low end is 7 a week, YouTube's 1), so platforms with different norms compare fairly.
 */
function intensity(id: string, weekly: number): { value: number; low: number } {
  const facts = platformFacts(id);
  const low = facts ? postsPerWeek(facts.cadence.recommended[0], facts.cadence.per) : 1;
  return { value: weekly / Math.max(low, 0.1), low };
}

/** How many times harder than every primary a lighter platform must be fed to be reported. */
const MARGIN = 2;

// warn: the role says where the team invests; the cadence says where its time really goes. When a
// lighter platform is fed far harder than every main one (by each platform's own norms), one of
// the two is wrong.
export const roleCadence = defineRule({
  id: 'consistency/role-cadence',
  category: 'consistency',
  severity: 'warn',
  source: 'Buffer: "1–2 platforms done well" rather than 4–5 done thinly (mirror of the 2026 guide: https://rassegna.lbit-solution.it/how-to-create-a-social-media-marketing-strategy-in-2026-7-step-guide/); recommended cadences per platform from Hootsuite (2023), HubSpot and Buffer/SumAll (see `plan platforms ID`).',
  messages: {
    en: {
      rationale: 'A secondary or listening platform is not fed far harder than the primary ones, by each platform’s recommended cadence: the role and the cadence agree on where the time goes.',
      fix: 'Make the busiest platform `role: primary` (and another one secondary), or lower its cadence.',
      busier: '{platform} is {role}, yet it gets {posts} posts a week, {factor} times the low end recommended there ({low} a week), while {primary}, the busiest primary platform, gets {primaryPosts} a week ({primaryLow} recommended at least). Make {platform} primary, or lower its cadence.',
      'role.secondary': 'secondary',
      'role.listening': 'a listening platform',
    },
    fr: {
      rationale: 'Une plateforme secondaire ou d’écoute n’est pas alimentée bien plus fort que les principales, selon la cadence recommandée de chacune : le rôle et la cadence disent la même chose de l’endroit où va le temps.',
      fix: 'Passez la plateforme la plus active en `role: primary` (et une autre en secondaire), ou baissez sa cadence.',
      busier: '{platform} est {role}, mais reçoit {posts} publications par semaine, {factor} fois le bas de la fourchette recommandée ({low} par semaine), alors que {primary}, la plateforme principale la plus active, en reçoit {primaryPosts} par semaine ({primaryLow} recommandées au minimum). Passez {platform} en principale, ou baissez sa cadence.',
      'role.secondary': 'secondaire',
      'role.listening': 'une plateforme d’écoute',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: facebook\n    role: primary\n    cadence: { posts: 1, per: week }\n  - id: instagram\n    role: secondary\n    cadence: { posts: 3, per: week }\n',
    fail: 'platforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 3, per: week }\n  - id: facebook\n    role: secondary\n    cadence: { posts: 1, per: day }\n',
  },
  check(strategy, { t, lang }) {
    const platforms = Array.isArray(strategy.platforms) ? strategy.platforms : [];
    let busiest: { i: number; weekly: number; value: number; low: number } | undefined;
    for (let i = 0; i < platforms.length; i++) {
      const p = platforms[i]!;
      if (p?.role !== 'primary' || !p.cadence || typeof p.cadence.posts !== 'number') continue;
      const weekly = postsPerWeek(p.cadence.posts, p.cadence.per);
      const fed = intensity(p.id, weekly);
      if (!busiest || fed.value > busiest.value) busiest = { i, weekly, ...fed };
    }
    if (!busiest) return [];
    // A main platform fed below its active minimum is platforms/active-presence's finding (raise it,
    // or make it secondary): one mistake, one finding.
    const primary = platforms[busiest.i]!;
    const facts = platformFacts(primary.id);
    if (facts && busiest.weekly < postsPerWeek(facts.cadence.active_min, facts.cadence.per)) return [];
    const name = (id: string, custom?: string) => platformFacts(id)?.name ?? custom ?? id;
    const hits: RuleHit[] = [];
    for (let i = 0; i < platforms.length; i++) {
      const p = platforms[i]!;
      if ((p?.role !== 'secondary' && p?.role !== 'listening') || !p.cadence || typeof p.cadence.posts !== 'number') continue;
      const weekly = postsPerWeek(p.cadence.posts, p.cadence.per);
      const fed = intensity(p.id, weekly);
      if (fed.value < MARGIN * busiest.value || weekly <= busiest.weekly) continue;
      hits.push({
        path: ['platforms', i, 'cadence', 'posts'],
        message: t('busier', {
          platform: name(p.id, p.name),
          role: t(`role.${p.role}`),
          posts: num(round1(weekly), lang),
          factor: num(round1(fed.value), lang),
          low: num(round1(fed.low), lang),
          primary: name(primary.id, primary.name),
          primaryPosts: num(round1(busiest.weekly), lang),
          primaryLow: num(round1(busiest.low), lang),
        }),
      });
    }
    return hits;
  },
});
