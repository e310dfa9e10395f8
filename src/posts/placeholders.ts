// What a writer leaves to come back to: the placeholders `posts/placeholder` refuses in a ready post,
// and what the brief counts as "still to write". Pure.
import { publishedText } from './comments.js';
import type { Post } from './types.js';

/** Words a writer leaves to come back to; in capitals only (`xxx` is also a kiss). */
export const PLACEHOLDER_MARKERS = /(?<![\p{L}\p{N}_])(?:TODO|FIXME|TBD|XXX+)(?![\p{L}\p{N}_])/gu;
/** Filler text and gaps, in any case: `lorem ipsum`, `[...]`, `[insert link]`, `[lien]`, `à compléter`. */
export const PLACEHOLDER_FILLERS = /lorem ipsum|\[\s*(?:\.{3}|…)\s*\]|\[(?:insert|insérer|inserer|add|ajouter|lien|link|url|nom|name|photo|date)(?:[^\]\n]{0,40})\]|(?<![\p{L}])(?:à compléter|a completer|à venir|to be confirmed)(?![\p{L}])/giu;

const MARKER_TEST = new RegExp(PLACEHOLDER_MARKERS.source, 'u');
const FILLER_TEST = new RegExp(PLACEHOLDER_FILLERS.source, 'iu');

/** Whether a text holds a placeholder (the patterns above, without their global state). */
export function hasPlaceholder(text: string): boolean {
  return MARKER_TEST.test(text) || FILLER_TEST.test(text);
}

/** A post whose text is still to write: empty (notes aside), or holding a placeholder in any of its texts. */
export function isStillToWrite(post: Post): boolean {
  if (post.variants.length === 0 && publishedText(post.body).text.trim() === '') return true;
  return [post.body, ...post.variants.map((v) => v.body)].some((span) => hasPlaceholder(publishedText(span).text));
}
