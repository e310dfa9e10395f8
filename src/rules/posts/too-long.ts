import { formatNumber } from '../../i18n/intl.js';
import { countFor, firstOver, type Measure } from '../../posts/count/index.js';
import { countYoutubeTitle } from '../../posts/count/youtube.js';
import { graphemes } from '../../posts/count/measure.js';
import type { PostHit } from '../../posts/types.js';
import { definePostRule } from './define.js';
import { platformTexts } from './platform-texts.js';

// error: a text over the limit is refused at publish time (or cut mid-sentence), when nobody is
// watching; each platform counts its own way (src/posts/count/), from the knowledge file's limits.
export const postTooLong = definePostRule({
  id: 'posts/too-long',
  severity: 'error',
  messages: {
    en: {
      rationale: 'A post’s text fits each platform’s limit, counted the platform’s way (X weighs emoji 2 and links 23, Bluesky counts graphemes and bytes, Threads bytes, Mastodon the server’s own limit).',
      fix: 'Shorten the text from the character the finding points at, or give the platform a shorter variant (`::: x` … `:::`). For a Mastodon server or an X Premium account with another limit, set `max_characters` on the platform in the strategy.',
      over: '{platform} takes {limit} {unit}; this text counts {length}. Everything from here on is over: cut {over}, or write a shorter `::: {id}` variant.',
      overVariant: '{platform} takes {limit} {unit}; this variant counts {length}. Everything from here on is over: cut {over}.',
      title: 'The {platform} title takes {limit} {unit}; this one counts {length}. Shorten it.',
      'unit.weighted': 'characters as X counts them (emoji 2, links 23)',
      'unit.graphemes': 'characters',
      'unit.characters': 'characters (an emoji counts 2)',
      'unit.bytes': 'bytes (UTF-8: an accented letter 2, an emoji 4)',
    },
    fr: {
      rationale: 'Le texte d’une publication tient dans la limite de chaque plateforme, comptée à sa façon (X compte les emoji 2 et les liens 23, Bluesky les graphèmes et les octets, Threads les octets, Mastodon la limite du serveur).',
      fix: 'Raccourcissez le texte à partir du caractère signalé, ou donnez à la plateforme une variante plus courte (`::: x` … `:::`). Pour un serveur Mastodon ou un compte X Premium à la limite différente, mettez `max_characters` sur la plateforme dans la stratégie.',
      over: '{platform} accepte {limit} {unit}; ce texte en compte {length}. Tout ce qui suit dépasse : retranchez-en {over}, ou écrivez une variante `::: {id}` plus courte.',
      overVariant: '{platform} accepte {limit} {unit}; cette variante en compte {length}. Tout ce qui suit dépasse : retranchez-en {over}.',
      title: 'Le titre {platform} accepte {limit} {unit}; celui-ci en compte {length}. Raccourcissez-le.',
      'unit.weighted': 'caractères comptés à la façon de X (emoji 2, liens 23)',
      'unit.graphemes': 'caractères',
      'unit.characters': 'caractères (un emoji compte 2)',
      'unit.bytes': 'octets (UTF-8 : une lettre accentuée 2, un emoji 4)',
    },
  },
  examples: {
    pass: '---\nplatforms: [x]\nstatus: draft\n---\nOur croissants are back 🥐 https://example.com/menu\n',
    fail: `---\nplatforms: [x]\nstatus: draft\n---\n${'Our croissants are back. '.repeat(12)}\n`,
    fr: {
      pass: '---\nplatforms: [x]\nstatus: draft\n---\nNos croissants sont de retour 🥐 https://example.com/menu\n',
      fail: `---\nplatforms: [x]\nstatus: draft\n---\n${'Nos croissants sont de retour. '.repeat(10)}\n`,
    },
  },
  async check(post, { t, lang, strategy }) {
    const hits: PostHit[] = [];
    const params = (m: Measure, platform: string) => ({
      platform,
      limit: formatNumber(lang, m.limit),
      length: formatNumber(lang, m.length),
      over: formatNumber(lang, m.length - m.limit),
      unit: t(`unit.${m.unit}`),
    });
    for (const { platform, name, limit, text, variant } of platformTexts(post, strategy)) {
      const over = firstOver(await countFor(platform, text.text, limit));
      if (over) {
        const grapheme = graphemes(text.text.slice(over.overAt!))[Symbol.iterator]().next().value?.segment ?? '';
        const offset = text.offsetOf(over.overAt!);
        hits.push({ offset, length: text.offsetOf(over.overAt! + grapheme.length) - offset, message: t(variant ? 'overVariant' : 'over', { ...params(over, name), id: platform }) });
      }
      const title = post.meta.title;
      if (limit.title && typeof title === 'string') {
        const m = countYoutubeTitle(title, limit.title);
        if (m.overAt !== undefined) hits.push({ path: ['title'], message: t('title', params(m, name)) });
      }
    }
    return hits;
  },
});
