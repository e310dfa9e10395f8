import { platformFacts, postsPerWeek } from '../../knowledge/index.js';
import { joinList } from '../../i18n/intl.js';
import { defineRule, type RuleHit } from '../types.js';
import { num, plural, round1 } from '../util.js';

/** Posts a week one person can feed: the solo-operator figures (Instagram 4–5, LinkedIn 3, X 5–10) added up. */
export const POSTS_PER_PERSON = 18;
/** Rule of thumb: about an hour per post, counting creation, approval and replies. */
export const HOURS_PER_POST = 1;

/** Primary platforms a team can do well: two for one person, one more per extra person, four at most. */
export function maxPrimaries(teamSize: number): number {
  return Math.min(4, teamSize + 1);
}

// warn: a plan the team cannot feed fails quietly; only the team knows its real capacity.
export const overreach = defineRule({
  id: 'platforms/overreach',
  category: 'platforms',
  severity: 'warn',
  sources: ['buffer-strategy', 'actdrills', 'smmt-calendar'],
  messages: {
    en: {
      rationale: 'One or two platforms done well beat four or five done thinly: the plan must fit the team’s time.',
      fix: 'Move some platforms to `role: secondary` or lower their cadence, or raise `team_size` / `hours_per_week` if the team really has more.',
      primaries: '{count} primary platforms for a team of {team}: {names}. A team this size does {max} well. Set `role: secondary` on the ones that matter least.',
      postsTeam: 'The plan asks for {posts} posts a week; a team of {team} can feed about {capacity}. Lower some cadences (the largest: {largest}, {largestPosts} a week), or move platforms to secondary.',
      postsHours: 'The plan asks for {posts} posts a week with {hours} a week, about {perPost} per post counting replies. Lower some cadences (the largest: {largest}, {largestPosts} a week), or give it more hours.',
      'hours.one': '{count} hour',
      'hours.other': '{count} hours',
      'minutes.one': '{count} minute',
      'minutes.other': '{count} minutes',
    },
    fr: {
      rationale: 'Une ou deux plateformes bien tenues valent mieux que quatre ou cinq à moitié : le plan doit tenir dans le temps de l’équipe.',
      fix: 'Passez des plateformes en `role: secondary` ou baissez leur cadence, ou augmentez `team_size` / `hours_per_week` si l’équipe en a vraiment plus.',
      primaries: '{count} plateformes principales pour une équipe de {team} : {names}. Une équipe de cette taille en tient {max} bien. Mettez `role: secondary` sur celles qui comptent le moins.',
      postsTeam: 'Le plan demande {posts} publications par semaine ; une équipe de {team} peut en alimenter environ {capacity}. Baissez des cadences (la plus forte : {largest}, {largestPosts} par semaine), ou passez des plateformes en secondaire.',
      postsHours: 'Le plan demande {posts} publications par semaine avec {hours} par semaine, soit environ {perPost} par publication, réponses comprises. Baissez des cadences (la plus forte : {largest}, {largestPosts} par semaine), ou accordez-y plus d’heures.',
      'hours.one': '{count} heure',
      'hours.other': '{count} heures',
      'minutes.one': '{count} minute',
      'minutes.other': '{count} minutes',
    },
  },
  examples: {
    pass: 'organization:\n  name: Boreal Café\n  language: en\n  team_size: 1\n  hours_per_week: 8\nplatforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 4, per: week }\n  - id: facebook\n    role: secondary\n    cadence: { posts: 2, per: week }\n',
    fail: 'organization:\n  name: Boreal Café\n  language: en\n  team_size: 1\n  hours_per_week: 5\nplatforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 1, per: day }\n  - id: tiktok\n    role: primary\n    cadence: { posts: 1, per: day }\n  - id: x\n    role: primary\n    cadence: { posts: 3, per: day }\n',
    fr: {
      pass: 'organization:\n  name: Café Boréal\n  language: fr\n  team_size: 1\n  hours_per_week: 8\nplatforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 4, per: week }\n  - id: facebook\n    role: secondary\n    cadence: { posts: 2, per: week }\n',
      fail: 'organization:\n  name: Café Boréal\n  language: fr\n  team_size: 1\n  hours_per_week: 5\nplatforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 1, per: day }\n  - id: tiktok\n    role: primary\n    cadence: { posts: 1, per: day }\n  - id: x\n    role: primary\n    cadence: { posts: 3, per: day }\n',
    },
  },
  check(strategy, { t, lang }) {
    const org = strategy.organization;
    const team = org?.team_size;
    const hours = org?.hours_per_week;
    const platforms = strategy.platforms ?? [];
    const hits: RuleHit[] = [];
    const name = (id: string) => platformFacts(id)?.name ?? id;

    if (typeof team === 'number' && team >= 1) {
      const primaries = platforms.map((p, i) => ({ p, i })).filter(({ p }) => p.role === 'primary');
      const max = maxPrimaries(team);
      if (primaries.length > max) {
        const first = primaries[max]!;
        hits.push({
          path: ['platforms', first.i, 'role'],
          message: t('primaries', { count: primaries.length, team, max, names: joinList(primaries.map(({ p }) => name(p.id)), lang) }),
        });
      }
    }

    const weekly = platforms
      .map((p, i) => ({ p, i, posts: p.cadence && p.role !== 'listening' ? postsPerWeek(p.cadence.posts, p.cadence.per) : 0 }))
      .filter((x) => x.posts > 0);
    const total = round1(weekly.reduce((sum, x) => sum + x.posts, 0));
    if (total === 0) return hits;
    const largest = [...weekly].sort((a, b) => b.posts - a.posts)[0]!;
    if (typeof team === 'number' && team >= 1 && total > team * POSTS_PER_PERSON) {
      hits.push({ path: ['organization', 'team_size'], message: t('postsTeam', { posts: num(total, lang), team, capacity: team * POSTS_PER_PERSON, largest: name(largest.p.id), largestPosts: num(largest.posts, lang) }) });
    } else if (typeof hours === 'number' && total * HOURS_PER_POST > hours) {
      hits.push({
        path: ['organization', 'hours_per_week'],
        message: t('postsHours', { posts: num(total, lang), hours: t(`hours.${plural(lang, hours)}`, { count: num(hours, lang) }), perPost: t(`minutes.${plural(lang, Math.round((hours * 60) / total))}`, { count: Math.round((hours * 60) / total) }), largest: name(largest.p.id), largestPosts: num(largest.posts, lang) }),
      });
    }
    return hits;
  },
});
