import { findForbidden } from '../../posts/count/forbidden.js';
import type { PostHit } from '../../posts/types.js';
import { definePostRule } from './define.js';
import { platformTexts } from './platform-texts.js';

// error: YouTube's API refuses a title or description holding `<` or `>`: the upload's details fail.
export const postForbiddenCharacters = definePostRule({
  id: 'posts/forbidden-characters',
  severity: 'error',
  messages: {
    en: {
      rationale: 'A post holds no character the platform refuses (YouTube: `<` and `>` in the title and the description).',
      fix: 'Replace `<` and `>` with words or with ‹ ›, or give the platform a variant without them.',
      text: '{platform} refuses `{char}` in the text. Replace it (with words, or ‹ ›), or write a `::: {id}` variant without it.',
      title: '{platform} refuses `<` and `>` in the title. Replace them (with words, or ‹ ›).',
    },
    fr: {
      rationale: 'Une publication ne contient aucun caractère que la plateforme refuse (YouTube : `<` et `>` dans le titre et la description).',
      fix: 'Remplacez `<` et `>` par des mots ou par ‹ ›, ou donnez à la plateforme une variante sans eux.',
      text: '{platform} refuse `{char}` dans le texte. Remplacez-le (par des mots, ou ‹ ›), ou écrivez une variante `::: {id}` sans lui.',
      title: '{platform} refuse `<` et `>` dans le titre. Remplacez-les (par des mots, ou ‹ ›).',
    },
  },
  examples: {
    pass: '---\nplatforms: [youtube]\ntitle: How we bake sourdough\nstatus: draft\n---\nFrom flour to loaf in 24 hours.\n',
    fail: '---\nplatforms: [youtube]\ntitle: How we bake sourdough\nstatus: draft\n---\nFrom flour to loaf in <24 hours>.\n',
    fr: {
      pass: '---\nplatforms: [youtube]\ntitle: Comment on fait notre pain au levain\nstatus: draft\n---\nDe la farine au pain en 24 heures.\n',
      fail: '---\nplatforms: [youtube]\ntitle: Comment on fait notre pain au levain\nstatus: draft\n---\nDe la farine au pain en <24 heures>.\n',
    },
  },
  check(post, { t, strategy }) {
    const hits: PostHit[] = [];
    for (const { platform, name, limit, text } of platformTexts(post, strategy)) {
      const refused = limit.forbidden;
      if (!refused) continue;
      for (const at of findForbidden(text.text, refused)) hits.push({ offset: text.offsetOf(at), length: 1, message: t('text', { platform: name, char: text.text[at]!, id: platform }) });
      const title = post.meta.title;
      if (typeof title === 'string' && findForbidden(title, refused).length > 0) hits.push({ path: ['title'], message: t('title', { platform: name }) });
    }
    return hits;
  },
});
