// The shapes of a post file and of the checks on it, apart from the code, so that the parser, the
// rules, the writers and the report all import these and nothing else of each other.
import type { PathSegment, Severity } from '../diagnostics.js';
import type { Catalog, Lang, Translate } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import type { SourceId } from '../rules/sources.js';

export type PostStatus = 'draft' | 'ready' | 'scheduled' | 'published';

/**
 * A run of text inside the post file, kept with its place so that a finding on a character can say
 * its exact line and column: `offset` is the UTF-16 index of `text[0]` in the file's text.
 */
export interface TextSpan {
  text: string;
  offset: number;
}

/** A platform's own version of the text (a shorter X text, a LinkedIn version). */
export interface PostVariant {
  platform: string;
  body: TextSpan;
  /** Where the variant's opening marker is, for findings about the variant itself. */
  marker: TextSpan;
}

/** The front matter fields (the post schema, schemas/post.schema.json, says which are required). */
export interface PostMeta {
  platforms?: string[];
  date?: string;
  time?: string;
  pillar?: string;
  objective?: string;
  audience?: string;
  campaign?: string;
  status?: PostStatus;
  sponsored?: boolean;
  partner?: string;
  author?: string;
  approved_by?: string;
  humour?: 'none' | 'light' | 'edgy';
  [key: string]: unknown;
}

export interface Post {
  /** The file as the user named it. */
  file: string;
  /** The whole file text, line ends normalised to \n (offsets count in this text). */
  text: string;
  meta: PostMeta;
  /** The text every platform without a variant gets. */
  body: TextSpan;
  variants: PostVariant[];
}

/** The text a platform publishes: its variant when there is one, else the body. */
export function textFor(post: Post, platform: string): TextSpan {
  return post.variants.find((variant) => variant.platform === platform)?.body ?? post.body;
}

/**
 * A post rule's hit: at a front matter field (`path`, as strategy rules do), or at characters of the
 * text (`offset` in the file's text, `length` code units; the first character over a limit, the word
 * at fault).
 */
export type PostHit = ({ path: PathSegment[]; anchor?: 'key' | 'value' } | { offset: number; length?: number }) & { message: string };

export interface PostRuleContext<K extends string> {
  t: Translate<K>;
  lang: Lang;
  now: Date;
  /** The strategy the post belongs to, when one was found and it passed its schema. */
  strategy?: Strategy;
}

export interface PostRule<K extends string = string> {
  /** Stable id, `posts/name`. */
  id: string;
  severity: Severity;
  sources?: readonly SourceId[];
  messages: Catalog<K | 'rationale' | 'fix'>;
  examples?: { pass: string; fail: string; fr?: { pass: string; fail: string } };
  /** Async so that a rule loads its heavy library (twitter-text, a language detector) only when a post needs it. */
  check(post: Post, context: PostRuleContext<K | 'rationale' | 'fix'>): PostHit[] | Promise<PostHit[]>;
  meta: { docs: { url: string } };
}

/**
 * What a rule over the posts of one strategy gets: the window it looks at (`.planrc.yaml` `mix:`,
 * src/posts/mix.ts) and how far the posts may be from the plan before it says so.
 */
export type PostSetRuleContext<K extends string> = PostRuleContext<K> & {
  window: { from: string; to: string };
  /** Percentage points a pillar's share may be off; posts a week a platform may be off its cadence. */
  tolerance: { share: number; posts: number };
  strategy: Strategy;
};

/** A rule over all the posts of a run at once (the pillar mix, the weekly cadence). */
export interface PostSetRule<K extends string = string> extends Omit<PostRule<K>, 'check'> {
  checkAll(posts: readonly Post[], context: PostSetRuleContext<K | 'rationale' | 'fix'>): { post: Post; hit: PostHit }[];
}
