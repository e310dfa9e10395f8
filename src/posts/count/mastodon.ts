// Mastodon's server (StatusLengthValidator) counts graphemes after two rewrites: every link with its
// protocol becomes 23 characters (`characters_reserved_per_url`), and a mention `@user@server`
// counts as `@user`. The limit is the server's own (500 by default).
import { findLinks } from './links.js';
import { measure, one, type Entity, type Measure } from './measure.js';

// Mastodon's Account::MENTION_RE: not after a word character, `=` or `/`; the username, then the domain.
const REMOTE_MENTION = /(?<![=/\p{L}\p{M}\p{N}_])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)@[\p{L}\p{M}\p{N}_.-]*[\p{L}\p{M}\p{N}_]/giu;

export async function countMastodon(text: string, limits: { chars: number; urlLength: number }): Promise<Measure> {
  const links: Entity[] = (await findLinks(text, { withoutProtocol: false })).map((l) => ({ start: l.start, end: l.end, weight: limits.urlLength }));
  const mentions: Entity[] = [...text.matchAll(REMOTE_MENTION)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, weight: 1 + m[1]!.length }))
    // Links are rewritten first: a mention inside a link is part of the link.
    .filter((m) => !links.some((l) => m.start < l.end && l.start < m.end));
  const entities = [...links, ...mentions].sort((a, b) => a.start - b.start);
  return measure(text, 'graphemes', limits.chars, one, entities);
}
