import type { PostHit, PostSetRule } from '../../posts/types.js';
import { MIN_PUBLICATIONS, publicationsIn, weeklyCounts } from '../../posts/mix.js';
import { formatNumber } from '../../i18n/intl.js';
import { labelsFor } from '../../calendar/labels.js';
import { postRuleDocsUrl } from './define.js';

type Key = 'fewer' | 'more';
type Post = Parameters<PostSetRule['checkAll']>[0][number];

// warn: a week short of its cadence is a gap the audience sees; a week far over it tires them.
export const postCadence: PostSetRule<Key> = {
  id: 'posts/cadence',
  severity: 'warn',
  messages: {
    en: {
      rationale: 'The cadence is the promise of a rhythm: a week that falls short of it leaves a gap the audience notices, and one far over it crowds them, so the posts drafted week by week are held to it.',
      fix: 'Draft the missing posts (plan calendar --format posts adds a draft per empty slot), move some to a lighter week, or change the cadence in the strategy. Tolerance: `mix:` in .planrc.yaml.',
      fewer: '{platform}, week of {from}: {count} post(s) drafted, where the cadence asks for {planned} (tolerance ±{tolerance}). Draft the missing ones, or change the cadence.',
      more: '{platform}, week of {from}: {count} posts drafted, where the cadence asks for {planned} (tolerance ±{tolerance}). Move some to another week, or change the cadence.',
    },
    fr: {
      rationale: 'Le rythme de publication est une promesse : une semaine en dessous laisse un vide que le public remarque, une semaine bien au-dessus l’encombre; les publications rédigées semaine par semaine y sont donc comparées.',
      fix: 'Rédigez les publications qui manquent (plan calendar --format posts ajoute un brouillon par case vide), déplacez-en vers une semaine plus légère, ou changez le rythme dans la stratégie. Tolérance : `mix:` dans .planrc.yaml.',
      fewer: '{platform}, semaine du {from} : {count} publication(s) rédigée(s), alors que le rythme en demande {planned} (tolérance ±{tolerance}). Rédigez celles qui manquent, ou changez le rythme.',
      more: '{platform}, semaine du {from} : {count} publications rédigées, alors que le rythme en demande {planned} (tolérance ±{tolerance}). Déplacez-en vers une autre semaine, ou changez le rythme.',
    },
  },
  checkAll(posts, { t, lang, window, tolerance, strategy }) {
    const publications = publicationsIn(posts, window);
    // One post checked alone (a pre-commit hook on a changed file) says nothing about a rhythm.
    if (publications.length < MIN_PUBLICATIONS) return [];
    const names = labelsFor(strategy, lang);
    const out: { post: Post; hit: PostHit }[] = [];
    for (const week of weeklyCounts(strategy, publications, window)) {
      // A short last week of the window (fewer than 7 days) asks for its share of the week.
      const days = Math.round((Date.parse(week.to) - Date.parse(week.from)) / 86_400_000) + 1;
      const planned = (week.planned * days) / 7;
      if (Math.abs(week.drafted - planned) <= tolerance.posts) continue;
      // At the week's last post on the platform, else the platform's post nearest the week, else the window's first post.
      const mine = publications.filter((pub) => pub.platform === week.platform);
      const nearest = mine.reduce<(typeof mine)[number] | undefined>((best, pub) => (!best || Math.abs(Date.parse(pub.date) - Date.parse(week.from)) < Math.abs(Date.parse(best.date) - Date.parse(week.from)) ? pub : best), undefined);
      const at = week.publications.at(-1) ?? nearest ?? publications[0]!;
      const params = { platform: names.platform(week.platform), from: week.from, count: week.drafted, planned: formatNumber(lang, Math.round(planned * 10) / 10), tolerance: formatNumber(lang, tolerance.posts) };
      out.push({ post: at.post, hit: { path: ['date'], message: t(week.drafted < planned ? 'fewer' : 'more', params) } });
    }
    return out;
  },
  meta: { docs: { url: postRuleDocsUrl('posts/cadence') } },
};
