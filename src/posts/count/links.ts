// Links in a text, as the platforms find them. Mastodon's server finds them with the Ruby port of
// twitter-text's URL pattern (protocol required); Threads and Instagram also see bare domains.
import { pieces } from './chunks.js';
import { twitterText } from './twitter-text.js';

export interface Link {
  url: string;
  start: number;
  end: number;
}

/** A text with no dot followed by a letter holds no link: no need to load twitter-text. */
const MAYBE_LINK = /\.\p{L}/u;

/** The last texts searched: the rules of one post ask for the links of the same text several times. */
const recent = new Map<string, Link[]>();

export async function findLinks(text: string, options: { withoutProtocol: boolean }): Promise<Link[]> {
  if (!MAYBE_LINK.test(text)) return [];
  const key = `${options.withoutProtocol ? 1 : 0}${text}`;
  const known = recent.get(key);
  if (known) return known;
  const links = await search(text, options);
  if (recent.size >= 8) recent.delete(recent.keys().next().value!);
  recent.set(key, links);
  return links;
}

async function search(text: string, options: { withoutProtocol: boolean }): Promise<Link[]> {
  const tt = await twitterText();
  return pieces(text).flatMap((piece) =>
    tt.extractUrlsWithIndices(piece.text, { extractUrlsWithoutProtocol: options.withoutProtocol }).map(({ url, indices: [start, end] }) => ({ url, start: piece.offset + start, end: piece.offset + end })),
  );
}
