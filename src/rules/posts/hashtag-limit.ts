import { formatNumber } from '../../i18n/intl.js';
import { findHashtags } from '../../posts/count/hashtags.js';
import type { PostHit } from '../../posts/types.js';
import { definePostRule } from './define.js';
import { platformTexts } from './platform-texts.js';

// error: Instagram's API refuses a caption with more than 30 hashtags (the post fails at publish time).
export const postHashtagLimit = definePostRule({
  id: 'posts/hashtag-limit',
  severity: 'error',
  messages: {
    en: {
      rationale: 'A post carries no more hashtags than the platform accepts (Instagram: 30).',
      fix: 'Keep the few hashtags that say what the post is about, and remove the others.',
      over: '{platform} accepts {max} hashtags; this text has {count}. Remove this one and those after it.',
    },
    fr: {
      rationale: 'Une publication ne porte pas plus de mots-clics que la plateforme n’en accepte (Instagram : 30).',
      fix: 'Gardez les quelques mots-clics qui disent de quoi parle la publication et retirez les autres.',
      over: '{platform} accepte {max} mots-clics; ce texte en a {count}. Retirez celui-ci et les suivants.',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nNew sourdough today. #bakery #montreal\n',
    fail: `---\nplatforms: [instagram]\nstatus: draft\n---\nNew sourdough today. ${Array.from({ length: 31 }, (_, i) => `#tag${i + 1}`).join(' ')}\n`,
    fr: {
      pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nNouveau pain au levain. #boulangerie #montreal\n',
      fail: `---\nplatforms: [instagram]\nstatus: draft\n---\nNouveau pain au levain. ${Array.from({ length: 31 }, (_, i) => `#motclic${i + 1}`).join(' ')}\n`,
    },
  },
  check(post, { t, lang, strategy }) {
    const hits: PostHit[] = [];
    for (const { name, limit, text } of platformTexts(post, strategy)) {
      const max = limit.hashtags?.max;
      if (max === undefined) continue;
      const tags = findHashtags(text.text);
      const first = tags[max];
      if (!first) continue;
      const offset = text.offsetOf(first.start);
      hits.push({ offset, length: text.offsetOf(first.end) - offset, message: t('over', { platform: name, max: formatNumber(lang, max), count: formatNumber(lang, tags.length) }) });
    }
    return hits;
  },
});
