import type { PostHit, TextSpan } from '../../posts/types.js';
import { allTexts, escapeRegExp, foldCase, matchesIn } from './text.js';
import { definePostRule } from './define.js';

const DUE: readonly unknown[] = ['ready', 'scheduled', 'published'];

/** Words that say nothing of a topic on their own (both languages), left out of its keywords. */
const STOP = new Set(['avec', 'dans', 'sans', 'pour', 'plus', 'tout', 'tous', 'toute', 'toutes', 'nous', 'vous', 'leur', 'leurs', 'notre', 'votre', 'etre', 'faire', 'comme', 'from', 'with', 'about', 'your', 'their', 'this', 'that', 'other', 'never', 'jamais', 'every', 'chaque']);

/** How much of a word must match: `politics` also finds `political` and `politique`, `allergies` finds `allergènes`. */
function stem(word: string): string {
  return word.length <= 5 ? word : word.slice(0, Math.max(5, Math.ceil(word.length * 0.6)));
}

/**
 * A topic's keywords as patterns on folded text (case and accents ignored), each word by its stem.
 * A long `dont` sentence ("Post the same text on every platform without adapting it") is a habit,
 * not a topic to spot in a text: more than four keywords, and it has none.
 */
function keywordPatterns(topic: string): RegExp[] {
  const words = [...new Set(foldCase(topic).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !STOP.has(w)))];
  if (words.length > 4) return [];
  return words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stem(w))}[\\p{L}\\p{N}]*`, 'gu'));
}

/** Where the post touches the topic: at its first keyword, when two of them (or its only one) are in the text. */
function touches(texts: readonly { span: TextSpan; folded: string }[], topic: string): { offset: number; length: number; text: string } | undefined {
  const patterns = keywordPatterns(topic);
  if (patterns.length === 0) return undefined;
  const found = patterns
    .map((pattern) => texts.map(({ span, folded }) => matchesIn(span, pattern, folded, 1)[0]).find((m) => m !== undefined))
    .filter((m) => m !== undefined);
  if (found.length < Math.min(2, patterns.length)) return undefined;
  return found.sort((a, b) => a.offset - b.offset)[0];
}

const sameName = (a: string, b: string) => foldCase(a.trim()).replace(/\s+/g, ' ') === foldCase(b.trim()).replace(/\s+/g, ' ');

// error: edgy humour and sensitive topics are where posts go wrong in public; the strategy asks for a
// second pair of eyes (`sensitive_topics`: "always need a second approver").
export const postApproval = definePostRule({
  id: 'posts/approval',
  severity: 'error',
  messages: {
    en: {
      rationale: 'A post with edgy humour, or whose text touches the strategy’s `sensitive_topics` or `dont` list, is approved by someone other than its author before it goes out.',
      fix: 'Have someone other than the author read the post, and write their name in `approved_by`.',
      edgy: 'Edgy humour needs a second pair of eyes before the post goes out. {who}',
      topic: '`{text}` touches “{topic}”, which the strategy lists in `{list}`. {who}',
      missing: 'Ask someone other than the author to approve it and write their name in `approved_by`.',
      self: '`approved_by` is the author ({author}): ask someone else to approve it.',
    },
    fr: {
      rationale: 'Une publication à l’humour osé, ou dont le texte touche les `sensitive_topics` ou la liste `dont` de la stratégie, est approuvée par une autre personne que son auteur avant de paraître.',
      fix: 'Faites relire la publication par une autre personne que l’auteur, et écrivez son nom dans `approved_by`.',
      edgy: 'L’humour osé demande un deuxième regard avant que la publication paraisse. {who}',
      topic: '`{text}` touche « {topic} », que la stratégie classe dans `{list}`. {who}',
      missing: 'Demandez à une autre personne que l’auteur de l’approuver, et écrivez son nom dans `approved_by`.',
      self: '`approved_by` est l’auteur ({author}) : demandez à quelqu’un d’autre de l’approuver.',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\ndate: 2027-01-12\nstatus: ready\nhumour: edgy\nauthor: Léa\napproved_by: Marc\n---\nOur croissants: better than your ex.\n',
    fail: '---\nplatforms: [instagram]\ndate: 2027-01-12\nstatus: ready\nhumour: edgy\nauthor: Léa\n---\nOur croissants: better than your ex.\n',
    fr: {
      pass: '---\nplatforms: [instagram]\ndate: 2027-01-12\nstatus: ready\nhumour: edgy\nauthor: Léa\napproved_by: Marc\n---\nNos croissants : plus fidèles que ton ex.\n',
      fail: '---\nplatforms: [instagram]\ndate: 2027-01-12\nstatus: ready\nhumour: edgy\nauthor: Léa\n---\nNos croissants : plus fidèles que ton ex.\n',
    },
  },
  check(post, { t, strategy }) {
    if (!DUE.includes(post.meta.status)) return [];
    const author = typeof post.meta.author === 'string' ? post.meta.author : undefined;
    const approver = typeof post.meta.approved_by === 'string' ? post.meta.approved_by : undefined;
    if (approver !== undefined && (author === undefined || !sameName(approver, author))) return [];
    const self = approver !== undefined;
    const who = self ? t('self', { author: author! }) : t('missing');
    // Approved by the author: the finding goes on `approved_by`, where the fix is.
    const at = (hit: PostHit): PostHit => (self ? { path: ['approved_by'], message: hit.message } : hit);
    const hits: PostHit[] = [];
    if (post.meta.humour === 'edgy') hits.push(at({ path: ['humour'], message: t('edgy', { who }) }));
    const line = strategy?.editorial_line;
    const lists = [
      ['sensitive_topics', line?.sensitive_topics],
      ['dont', line?.dont],
    ] as const;
    // Folded once (case and accents dropped, offsets kept), for every keyword of every topic.
    const texts = allTexts(post).map((span) => ({ span, folded: foldCase(span.text) }));
    for (const [list, topics] of lists) {
      for (const topic of topics ?? []) {
        if (typeof topic !== 'string') continue;
        const m = touches(texts, topic);
        if (m) hits.push(at({ offset: m.offset, length: m.length, message: t('topic', { text: m.text, topic, list, who }) }));
      }
    }
    // Approved by the author: one finding on `approved_by` says it all.
    return self ? hits.slice(0, 1) : hits;
  },
});
