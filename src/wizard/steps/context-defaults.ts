// Starting points that depend on why the plan exists; every one is only a default the user changes.
import { sectorFacts } from '../../knowledge/index.js';
import type { Organization } from '../../strategy/types.js';

export type OrganizationContext = NonNullable<Organization['context']>;

/**
 * Platforms pre-ticked for a context and sector. A sector of the knowledge file (B2B: LinkedIn)
 * decides first, since work, not age or habit, says where that audience is; otherwise the context
 * (Québec usage: Facebook first, then Instagram).
 */
export function defaultPlatforms(context: OrganizationContext, sector?: string): string[] {
  const bySector = sectorFacts(sector);
  if (bySector) return [...bySector.platforms];
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
