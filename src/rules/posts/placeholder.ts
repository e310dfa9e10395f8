import type { PostHit } from '../../posts/types.js';
import { publishedText } from '../../posts/comments.js';
import { allTexts, matchesIn, publishedTexts } from './text.js';
import { definePostRule } from './define.js';
import { hasPlaceholder, PLACEHOLDER_FILLERS, PLACEHOLDER_MARKERS } from '../../posts/placeholders.js';

const DUE: readonly unknown[] = ['ready', 'scheduled', 'published'];

// error once the post is ready: a TODO that reaches the audience is a public mistake. Drafts may hold them.
export const postPlaceholder = definePostRule({
  id: 'posts/placeholder',
  severity: 'error',
  messages: {
    en: {
      rationale: 'A post that is ready to go out has no placeholder left in it (TODO, lorem ipsum, [...]): drafts may, published posts must not.',
      fix: 'Replace the placeholder with the real text, or set `status: draft` while the post is not finished.',
      found: '`{text}` is a placeholder, and this post is `{status}`. Write the real text, or set `status: draft` until it is finished.',
      empty: 'This text is empty (notes aside), and this post is `{status}`: there is nothing to publish. Write the text, or set `status: draft` until it is finished.',
    },
    fr: {
      rationale: 'Une publication prête à paraître ne contient plus d’espace réservé (TODO, lorem ipsum, [...]) : un brouillon peut en avoir, une publication publiée non.',
      fix: 'Remplacez l’espace réservé par le vrai texte, ou mettez `status: draft` tant que la publication n’est pas finie.',
      found: '`{text}` est un espace réservé, et cette publication est `{status}`. Écrivez le vrai texte, ou mettez `status: draft` jusqu’à ce qu’elle soit finie.',
      empty: 'Ce texte est vide (notes mises à part), et cette publication est `{status}` : il n’y a rien à publier. Écrivez le texte, ou mettez `status: draft` jusqu’à ce qu’elle soit finie.',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\ndate: 2027-01-12\nstatus: ready\n---\nOur croissant, baked at 5 a.m. Link in bio.\n',
    fail: '---\nplatforms: [instagram]\ndate: 2027-01-12\nstatus: ready\n---\nOur croissant, baked at 5 a.m. [insert link]\n',
    fr: {
      pass: '---\nplatforms: [instagram]\ndate: 2027-01-12\nstatus: ready\n---\nNotre croissant, cuit à 5 h. Lien dans la bio.\n',
      fail: '---\nplatforms: [instagram]\ndate: 2027-01-12\nstatus: ready\n---\nNotre croissant, cuit à 5 h. [insérer le lien]\n',
    },
  },
  check(post, { t }) {
    const status = post.meta.status;
    if (!DUE.includes(status)) return [];
    const hits: PostHit[] = [];
    // An empty text some platform publishes is the biggest placeholder of all (only the scheduler would notice).
    for (const { span } of publishedTexts(post)) {
      if (publishedText(span).text.trim() === '') hits.push({ offset: span.offset, message: t('empty', { status: String(status) }) });
    }
    for (const span of allTexts(post)) {
      for (const pattern of [PLACEHOLDER_MARKERS, PLACEHOLDER_FILLERS]) {
        for (const m of matchesIn(span, pattern)) hits.push({ offset: m.offset, length: m.length, message: t('found', { text: m.text, status: String(status) }) });
      }
    }
    const title = post.meta.title;
    if (typeof title === 'string' && hasPlaceholder(title)) {
      hits.push({ path: ['title'], message: t('found', { text: title, status: String(status) }) });
    }
    return hits.sort((a, b) => ('offset' in a ? a.offset : -1) - ('offset' in b ? b.offset : -1));
  },
});
