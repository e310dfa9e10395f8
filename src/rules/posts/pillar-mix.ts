import type { PostHit, PostSetRule } from '../../posts/types.js';
import { MIN_PUBLICATIONS, pillarMix, publicationsIn } from '../../posts/mix.js';
import { formatNumber } from '../../i18n/intl.js';
import { postRuleDocsUrl } from './define.js';

type Key = 'over' | 'under';
type Post = Parameters<PostSetRule['checkAll']>[0][number];

// warn: a mix drifting from the plan is a choice to make (change the posts or the shares), not a fault.
export const postPillarMix: PostSetRule<Key> = {
  id: 'posts/pillar-mix',
  severity: 'warn',
  messages: {
    en: {
      rationale: 'The pillars’ shares are the editorial line in numbers: the posts drafted for a period should carry about those shares, or the line drifts without anyone deciding it.',
      fix: 'Give some posts of the over-represented pillar another pillar, draft posts for the under-represented one, or change the shares in the strategy. Window and tolerance: `mix:` in .planrc.yaml.',
      over: 'Pillar {pillar}: {count} of the {total} posts from {from} to {to} ({share}%), where the strategy plans {planned}% (tolerance ±{tolerance} points). Give some of them another pillar, or change the shares.',
      under: 'Pillar {pillar}: {count} of the {total} posts from {from} to {to} ({share}%), where the strategy plans {planned}% (tolerance ±{tolerance} points). Draft more {pillar} posts, or change the shares.',
    },
    fr: {
      rationale: 'Les parts des piliers sont la ligne éditoriale en chiffres : les publications rédigées pour une période devraient en porter à peu près les parts, sinon la ligne dérive sans que personne l’ait décidé.',
      fix: 'Donnez un autre pilier à des publications du pilier trop présent, rédigez des publications pour celui qui manque, ou changez les parts dans la stratégie. Fenêtre et tolérance : `mix:` dans .planrc.yaml.',
      over: 'Pilier {pillar} : {count} des {total} publications du {from} au {to} ({share} %), alors que la stratégie prévoit {planned} % (tolérance ±{tolerance} points). Donnez un autre pilier à certaines, ou changez les parts.',
      under: 'Pilier {pillar} : {count} des {total} publications du {from} au {to} ({share} %), alors que la stratégie prévoit {planned} % (tolérance ±{tolerance} points). Rédigez plus de publications {pillar}, ou changez les parts.',
    },
  },
  checkAll(posts, { t, lang, window, tolerance, strategy }) {
    const publications = publicationsIn(posts, window);
    if (publications.length < MIN_PUBLICATIONS) return [];
    const mix = pillarMix(strategy, publications);
    const over = mix.filter((m) => m.share - m.planned > tolerance.share).sort((a, b) => b.share - b.planned - (a.share - a.planned));
    const round = (n: number) => formatNumber(lang, Math.round(n));
    const out: { post: Post; hit: PostHit }[] = [];
    for (const m of mix) {
      const gap = m.share - m.planned;
      if (Math.abs(gap) <= tolerance.share) continue;
      const params = { pillar: m.name, count: m.drafted, total: publications.length, from: window.from, to: window.to, share: round(m.share), planned: round(m.planned), tolerance: round(tolerance.share) };
      // Over: at the last post of the pillar (the one to change). Under: at the last post of the
      // most over-represented pillar, else the last post of the window (where a post could change).
      const at = gap > 0 ? m.publications.at(-1)! : (over[0]?.publications.at(-1) ?? publications.at(-1)!);
      const path = typeof at.post.meta.pillar === 'string' ? ['pillar'] : ['platforms'];
      out.push({ post: at.post, hit: { path, message: t(gap > 0 ? 'over' : 'under', params) } });
    }
    return out;
  },
  meta: { docs: { url: postRuleDocsUrl('posts/pillar-mix') } },
};
