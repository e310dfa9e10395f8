// The rule registry. Each rule lives in its own file; add new ones to this list.
import type { Rule } from './types.js';
import { duplicateId } from './refs/duplicate-id.js';
import { unknownAudience } from './refs/unknown-audience.js';
import { unknownPlatform } from './refs/unknown-platform.js';
import { pillarShares } from './refs/pillar-shares.js';
import { audienceUnreached } from './refs/audience-unreached.js';
import { platformWithoutAudience } from './refs/platform-without-audience.js';

export const RULES: readonly Rule[] = [
  duplicateId,
  unknownAudience,
  unknownPlatform,
  pillarShares,
  audienceUnreached,
  platformWithoutAudience,
] as Rule[];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
