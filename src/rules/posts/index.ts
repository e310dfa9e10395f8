// The post rules registry: each rule lives in its own file; add new ones to this list.
import type { PostRule } from '../../posts/types.js';
import { postUnknownPlatform } from './unknown-platform.js';
import { postUnknownReference } from './unknown-reference.js';
import { postBlackoutDate } from './blackout-date.js';
import { postAddress } from './address.js';
import { postDisclosure } from './disclosure.js';
import { postApproval } from './approval.js';
import { postPlaceholder } from './placeholder.js';
import { POST_SET_RULES } from './set-rules.js';

export const POST_RULES: readonly PostRule[] = [
  postUnknownPlatform,
  postUnknownReference,
  postBlackoutDate,
  postAddress,
  postDisclosure,
  postApproval,
  postPlaceholder,
] as PostRule[];

/** Findings the post check itself makes (not rule files), configurable and silenceable like rules. */
export const POST_CHECK_IDS = ['posts/syntax', 'posts/no-strategy'] as const;

/** Every id a `.planrc.yaml` or a directive may name for posts. */
export const POST_RULE_IDS: readonly string[] = [...POST_RULES.map((rule) => rule.id), ...POST_SET_RULES.map((rule) => rule.id), ...POST_CHECK_IDS];
