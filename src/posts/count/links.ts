// Links in a text, as the platforms find them. Mastodon's server finds them with the Ruby port of
// twitter-text's URL pattern (protocol required); Threads and Instagram also see bare domains.
import { twitterText } from './twitter-text.js';

export interface Link {
  url: string;
  start: number;
  end: number;
}

/** A text with no dot followed by a letter holds no link: no need to load twitter-text. */
const MAYBE_LINK = /\.\p{L}/u;

export async function findLinks(text: string, options: { withoutProtocol: boolean }): Promise<Link[]> {
  if (!MAYBE_LINK.test(text)) return [];
  const tt = await twitterText();
  return tt
    .extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: options.withoutProtocol })
    .map(({ url, indices: [start, end] }) => ({ url, start, end }));
}
