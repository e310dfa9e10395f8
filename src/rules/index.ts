// The rule registry. Each rule lives in its own file; add new ones to this list.
import type { Rule } from './types.js';
import { duplicateId } from './refs/duplicate-id.js';
import { unknownAudience } from './refs/unknown-audience.js';
import { unknownPlatform } from './refs/unknown-platform.js';
import { unknownTimeZone } from './refs/unknown-time-zone.js';
import { pillarShares } from './refs/pillar-shares.js';
import { audienceUnreached } from './refs/audience-unreached.js';
import { platformWithoutAudience } from './refs/platform-without-audience.js';
import { objectivesSmart } from './objectives/smart.js';
import { objectivesBaseline } from './objectives/baseline.js';
import { objectivesNotFollowable } from './objectives/not-followable.js';
import { deadlinePassed } from './review/deadline-passed.js';
import { reviewOverdue } from './review/review-overdue.js';
import { platformFit } from './audience/platform-fit.js';
import { noAgeData } from './audience/no-age-data.js';
import { minors } from './audience/minors.js';
import { platformNotInCatalogue } from './platforms/not-in-catalogue.js';
import { activePresence } from './platforms/active-presence.js';
import { overreach } from './platforms/overreach.js';
import { promoShare } from './editorial/promo-share.js';
import { address } from './editorial/address.js';
import { voice } from './editorial/voice.js';
import { riskyHumour } from './editorial/risky-humour.js';
import { responseTime } from './community/response-time.js';
import { careTarget } from './community/care-target.js';
import { criticism } from './community/criticism.js';
import { deletionRules } from './community/deletion-rules.js';
import { readiness } from './crisis/readiness.js';
import { usage } from './policy/usage.js';
import { disclosure } from './policy/disclosure.js';
import { quebecFrench } from './language/quebec-french.js';
import { targetDirection } from './consistency/target-direction.js';
import { growthPace } from './consistency/growth-pace.js';
import { deadlineHorizon } from './consistency/deadline-horizon.js';
import { reviewDate } from './consistency/review-date.js';
import { cadenceDays } from './consistency/cadence-days.js';
import { unwatchedPosts } from './consistency/unwatched-posts.js';
import { teamSize } from './consistency/team-size.js';
import { primaryWithoutObjective } from './consistency/primary-without-objective.js';
import { objectiveOnListening } from './consistency/objective-on-listening.js';
import { crisisLevels } from './consistency/crisis-levels.js';
import { crisisResponseOrder } from './consistency/crisis-response-order.js';
import { crisisEscalation } from './consistency/crisis-escalation.js';
import { crisisPeople } from './consistency/crisis-people.js';
import { crisisAfterHours } from './consistency/crisis-after-hours.js';
import { rehearsalDate } from './consistency/rehearsal-date.js';
import { roleCadence } from './consistency/role-cadence.js';
import { objectivePillar } from './consistency/objective-pillar.js';
import { careTargetPromise } from './consistency/care-target-promise.js';
import { addressAudience } from './consistency/address-audience.js';
import { keyDate } from './calendar/key-date.js';
import { promoOnBlackout } from './calendar/promo-on-blackout.js';
import { keyDatesUnplanned } from './calendar/key-dates-unplanned.js';

export const RULES: readonly Rule[] = [
  duplicateId,
  unknownAudience,
  unknownPlatform,
  unknownTimeZone,
  pillarShares,
  audienceUnreached,
  platformWithoutAudience,
  objectivesSmart,
  objectivesBaseline,
  objectivesNotFollowable,
  deadlinePassed,
  reviewOverdue,
  platformFit,
  noAgeData,
  minors,
  platformNotInCatalogue,
  activePresence,
  overreach,
  promoShare,
  address,
  voice,
  riskyHumour,
  responseTime,
  careTarget,
  criticism,
  deletionRules,
  readiness,
  usage,
  disclosure,
  quebecFrench,
  targetDirection,
  growthPace,
  careTargetPromise,
  deadlineHorizon,
  reviewDate,
  cadenceDays,
  unwatchedPosts,
  teamSize,
  primaryWithoutObjective,
  objectiveOnListening,
  roleCadence,
  objectivePillar,
  addressAudience,
  crisisLevels,
  crisisResponseOrder,
  crisisEscalation,
  crisisPeople,
  crisisAfterHours,
  rehearsalDate,
  keyDate,
  promoOnBlackout,
  keyDatesUnplanned,
] as Rule[];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
