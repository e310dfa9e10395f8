// Starting points that depend on why the plan exists; every one is only a default the user changes.
import type { Organization } from '../../strategy/types.js';

export type OrganizationContext = NonNullable<Organization['context']>;

/** Platforms pre-ticked for a context (Québec usage: Facebook first, then Instagram; LinkedIn for B2B). */
export function defaultPlatforms(context: OrganizationContext): string[] {
  switch (context) {
    case 'political-campaign':
      return ['facebook', 'instagram', 'x'];
    case 'recruitment':
      return ['linkedin', 'facebook'];
    case 'product-launch':
      return ['instagram', 'facebook', 'tiktok'];
    default:
      return ['facebook', 'instagram'];
  }
}
