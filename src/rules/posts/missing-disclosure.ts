import type { PostHit } from '../../posts/types.js';
import { escapeRegExp, publishedTexts } from './text.js';
import { definePostRule } from './define.js';

/** When the strategy sets no `policy.disclosure`: the tags Ad Standards names (#ad, and #pub in French). */
const DEFAULT_TAGS = ['#ad', '#pub'];

/**
 * What counts as the disclosure: the hashtags the strategy's `policy.disclosure` names (it often is a
 * sentence, "#ad for paid partnerships; #sponsored when a partner funds a campaign"), else its text.
 */
export function disclosureTags(disclosure: string | undefined): string[] {
  if (typeof disclosure !== 'string' || !disclosure.trim()) return DEFAULT_TAGS;
  const hashtags = disclosure.match(/#[\p{L}\p{N}_]+/gu);
  return hashtags ? [...new Set(hashtags)] : [disclosure.trim()];
}

// error: an undisclosed paid partnership breaks the Competition Act and Ad Standards' guidelines in Canada
// (and the FTC's in the United States); the strategy says how to disclose, once for everyone.
export const postMissingDisclosure = definePostRule({
  id: 'posts/missing-disclosure',
  severity: 'error',
  sources: ['adstandards-2025'],
  messages: {
    en: {
      rationale: 'A sponsored or partner post carries the strategy’s disclosure (`policy.disclosure`, for example #ad or #pub) in the text every platform publishes.',
      fix: 'Add the strategy’s disclosure (for example `#ad`) to the text, and to each platform variant.',
      body: 'This post is {why}, but its text does not carry the disclosure {tags}. Add it to the text{platforms}.',
      variant: 'This post is {why}, but its `{platform}` variant does not carry the disclosure {tags}. Add it to the variant.',
      sponsored: 'sponsored',
      partner: 'made with {partner}',
      on: ' (published on {platforms})',
    },
    fr: {
      rationale: 'Une publication commanditée ou faite avec un partenaire porte la mention de la stratégie (`policy.disclosure`, par exemple #pub ou #ad) dans le texte que chaque plateforme publie.',
      fix: 'Ajoutez la mention de la stratégie (par exemple `#pub`) au texte, et à chaque variante de plateforme.',
      body: 'Cette publication est {why}, mais son texte ne porte pas la mention {tags}. Ajoutez-la au texte{platforms}.',
      variant: 'Cette publication est {why}, mais sa variante `{platform}` ne porte pas la mention {tags}. Ajoutez-la à la variante.',
      sponsored: 'commanditée',
      partner: 'faite avec {partner}',
      on: ' (publié sur {platforms})',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\nstatus: draft\npartner: Moulin Fleury\n---\nOur croissants with Moulin Fleury flour. #ad\n',
    fail: '---\nplatforms: [instagram]\nstatus: draft\npartner: Moulin Fleury\n---\nOur croissants with Moulin Fleury flour.\n',
    fr: {
      pass: '---\nplatforms: [instagram]\nstatus: draft\npartner: Moulin Fleury\n---\nNos croissants à la farine du Moulin Fleury. #pub\n',
      fail: '---\nplatforms: [instagram]\nstatus: draft\npartner: Moulin Fleury\n---\nNos croissants à la farine du Moulin Fleury.\n',
    },
  },
  check(post, { t, strategy }) {
    const sponsored = post.meta.sponsored === true;
    const partner = typeof post.meta.partner === 'string' ? post.meta.partner : undefined;
    if (!sponsored && partner === undefined) return [];
    const tags = disclosureTags(strategy?.policy?.disclosure);
    const carries = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${tags.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
    const why = sponsored ? t('sponsored') : t('partner', { partner: partner! });
    const shown = tags.map((tag) => `\`${tag}\``).join(' / ');
    const hits: PostHit[] = [];
    for (const { span, platforms, variant } of publishedTexts(post)) {
      if (carries.test(span.text)) continue;
      if (variant === undefined) {
        const field = sponsored ? 'sponsored' : 'partner';
        hits.push({ path: [field], message: t('body', { why, tags: shown, platforms: platforms.length ? t('on', { platforms: platforms.join(', ') }) : '' }) });
      } else {
        const marker = post.variants.find((v) => v.platform === variant)!.marker;
        hits.push({ offset: marker.offset, length: marker.text.length, message: t('variant', { why, tags: shown, platform: variant }) });
      }
    }
    return hits;
  },
});
