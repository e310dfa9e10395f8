// Helpers the post rules share: which texts of a post get published, and finding words in them
// at their exact offsets (the file's offsets, so a finding lands on the word).
import { commentRanges, inRanges } from '../../posts/comments.js';
import type { Post, TextSpan } from '../../posts/types.js';

/** Every text of the post that some platform publishes: the body (unless every platform has a variant), then the variants. */
export function publishedTexts(post: Post): { span: TextSpan; platforms: string[]; variant?: string }[] {
  const platforms = Array.isArray(post.meta.platforms) ? post.meta.platforms.filter((p): p is string => typeof p === 'string') : [];
  const withVariant = new Set(post.variants.map((v) => v.platform));
  const onBody = platforms.filter((p) => !withVariant.has(p));
  const out: { span: TextSpan; platforms: string[]; variant?: string }[] = [];
  if (onBody.length > 0 || platforms.length === 0) out.push({ span: post.body, platforms: onBody });
  const seen = new Set<string>();
  for (const variant of post.variants) {
    if (seen.has(variant.platform)) continue;
    seen.add(variant.platform);
    out.push({ span: variant.body, platforms: [variant.platform], variant: variant.platform });
  }
  return out;
}

/** Every text of the post, published or not (the body and all variants), for checks on words left in. */
export function allTexts(post: Post): TextSpan[] {
  return [post.body, ...post.variants.map((v) => v.body)];
}

/** Each match of `pattern` (global) in the span, at its offset in the file; none inside an HTML comment (nobody publishes those). */
export function matchesIn(span: TextSpan, pattern: RegExp, text = span.text, max = Infinity): { offset: number; length: number; text: string }[] {
  const out: { offset: number; length: number; text: string }[] = [];
  const comments = text.includes('<!--') ? commentRanges(text) : [];
  pattern.lastIndex = 0;
  for (let m; out.length < max && (m = pattern.exec(text)); ) {
    if (m[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    if (inRanges(comments, m.index, m.index + m[0].length)) continue;
    out.push({ offset: span.offset + m.index, length: m[0].length, text: span.text.slice(m.index, m.index + m[0].length) });
  }
  return out;
}

const foldedChars = new Map<string, string>();

/**
 * Lowercase without accents, one code unit per input code unit (offsets stay valid): for matching
 * words. ASCII runs are lowercased at once; other characters are folded one by one, and remembered.
 */
export function foldCase(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const char = text.slice(i, i + width);
    let folded = foldedChars.get(char);
    if (folded === undefined) {
      const bare = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      // Keep the length of the original character, so an offset in the folded text is one in the text.
      folded = bare.length === char.length ? bare : char.toLowerCase().length === char.length ? char.toLowerCase() : char;
      if (foldedChars.size < 10_000) foldedChars.set(char, folded);
    }
    out += text.slice(from, i).toLowerCase() + folded;
    i += width - 1;
    from = i + 1;
  }
  return out + text.slice(from).toLowerCase();
}

/** Escape a text for a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
