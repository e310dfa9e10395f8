// The post rules registry: each rule lives in its own file; add new ones to this list.
import type { PostRule, PostSetRule } from '../../posts/types.js';
import { postPlatformNotChosen } from './platform-not-chosen.js';
import { postUnknownReference } from './unknown-reference.js';
import { postBlackoutDate } from './blackout-date.js';
import { postFormOfAddress } from './form-of-address.js';
import { postMissingDisclosure } from './missing-disclosure.js';
import { postApproval } from './approval.js';
import { postPlaceholder } from './placeholder.js';
import { postTooLong } from './too-long.js';
import { postHashtagLimit } from './hashtag-limit.js';
import { postHashtagsShown } from './hashtags-shown.js';
import { postLinkLimit } from './link-limit.js';
import { postLinkNotClickable } from './link-not-clickable.js';
import { postForbiddenCharacters } from './forbidden-characters.js';
import { postFrenchText } from './french-text.js';
import { POST_SET_RULES } from './set-rules.js';

export const POST_RULES: readonly PostRule[] = [
  postPlatformNotChosen,
  postUnknownReference,
  postBlackoutDate,
  postFormOfAddress,
  postMissingDisclosure,
  postApproval,
  postPlaceholder,
  postTooLong,
  postHashtagLimit,
  postHashtagsShown,
  postLinkLimit,
  postLinkNotClickable,
  postForbiddenCharacters,
  postFrenchText,
] as PostRule[];

/** Findings the post check itself makes (not rule files), configurable and silenceable like rules. */
export const POST_CHECK_IDS = ['posts/syntax', 'posts/no-strategy'] as const;

/** Every id a `.planrc.yaml` or a directive may name for posts. */
export const POST_RULE_IDS: readonly string[] = [...POST_RULES.map((rule) => rule.id), ...POST_SET_RULES.map((rule) => rule.id), ...POST_CHECK_IDS];

const byId = new Map<string, PostRule | PostSetRule>([...POST_RULES, ...POST_SET_RULES].map((rule) => [rule.id, rule]));

export function findPostRule(id: string): PostRule | PostSetRule | undefined {
  return byId.get(id);
}
