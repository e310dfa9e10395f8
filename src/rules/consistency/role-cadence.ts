import { platformFacts, postsPerWeek } from '../../knowledge/index.js';
import { defineRule, type RuleHit } from '../types.js';
import { num, round1 } from '../util.js';

// warn: the role says where the team invests; the cadence says where its time really goes. When
// a lighter platform out-posts every main one, one of the two is wrong.
export const roleCadence = defineRule({
  id: 'consistency/role-cadence',
  category: 'consistency',
  severity: 'warn',
  source: 'Buffer: "1–2 platforms done well" rather than 4–5 done thinly (mirror of the 2026 guide: https://rassegna.lbit-solution.it/how-to-create-a-social-media-marketing-strategy-in-2026-7-step-guide/); Hootsuite: adapt each platform rather than cross-post identically (Hootsuite social media calendar guide, mirror: https://canadadata.store/viewtopic.php?t=39572).',
  messages: {
    en: {
      rationale: 'A secondary or listening platform posts less than the primary ones: the role and the cadence say the same thing about where the time goes.',
      fix: 'Make the busiest platform `role: primary` (and another one secondary), or lower its cadence below the primary platforms’.',
      busier: '{platform} is {role}, yet it gets {posts} posts a week, more than any primary platform ({primary}: {primaryPosts} a week). Make {platform} primary, or lower its cadence.',
      'role.secondary': 'secondary',
      'role.listening': 'a listening platform',
    },
    fr: {
      rationale: 'Une plateforme secondaire ou d’écoute publie moins que les principales : le rôle et la cadence disent la même chose de l’endroit où va le temps.',
      fix: 'Passez la plateforme la plus active en `role: primary` (et une autre en secondaire), ou baissez sa cadence sous celle des plateformes principales.',
      busier: '{platform} est {role}, mais reçoit {posts} publications par semaine, plus que toute plateforme principale ({primary} : {primaryPosts} par semaine). Passez {platform} en principale, ou baissez sa cadence.',
      'role.secondary': 'secondaire',
      'role.listening': 'une plateforme d’écoute',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 4, per: week }\n  - id: facebook\n    role: secondary\n    cadence: { posts: 2, per: week }\n',
    fail: 'platforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 2, per: week }\n  - id: facebook\n    role: secondary\n    cadence: { posts: 1, per: day }\n',
  },
  check(strategy, { t, lang }) {
    const platforms = (Array.isArray(strategy.platforms) ? strategy.platforms : []).map((p, i) => ({
      p,
      i,
      weekly: p?.cadence && typeof p.cadence.posts === 'number' ? round1(postsPerWeek(p.cadence.posts, p.cadence.per)) : 0,
      name: platformFacts(p?.id)?.name ?? p?.name ?? p?.id,
    }));
    const primaries = platforms.filter((x) => x.p?.role === 'primary' && x.p.cadence);
    if (primaries.length === 0) return [];
    const busiest = [...primaries].sort((a, b) => b.weekly - a.weekly)[0]!;
    // A main platform fed below its active minimum is platforms/active-presence's finding (raise it,
    // or make it secondary): one mistake, one finding.
    const facts = platformFacts(busiest.p.id);
    if (facts && busiest.weekly < postsPerWeek(facts.cadence.active_min, facts.cadence.per)) return [];
    const hits: RuleHit[] = [];
    for (const x of platforms) {
      if ((x.p?.role !== 'secondary' && x.p?.role !== 'listening') || x.weekly <= busiest.weekly) continue;
      hits.push({
        path: ['platforms', x.i, 'cadence', 'posts'],
        message: t('busier', { platform: x.name, role: t(`role.${x.p.role}`), posts: num(x.weekly, lang), primary: busiest.name, primaryPosts: num(busiest.weekly, lang) }),
      });
    }
    return hits;
  },
});
