// The posts as the messages a scheduler gets: one row per post and platform, with that platform's
// text as it will be published (its variant, else the body; notes in HTML comments taken out).
import { compareCodeUnits } from '../../text/compare.js';
import { publishedText } from '../comments.js';
import { textFor, type Post } from '../types.js';

export interface ExportRow {
  post: Post;
  platform: string;
  /** The text the platform publishes. */
  text: string;
  date?: string;
  time?: string;
}

export interface RowFilter {
  /** Only these platforms. */
  platforms?: readonly string[];
  /** Inclusive YYYY-MM-DD bounds; a post without a date is outside any bound. */
  from?: string;
  to?: string;
}

/**
 * The text of `platform`'s message: its variant or the body, without the `<!-- -->` notes (nobody
 * publishes them), exactly as the counting rules count it (comments.ts).
 */
export function publishedTextFor(post: Post, platform: string): string {
  return publishedText(textFor(post, platform)).text;
}

/**
 * Published posts are online already: no export gives them again. A scheduler (Hootsuite) gets only
 * posts ready to go out (`ready`, `scheduled`): a draft's text is not final. A sheet or a calendar
 * for review gets the drafts too.
 */
export function isExportable(post: Post, forScheduler: boolean): boolean {
  if (post.meta.status === 'published') return false;
  return !forScheduler || post.meta.status === 'ready' || post.meta.status === 'scheduled';
}

/** The rows of the posts, by date and time, then platform and file. */
export function exportRows(posts: readonly Post[], filter: RowFilter = {}): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const post of posts) {
    const date = typeof post.meta.date === 'string' ? post.meta.date : undefined;
    if ((filter.from !== undefined || filter.to !== undefined) && date === undefined) continue;
    if (filter.from !== undefined && date! < filter.from) continue;
    if (filter.to !== undefined && date! > filter.to) continue;
    const platforms = Array.isArray(post.meta.platforms) ? post.meta.platforms.filter((p): p is string => typeof p === 'string') : [];
    for (const platform of new Set(platforms)) {
      if (filter.platforms && !filter.platforms.includes(platform)) continue;
      const time = typeof post.meta.time === 'string' ? post.meta.time : undefined;
      rows.push({ post, platform, text: publishedTextFor(post, platform), ...(date ? { date } : {}), ...(time ? { time } : {}) });
    }
  }
  return rows.sort((a, b) => compareCodeUnits(a.date ?? '', b.date ?? '') || compareCodeUnits(a.time ?? '', b.time ?? '') || compareCodeUnits(a.platform, b.platform) || compareCodeUnits(a.post.file, b.post.file));
}
