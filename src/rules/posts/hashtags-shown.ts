import { formatNumber } from '../../i18n/intl.js';
import { findHashtags } from '../../posts/count/hashtags.js';
import type { PostHit } from '../../posts/types.js';
import { definePostRule } from './define.js';
import { platformTexts } from './platform-texts.js';

// warn: since December 2025 Instagram keeps 5 hashtags a post; the API's 30 are still accepted,
// so more than 5 is wasted words rather than a refused post.
export const postHashtagsShown = definePostRule({
  id: 'posts/hashtags-shown',
  severity: 'warn',
  messages: {
    en: {
      rationale: 'A post carries no more hashtags than the platform keeps (Instagram: 5 since December 2025); the others are lost words.',
      fix: 'Keep the five hashtags that best say what the post is about.',
      over: '{platform} keeps {shown} hashtags; this text has {count}, so this one and those after it do nothing. Keep the {shown} that matter most.',
    },
    fr: {
      rationale: 'Une publication ne porte pas plus de mots-clics que la plateforme n’en garde (Instagram : 5 depuis décembre 2025); les autres sont des mots perdus.',
      fix: 'Gardez les cinq mots-clics qui disent le mieux de quoi parle la publication.',
      over: '{platform} garde {shown} mots-clics; ce texte en a {count} : celui-ci et les suivants ne servent à rien. Gardez les {shown} qui comptent le plus.',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nNew sourdough today. #bakery #sourdough #montreal\n',
    fail: '---\nplatforms: [instagram]\nstatus: draft\n---\nNew sourdough today. #bakery #sourdough #montreal #bread #food #yum\n',
    fr: {
      pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nNouveau pain au levain. #boulangerie #levain #montreal\n',
      fail: '---\nplatforms: [instagram]\nstatus: draft\n---\nNouveau pain au levain. #boulangerie #levain #montreal #pain #miam #quebec\n',
    },
  },
  check(post, { t, lang, strategy }) {
    const hits: PostHit[] = [];
    for (const { name, limit, text } of platformTexts(post, strategy)) {
      const shown = limit.hashtags?.shown;
      if (shown === undefined) continue;
      const tags = findHashtags(text.text);
      // Past the platform's hard limit, posts/hashtag-limit says so: one finding is enough.
      if (tags.length <= shown || (limit.hashtags?.max !== undefined && tags.length > limit.hashtags.max)) continue;
      const first = tags[shown]!;
      const offset = text.offsetOf(first.start);
      hits.push({ offset, length: text.offsetOf(first.end) - offset, message: t('over', { platform: name, shown: formatNumber(lang, shown), count: formatNumber(lang, tags.length) }) });
    }
    return hits;
  },
});
