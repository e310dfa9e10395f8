// twitter-text (X's own counting and link extraction) is large and slow to load (core-js 2 and a
// TLD list): it is imported only when a post's text needs it, once per run.
import type * as TwitterText from 'twitter-text';

/** The library as it is, with the published configs its types leave out (config/v3.json). */
export type Lib = typeof TwitterText & { configs: Record<'defaults' | 'version3', TwitterText.ParseTweetOptions & { emojiParsingEnabled?: boolean }> };
let loading: Promise<Lib> | undefined;

export function twitterText(): Promise<Lib> {
  loading ??= import('twitter-text').then((m: unknown) => ((m as { default?: Lib }).default ?? m) as Lib);
  return loading;
}
