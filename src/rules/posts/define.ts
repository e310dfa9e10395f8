// Declaring a post rule: its docs URL is its heading in docs/posts.md, as strategy rules' is in docs/rules.md.
import type { PostRule } from '../../posts/types.js';
import { headingAnchor, HOMEPAGE } from '../docs.js';

export function postRuleDocsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/docs/posts.md#${headingAnchor(ruleId)}`;
}

/** Declare a post rule with its message keys checked by the type system. */
export function definePostRule<const K extends string>(definition: Omit<PostRule<K>, 'meta'>): PostRule<K> {
  return { ...definition, meta: { docs: { url: postRuleDocsUrl(definition.id) } } };
}
