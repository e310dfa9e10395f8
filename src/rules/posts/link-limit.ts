import { formatNumber } from '../../i18n/intl.js';
import { findLinks } from '../../posts/count/links.js';
import type { PostHit } from '../../posts/types.js';
import { definePostRule } from './define.js';
import { platformTexts } from './platform-texts.js';

// error: since December 22, 2025, Threads refuses a post with more than 5 links (THREADS_API__LINK_LIMIT_EXCEEDED).
export const postLinkLimit = definePostRule({
  id: 'posts/link-limit',
  severity: 'error',
  messages: {
    en: {
      rationale: 'A post carries no more links than the platform accepts (Threads: 5 different links).',
      fix: 'Keep the links that matter and remove the others, or point to one page that gathers them.',
      over: '{platform} accepts {max} different links in a post; this text has {count}. Remove this one and those after it.',
    },
    fr: {
      rationale: 'Une publication ne porte pas plus de liens que la plateforme n’en accepte (Threads : 5 liens différents).',
      fix: 'Gardez les liens qui comptent et retirez les autres, ou renvoyez à une page qui les réunit.',
      over: '{platform} accepte {max} liens différents par publication; ce texte en a {count}. Retirez celui-ci et les suivants.',
    },
  },
  examples: {
    pass: '---\nplatforms: [threads]\nstatus: draft\n---\nOur menu: https://example.com/menu\n',
    fail: `---\nplatforms: [threads]\nstatus: draft\n---\nOur shops: ${Array.from({ length: 6 }, (_, i) => `https://example.com/shop${i + 1}`).join(' ')}\n`,
    fr: {
      pass: '---\nplatforms: [threads]\nstatus: draft\n---\nNotre menu : https://example.com/menu\n',
      fail: `---\nplatforms: [threads]\nstatus: draft\n---\nNos boutiques : ${Array.from({ length: 6 }, (_, i) => `https://example.com/boutique${i + 1}`).join(' ')}\n`,
    },
  },
  async check(post, { t, lang, strategy }) {
    const hits: PostHit[] = [];
    for (const { name, limit, text } of platformTexts(post, strategy)) {
      const max = limit.links?.max;
      if (max === undefined) continue;
      // Threads counts each different URL once.
      const seen = new Map<string, { start: number; end: number }>();
      for (const link of await findLinks(text.text, { withoutProtocol: true })) if (!seen.has(link.url)) seen.set(link.url, link);
      const first = [...seen.values()][max];
      if (!first) continue;
      const offset = text.offsetOf(first.start);
      hits.push({ offset, length: text.offsetOf(first.end) - offset, message: t('over', { platform: name, max: formatNumber(lang, max), count: formatNumber(lang, seen.size) }) });
    }
    return hits;
  },
});
