import { platformFacts } from '../../knowledge/index.js';
import { MAX_POSTS_PER_DAY } from '../../knowledge/thresholds.js';
import { joinList } from '../../i18n/index.js';
import { defineRule, type RuleHit } from '../types.js';
import { weekdayName, WEEKDAYS, type Weekday } from './helpers.js';

// warn: the count and the days are two answers to one question; when the posts cannot fit the days,
// or would pile up unevenly on them, the calendar has to guess which one the team meant. Fewer posts
// than days is the common "any of these days" pattern (3 a week, on Mon, Wed, Fri or Sat): quiet.
export const cadenceDays = defineRule({
  id: 'consistency/cadence-days',
  category: 'consistency',
  severity: 'warn',
  source: 'Content calendar templates: one slot per publish date and platform (Social Media Management Tool, "Social media content calendar template", https://socialmediamanagementtool.com/learn/social-media-content-calendar-template/); Hootsuite: a publishing frequency per platform (Hootsuite social media calendar guide, mirror: https://canadadata.store/viewtopic.php?t=39572).',
  messages: {
    en: {
      rationale: 'A weekly cadence fits its days: with more posts than days, each day gets the same number, and no more than 5 a day. Fewer posts than days (any of these days) is fine.',
      fix: 'Add days to `cadence.days`, or make `cadence.posts` a multiple of the number of days (at most 5 a day).',
      more: '{platform} plans {posts} posts a week on {count} days ({days}): the days would not get the same number of posts. Add days to `cadence.days`, or set `posts: {count}`.',
      crowded: '{platform} plans {posts} posts a week on {count} days ({days}): more than {max} a day, beyond what any network recommends. Add days to `cadence.days`, or lower `posts`.',
    },
    fr: {
      rationale: 'Une cadence hebdomadaire tient dans ses jours : avec plus de publications que de jours, chaque jour en reçoit autant, et pas plus de 5 par jour. Moins de publications que de jours (au choix parmi ces jours) est accepté.',
      fix: 'Ajoutez des jours à `cadence.days`, ou faites de `cadence.posts` un multiple du nombre de jours (au plus 5 par jour).',
      more: '{platform} prévoit {posts} publications par semaine sur {count} jours ({days}) : les jours n’en recevraient pas le même nombre. Ajoutez des jours à `cadence.days`, ou mettez `posts: {count}`.',
      crowded: '{platform} prévoit {posts} publications par semaine sur {count} jours ({days}) : plus de {max} par jour, au-delà de ce que recommande tout réseau. Ajoutez des jours à `cadence.days`, ou réduisez `posts`.',
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
      // Fewer posts than days is a choice among them; twice as many (10 a week on 5 weekdays) is two
      // a day: even, and meant.
      if (days.length === 0 || cadence.posts <= days.length) return;
      const crowded = cadence.posts > days.length * MAX_POSTS_PER_DAY.value;
      if (!crowded && cadence.posts % days.length === 0) return;
      const params = { platform: platformFacts(platform.id)?.name ?? platform.name ?? platform.id, posts: cadence.posts, count: days.length, days: joinList(days.map((d) => weekdayName(d, lang)), lang), max: MAX_POSTS_PER_DAY.value };
      hits.push({ path: ['platforms', p, 'cadence', 'days'], message: t(crowded ? 'crowded' : 'more', params) });
    });
    return hits;
  },
});
