import { findLinks } from '../../posts/count/links.js';
import type { PostHit } from '../../posts/types.js';
import { definePostRule } from './define.js';
import { platformTexts } from './platform-texts.js';

// warn: the post goes out, but a link in an Instagram caption is plain text nobody can tap.
export const postLinkNotClickable = definePostRule({
  id: 'posts/link-not-clickable',
  severity: 'warn',
  messages: {
    en: {
      rationale: 'A link in a text where the platform does not make it clickable (an Instagram caption) is lost: point to the link in the bio or a story instead.',
      fix: 'Put the link in the profile (or a story link sticker) and write “link in bio”, or give the platform a variant without the link.',
      found: '{platform} does not make links in its captions clickable: `{url}` will be plain text. Put it in the bio and say “link in bio”, or write a `::: {id}` variant without it.',
    },
    fr: {
      rationale: 'Un lien dans un texte où la plateforme ne le rend pas cliquable (une légende Instagram) est perdu : renvoyez plutôt au lien de la bio ou d’une story.',
      fix: 'Mettez le lien dans le profil (ou un autocollant lien en story) et écrivez « lien dans la bio », ou donnez à la plateforme une variante sans le lien.',
      found: '{platform} ne rend pas cliquables les liens de ses légendes : `{url}` restera du texte. Mettez-le dans la bio et écrivez « lien dans la bio », ou écrivez une variante `::: {id}` sans lui.',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nOur new menu is out. Link in bio!\n',
    fail: '---\nplatforms: [instagram]\nstatus: draft\n---\nOur new menu: https://example.com/menu\n',
    fr: {
      pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nNotre nouveau menu est en ligne. Lien dans la bio!\n',
      fail: '---\nplatforms: [instagram]\nstatus: draft\n---\nNotre nouveau menu : https://example.com/menu\n',
    },
  },
  async check(post, { t, strategy }) {
    const hits: PostHit[] = [];
    for (const { platform, name, limit, text } of platformTexts(post, strategy)) {
      if (limit.links?.clickable !== false) continue;
      for (const link of await findLinks(text.text, { withoutProtocol: true })) {
        const offset = text.offsetOf(link.start);
        hits.push({ offset, length: text.offsetOf(link.end) - offset, message: t('found', { platform: name, url: link.url, id: platform }) });
      }
    }
    return hits;
  },
});
