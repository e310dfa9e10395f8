// The strategy's TypeScript types are generated from schemas/strategy.schema.json (the single
// source of truth) by scripts/generate.mjs; this module gives the handy names the code uses.
import type { SocialMediaStrategy } from '../generated/strategy.js';

export type Strategy = SocialMediaStrategy;
export type Organization = Strategy['organization'];
export type PlatformEntry = Strategy['platforms'][number];
export type AudienceEntry = Strategy['audiences'][number];
export type EditorialLine = Strategy['editorial_line'];
export type Tone = EditorialLine['tone'];
export type Pillar = NonNullable<EditorialLine['pillars']>[number];
export type Objective = NonNullable<Strategy['objectives']>[number];
export type ObjectiveMeasure = NonNullable<Objective['measure']>;
export type Community = NonNullable<Strategy['community']>;
export type Crisis = NonNullable<Strategy['crisis']>;
export type CrisisTier = NonNullable<Crisis['tiers']>[number];
export type Policy = NonNullable<Strategy['policy']>;
export type Measurement = NonNullable<Strategy['measurement']>;
export type CalendarSettings = NonNullable<Strategy['calendar']>;
export type Cadence = NonNullable<PlatformEntry['cadence']>;
