// HTML comments are never published: the words checks skip them, and the counting reads the text
// without them while still pointing at the file's characters.
import { describe, expect, it } from 'vitest';
import { commentRanges, publishedText } from '../../../src/posts/comments.js';

describe('commentRanges', () => {
  it('finds each comment, an unclosed one running to the end', () => {
    expect(commentRanges('a <!-- b --> c <!-- d')).toEqual([[2, 12], [15, 21]]);
    expect(commentRanges('no comment')).toEqual([]);
  });
});

describe('publishedText', () => {
  it('drops comments and maps every kept character back to its offset in the file', () => {
    const span = { text: 'Hello <!-- note --> world\n<!-- plan-disable-next-line x -- y -->\nBye', offset: 100 };
    const published = publishedText(span);
    expect(published.text).toBe('Hello  world\nBye');
    for (let i = 0; i < published.text.length; i++) {
      expect(span.text[published.offsetOf(i) - span.offset]).toBe(published.text[i]);
    }
  });

  it('is the span itself when there is no comment', () => {
    const published = publishedText({ text: 'Plain', offset: 7 });
    expect(published.text).toBe('Plain');
    expect(published.offsetOf(2)).toBe(9);
  });
});
