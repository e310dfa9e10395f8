// What the counting rules read: for each platform a post goes to, the platform's limits (with the
// strategy's own `max_characters` for that account) and the text it publishes there.
import { platformFacts, type TextLimit } from '../../knowledge/index.js';
import { publishedText } from '../../posts/comments.js';
import { textFor, type Post } from '../../posts/types.js';
import type { Strategy } from '../../strategy/types.js';

export interface PlatformText {
  platform: string;
  /** The platform's name as people know it (X (Twitter), Instagram). */
  name: string;
  limit: TextLimit;
  text: ReturnType<typeof publishedText>;
  /** Whether the text is the platform's own variant (else the body). */
  variant: boolean;
}

export function platformTexts(post: Post, strategy: Strategy | undefined): PlatformText[] {
  const platforms = Array.isArray(post.meta.platforms) ? post.meta.platforms.filter((p): p is string => typeof p === 'string') : [];
  const out: PlatformText[] = [];
  for (const platform of new Set(platforms)) {
    const facts = platformFacts(platform);
    if (!facts?.text_limit) continue;
    const own = strategy?.platforms?.find((p) => p.id === platform)?.max_characters;
    const limit = typeof own === 'number' ? { ...facts.text_limit, chars: own } : facts.text_limit;
    const span = textFor(post, platform);
    out.push({ platform, name: facts.name, limit, text: publishedText(span), variant: span !== post.body });
  }
  return out;
}
