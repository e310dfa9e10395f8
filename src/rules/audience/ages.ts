// Shared by the audience rules: which platforms publish for a persona, and the adult part of its
// age range (the surveys behind the fit check cover adults only).
import { audienceFit, type AudienceFit } from '../../knowledge/index.js';
import type { Strategy } from '../../strategy/types.js';

export const ADULT = 18;

type Age = { min?: number; max?: number };

/** Ids of the platforms that publish for the audience (listening accounts do not). */
export function platformsFor(strategy: Strategy, audienceId: string): string[] {
  const ids: string[] = [];
  for (const platform of strategy.platforms ?? []) {
    if (platform.role !== 'listening' && platform.audiences?.includes(audienceId)) ids.push(platform.id);
  }
  return ids;
}

/** The age range from 18 on; undefined when the whole range is under 18 or no age is given. */
export function adultPart(age: Age | undefined): Age | undefined {
  if (!age || (age.min === undefined && age.max === undefined)) return undefined;
  if (age.max !== undefined && age.max < ADULT) return undefined;
  return { min: Math.max(age.min ?? ADULT, ADULT), ...(age.max !== undefined ? { max: age.max } : {}) };
}

/** An age range for messages, as each language says it: "65–90" / "65 and over"; "65 à 90 ans" / "65 ans et plus". */
export function showAges(age: Age, lang: 'en' | 'fr'): string {
  const min = age.min ?? ADULT;
  if (age.max === undefined) return lang === 'fr' ? `${min} ans et plus` : `${min} and over`;
  return lang === 'fr' ? `${min} à ${age.max} ans` : `${min}–${age.max}`;
}

type Audience = NonNullable<Strategy['audiences']>[number];

export interface AudienceReach {
  /** The adult part of the audience's age range. */
  age: Age;
  /** The platforms that publish for it. */
  ids: string[];
  region: string | undefined;
  fit: AudienceFit;
}

// Two rules (audience/platform-fit, audience/no-age-data) ask the same question of every audience
// of every file: the answer is kept per audience object, and reused only for the same question
// (the fit is a function of the age range, the platforms and the region, compared each time).
const reachOfAudience = new WeakMap<Audience, AudienceReach>();

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How the strategy's platforms reach an audience; undefined when it has no adult age range. */
export function audienceReach(strategy: Strategy, audience: Audience): AudienceReach | undefined {
  const age = adultPart(audience.age);
  if (!age) return undefined;
  const ids = platformsFor(strategy, audience.id);
  const region = strategy.organization?.region;
  const known = reachOfAudience.get(audience);
  if (known && known.age.min === age.min && known.age.max === age.max && known.region === region && sameIds(known.ids, ids)) return known;
  const reach = { age, ids, region, fit: audienceFit(age, ids, region) };
  reachOfAudience.set(audience, reach);
  return reach;
}
