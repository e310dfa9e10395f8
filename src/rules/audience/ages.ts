// Shared by the audience rules: which platforms publish for a persona, and the adult part of its
// age range (the surveys behind the fit check cover adults only).
import type { Strategy } from '../../strategy/types.js';

export const ADULT = 18;

type Age = { min?: number; max?: number };

/** Ids of the platforms that publish for the audience (listening accounts do not). */
export function platformsFor(strategy: Strategy, audienceId: string): string[] {
  return (strategy.platforms ?? [])
    .filter((p) => p.role !== 'listening' && (p.audiences ?? []).includes(audienceId))
    .map((p) => p.id);
}

/** The age range from 18 on; undefined when the whole range is under 18 or no age is given. */
export function adultPart(age: Age | undefined): Age | undefined {
  if (!age || (age.min === undefined && age.max === undefined)) return undefined;
  if (age.max !== undefined && age.max < ADULT) return undefined;
  return { min: Math.max(age.min ?? ADULT, ADULT), ...(age.max !== undefined ? { max: age.max } : {}) };
}

/** "65–90", "18–…" for messages. */
export function showAges(age: Age): string {
  return `${age.min ?? ADULT}–${age.max ?? '…'}`;
}
