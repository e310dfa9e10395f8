import { platformFacts } from '../../knowledge/index.js';
import { joinList } from '../../i18n/index.js';
import { defineRule, type RuleHit } from '../types.js';
import { weekdayName, WEEKDAYS, type Weekday } from './helpers.js';

// warn: the count and the days are two answers to one question; when they disagree, the calendar
// has to guess which one the team meant.
export const cadenceDays = defineRule({
  id: 'consistency/cadence-days',
  category: 'consistency',
  severity: 'warn',
  source: 'Content calendar templates: one slot per publish date and platform (Social Media Management Tool, "Social media content calendar template", https://socialmediamanagementtool.com/learn/social-media-content-calendar-template/); Hootsuite: a publishing frequency per platform (Hootsuite social media calendar guide, mirror: https://canadadata.store/viewtopic.php?t=39572).',
  messages: {
    en: {
      rationale: 'A weekly cadence and its days agree: each day listed gets the same number of posts (one each, usually).',
      fix: 'List days in `cadence.days` that each get the same number of posts (one per post, usually), or make `cadence.posts` a multiple of the number of days.',
      more: '{platform} plans {posts} posts a week on {count} days ({days}): the days would not get the same number of posts. Add days to `cadence.days`, or set `posts: {count}`.',
      fewer: '{platform} plans {posts} posts a week but lists {count} days ({days}): some listed days get no post. Keep {posts} days in `cadence.days`, or set `posts: {count}`.',
    },
    fr: {
      rationale: 'Une cadence hebdomadaire et ses jours concordent : chaque jour listé reçoit le même nombre de publications (une, le plus souvent).',
      fix: 'Listez dans `cadence.days` des jours qui reçoivent chacun le même nombre de publications (une par publication, le plus souvent), ou faites de `cadence.posts` un multiple du nombre de jours.',
      more: '{platform} prévoit {posts} publications par semaine sur {count} jours ({days}) : les jours n’en recevraient pas le même nombre. Ajoutez des jours à `cadence.days`, ou mettez `posts: {count}`.',
      fewer: '{platform} prévoit {posts} publications par semaine mais liste {count} jours ({days}) : certains jours listés n’auront rien. Gardez {posts} jours dans `cadence.days`, ou mettez `posts: {count}`.',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: facebook\n    role: primary\n    cadence: { posts: 3, per: week, days: [mon, wed, fri] }\n',
    fail: 'platforms:\n  - id: facebook\n    role: primary\n    cadence: { posts: 3, per: week, days: [mon, thu] }\n',
  },
  check(strategy, { t, lang }) {
    const hits: RuleHit[] = [];
    (Array.isArray(strategy.platforms) ? strategy.platforms : []).forEach((platform, p) => {
      const cadence = platform?.cadence;
      if (!cadence || cadence.per !== 'week' || typeof cadence.posts !== 'number' || cadence.posts <= 0) return;
      const days = (Array.isArray(cadence.days) ? cadence.days : []).filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d));
      // Twice as many posts as days (10 a week on 5 weekdays) is two a day: even, and meant.
      if (days.length === 0 || cadence.posts % days.length === 0) return;
      const params = { platform: platformFacts(platform.id)?.name ?? platform.name ?? platform.id, posts: cadence.posts, count: days.length, days: joinList(days.map((d) => weekdayName(d, lang)), lang) };
      hits.push({ path: ['platforms', p, 'cadence', cadence.posts > days.length ? 'days' : 'posts'], message: t(cadence.posts > days.length ? 'more' : 'fewer', params) });
    });
    return hits;
  },
});
