import { platformFacts } from '../../knowledge/index.js';
import { joinList } from '../../i18n/index.js';
import { defineRule, type RuleHit } from '../types.js';
import { durationHours, num, plural, round1 } from '../util.js';
import { dutyIntervals, MINUTES_PER_DAY, MINUTES_PER_WEEK, minutesOfDay, WEEKDAYS, weekdayName, type Weekday } from './helpers.js';

/** Without a `community.response_time`, the longest wait the sources accept: a day. */
const DEFAULT_RESPONSE_HOURS = 24;

/** Minutes from a post at `moment` until someone is on duty (0 when someone already is). */
function waitFrom(moment: number, duty: [number, number][]): number {
  let best = Infinity;
  for (const [start, end] of duty) {
    for (const shift of [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK]) {
      const s = start + shift;
      const e = end + shift;
      if (moment >= s && moment < e) return 0;
      if (s > moment) best = Math.min(best, s - moment);
    }
  }
  return best;
}

// warn: a post draws its comments in the hours after it goes out; nobody on duty then means the
// response time the plan promises is broken on the very posts it schedules.
export const unwatchedPosts = defineRule({
  id: 'consistency/unwatched-posts',
  category: 'consistency',
  severity: 'warn',
  source: 'Sprout Social Index 2016 (Social Media Today, "Brands ignoring consumers on social media are in trouble", 2016): people expect an answer within 4 hours and about 30% turn to a competitor when ignored, https://www.socialmediatoday.com/news/brands-ignoring-consumers-on-social-media-are-in-trouble-infographic/512213/; Hootsuite audit template: a mission per account such as "customer service during office hours" (National Pixel, "How to conduct a social media audit"), https://nationalpixel.com/how-to-condust-a-social-media-audit/.',
  messages: {
    en: {
      rationale: 'Posts go out when someone is on community duty, or soon enough before that the promised response time still holds.',
      fix: 'Move the post days or `cadence.time` into `community.hours`, or widen `community.hours` to cover them.',
      day: '{platform} posts on {days}, but nobody watches the community then (`community.hours`): a comment on those posts waits up to {wait}, longer than the {promise} promised. Move the posts into the watched days, or add the days to `community.hours.days`.',
      'hours.one': '{count} hour',
      'hours.other': '{count} hours',
      time: '{platform} posts at {time}, outside community hours ({start}–{end}): a comment waits up to {wait}, longer than the {promise} promised. Post between {start} and {end}, or widen `community.hours`.',
    },
    fr: {
      rationale: 'Les publications sortent quand quelqu’un veille sur la communauté, ou assez peu avant pour que le délai de réponse promis tienne.',
      fix: 'Placez les jours de publication ou `cadence.time` dans `community.hours`, ou élargissez `community.hours` pour les couvrir.',
      day: '{platform} publie le {days}, mais personne ne veille sur la communauté ces jours-là (`community.hours`) : un commentaire sur ces publications attend jusqu’à {wait}, plus que le délai promis ({promise}). Déplacez les publications vers les jours surveillés, ou ajoutez ces jours à `community.hours.days`.',
      'hours.one': '{count} heure',
      'hours.other': '{count} heures',
      time: '{platform} publie à {time}, hors des heures de veille ({start}–{end}) : un commentaire attend jusqu’à {wait}, plus que le délai promis ({promise}). Publiez entre {start} et {end}, ou élargissez `community.hours`.',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 2, per: week, days: [tue, sat], time: "08:30" }\ncommunity:\n  hours: { days: [mon, tue, wed, thu, fri, sat], start: "08:00", end: "18:00" }\n  response_time: 4h\n',
    fail: 'platforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 2, per: week, days: [tue, sun], time: "08:30" }\ncommunity:\n  hours: { days: [mon, tue, wed, thu, fri, sat], start: "08:00", end: "18:00" }\n  response_time: 4h\n',
    fr: {
      pass: 'platforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 2, per: week, days: [tue, sat], time: "08:30" }\ncommunity:\n  hours: { days: [mon, tue, wed, thu, fri, sat], start: "08:00", end: "18:00" }\n  response_time: 4 h\n',
      fail: 'platforms:\n  - id: instagram\n    role: primary\n    cadence: { posts: 2, per: week, days: [tue, sun], time: "08:30" }\ncommunity:\n  hours: { days: [mon, tue, wed, thu, fri, sat], start: "08:00", end: "18:00" }\n  response_time: 4 h\n',
    },
  },
  check(strategy, { t, lang }) {
    const hours = strategy.community?.hours;
    if (!hours) return [];
    const duty = dutyIntervals(hours);
    if (!duty || duty.length === 0) return [];
    const promiseText = strategy.community?.response_time;
    const promiseHours = durationHours(promiseText) ?? DEFAULT_RESPONSE_HOURS;
    const promise = promiseText && durationHours(promiseText) !== undefined ? promiseText : `${DEFAULT_RESPONSE_HOURS}h`;
    const dutyDays = new Set<Weekday>(Array.isArray(hours.days) && hours.days.length > 0 ? (hours.days as Weekday[]) : WEEKDAYS);
    const start = minutesOfDay(hours.start) ?? 0;
    const hits: RuleHit[] = [];

    (Array.isArray(strategy.platforms) ? strategy.platforms : []).forEach((platform, p) => {
      const cadence = platform?.cadence;
      if (!cadence || platform.role === 'listening' || !(typeof cadence.posts === 'number' && cadence.posts > 0)) return;
      const name = platformFacts(platform.id)?.name ?? platform.name ?? platform.id;
      const time = minutesOfDay(cadence.time);
      const explicit = Array.isArray(cadence.days) ? (cadence.days as Weekday[]).filter((d) => WEEKDAYS.includes(d)) : [];
      // Days the posts go out on: the listed ones; every day for a daily cadence; else the calendar
      // places them on watched days, so only the time can be off.
      const days = explicit.length > 0 ? explicit : cadence.per === 'day' ? [...WEEKDAYS] : [...dutyDays];
      const late: { day: Weekday; wait: number }[] = [];
      for (const day of days) {
        // Without a time, a post goes out when the team starts its day.
        const moment = WEEKDAYS.indexOf(day) * MINUTES_PER_DAY + (time ?? start);
        const wait = waitFrom(moment, duty);
        if (wait > promiseHours * 60) late.push({ day, wait });
      }
      if (late.length === 0) return;
      const worstHours = round1(Math.max(...late.map((l) => l.wait)) / 60);
      const worst = t(`hours.${plural(lang, worstHours)}`, { count: num(worstHours, lang) });
      const offDays = late.filter((l) => !dutyDays.has(l.day));
      if (offDays.length > 0) {
        hits.push({
          path: explicit.length > 0 ? ['platforms', p, 'cadence', 'days', (cadence.days as string[]).indexOf(offDays[0]!.day)] : ['platforms', p, 'cadence', 'per'],
          message: t('day', { platform: name, days: joinList(offDays.map((l) => weekdayName(l.day, lang)), lang), wait: worst, promise }),
        });
      } else {
        hits.push({
          path: ['platforms', p, 'cadence', 'time'],
          message: t('time', { platform: name, time: cadence.time!, start: hours.start ?? '00:00', end: hours.end ?? '24:00', wait: worst, promise }),
        });
      }
    });
    return hits;
  },
});
