// Hashtags as Instagram and TikTok read them: `#` at the start of a word, then letters, marks,
// digits or underscores (accents included: #café). A `#` followed by a space (a Markdown heading)
// or inside a word (an anchor, `C#`) is not one.
export interface Hashtag {
  tag: string;
  start: number;
  end: number;
}

const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&#])[#＃]([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*)/gu;

export function findHashtags(text: string): Hashtag[] {
  return [...text.matchAll(HASHTAG)].map((m) => ({ tag: m[1]!, start: m.index, end: m.index + m[0].length }));
}
