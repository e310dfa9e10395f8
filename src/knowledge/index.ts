// Platform knowledge: facts with their sources, from src/knowledge/platforms.yaml (a file a
// non-programmer can update). CONTRACT used by rules, the wizard, the brief and the calendar:
// keep these exports and signatures stable. (Seed data below until the data file lands.)
import type { Lang } from '../i18n/index.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Period = 'day' | 'week' | 'month';

export interface SourceRef {
  /** What the source supports, e.g. "cadence", "reach", "text_limit". */
  fact: string;
  title: string;
  url: string;
  /** YYYY-MM-DD the fact was last checked. */
  checked_at: string;
}

export interface PlatformFacts {
  id: string;
  name: string;
  /** One line: who is there and what works there. */
  hint: Record<Lang, string>;
  formats: string[];
  text_limit?: { chars: number; counting: 'weighted' | 'graphemes' | 'characters' | 'utf8-bytes-emoji' | 'per-instance'; note?: string };
  /** Recommended posts per `per`, and the minimum to count as active (same unit). */
  cadence: { per: Period; recommended: [number, number]; active_min: number };
  good_days?: Weekday[];
  /** Share (%) of adults in each age band who use the platform. */
  reach?: { region: string; bands: { min: number; max: number; percent: number }[] }[];
  sources: SourceRef[];
}

export interface AudienceFit {
  /** Best reach (%) among the given platforms for that age range, if known. */
  reach?: number;
  /** Catalogue platforms that reach the age range clearly better, best first. */
  better: string[];
}

const SEED: PlatformFacts[] = [];

export const PLATFORMS: readonly PlatformFacts[] = SEED;

export function platformFacts(id: string): PlatformFacts | undefined {
  return PLATFORMS.find((p) => p.id === id);
}

/** Posts per week, whatever the period (a month counts as 52/12 weeks). */
export function postsPerWeek(posts: number, per: Period): number {
  return per === 'day' ? posts * 7 : per === 'week' ? posts : (posts * 12) / 52;
}

export function audienceFit(_age: { min?: number; max?: number }, _platformIds: readonly string[], _region?: string): AudienceFit {
  return { better: [] };
}
