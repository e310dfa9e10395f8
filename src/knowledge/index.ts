// Platform knowledge: facts with their sources, from src/knowledge/platforms.yaml (a file a
// non-programmer can update), checked and converted to src/generated/platforms.json at build time.
import type { Lang } from '../i18n/index.js';
import data from '../generated/platforms.json' with { type: 'json' };
import { compareCodeUnits } from '../text/compare.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Period = 'day' | 'week' | 'month';

export interface SourceRef {
  /** What the source supports: "formats", "text_limit", "cadence", "good_days", "posting_time", "reach:US", "reach:CA-QC". */
  fact: string;
  title: string;
  url: string;
  /** YYYY-MM-DD the fact was last checked. */
  checked_at: string;
  /** An aggregator, mirror or vendor blog without its own source: fine as a default, not as authority. */
  weak?: boolean;
}

/** How a platform counts a post's text, and its limits (src/posts/count/ applies them). */
export interface TextLimit {
  /** The length limit, in the unit `counting` names. */
  chars: number;
  /** weighted: twitter-text; characters: UTF-16 code units; per-instance: graphemes, links as `url_length`, each server's own limit. */
  counting: 'weighted' | 'graphemes' | 'characters' | 'utf8-bytes' | 'per-instance';
  /** A second limit in UTF-8 bytes (Bluesky). */
  bytes?: number;
  /** What every link counts, whatever its length (X, Mastodon). */
  url_length?: number;
  links?: { max?: number; clickable?: boolean };
  /** `max`: refused above; `shown`: no more than this many are shown or kept. */
  hashtags?: { max?: number; shown?: number };
  /** The limit of a post's title (YouTube). */
  title?: number;
  /** Characters refused in the text and the title (YouTube: `<>`). */
  forbidden?: string;
  note?: Record<Lang, string>;
}

export interface PlatformFacts {
  id: string;
  name: string;
  /** One line: who is there and what works there. */
  hint: Record<Lang, string>;
  /** The hint without figures, for a region other than CA-QC (the figures of `hint` are Québec's and the US's). */
  hint_general?: Record<Lang, string>;
  formats: string[];
  /** True when the formats are common knowledge with no cited source. */
  formats_weak?: boolean;
  text_limit?: TextLimit;
  /** Recommended posts per `per`, and the minimum to count as active (same unit; `week` in the shipped data). */
  cadence: { per: Period; recommended: [number, number]; active_min: number; note?: Record<Lang, string> };
  /** Only when a source names them; absent for every platform today. */
  good_days?: Weekday[];
  /** A default time to post (HH:MM, local time) when the cadence gives none; its source is `posting_time`. */
  posting_time?: string;
  /** Share (%) of adults in each age band who use the platform; `max: 120` means "and older". */
  reach?: { region: string; bands: { min: number; max: number; percent: number }[] }[];
  sources: SourceRef[];
}

export interface AudienceFit {
  /** Best reach (%) among the given platforms for that age range, if known. */
  reach?: number;
  /** Catalogue platforms that reach the age range clearly better, best first. */
  better: string[];
  /** Given catalogue platforms with no figure for that age range (see `estimateReach`, strict). */
  unknown?: string[];
}

export const PLATFORMS: readonly PlatformFacts[] = (data as unknown as { platforms: PlatformFacts[] }).platforms;

/** A sector whose audience is on given platforms whatever its age (B2B on LinkedIn), with its source. */
export interface SectorFacts {
  id: string;
  /** Beginnings of words of the sector as people type it, accents folded. */
  words: string[];
  /** Platform ids, best first. */
  platforms: string[];
  note: Record<Lang, string>;
  source: SourceRef;
}

export const SECTORS: readonly SectorFacts[] = (data as unknown as { sectors?: SectorFacts[] }).sectors ?? [];

/** The sector facts that a free-text sector ("B2B software", "Logiciel de paie") matches, if any. */
export function sectorFacts(sector: string | undefined): SectorFacts | undefined {
  if (!sector) return undefined;
  const words = ` ${sector.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
  return SECTORS.find((s) => s.words.some((w) => words.includes(` ${w.replace(/[^a-z0-9]+/g, ' ')}`)));
}


const indexById = new Map(PLATFORMS.map((p, i) => [p.id, i]));

export function platformFacts(id: string): PlatformFacts | undefined {
  const index = indexById.get(id);
  return index === undefined ? undefined : PLATFORMS[index];
}

/** Posts per week, whatever the period (a month counts as 52/12 weeks). */
export function postsPerWeek(posts: number, per: Period): number {
  return per === 'day' ? posts * 7 : per === 'week' ? posts : (posts * 12) / 52;
}

/** How many points a platform must beat the chosen ones by to be named as a better fit. */
export const BETTER_MARGIN = 15;
/** Under this estimated reach (%) of an age range, a platform reaches it poorly. */
export const FAIR_REACH = 30;
/**
 * A platform that this share (%) of all adults uses is taken to reach every adult age, even without
 * a figure for that age (Facebook, YouTube). Below it, an all-adults figure says little about ages
 * beyond the platform's own age bands: TikTok's 33% of US adults hides 62% of 18–29s and far fewer
 * seniors.
 */
export const MAINSTREAM = 50;
/** Oldest age the estimate looks at: the surveys' last band is open-ended ("65 and older"). */
const OLDEST = 90;
const ADULT = 18;

/** The reach data to use for a region: its own survey when the data has one, else the US (Pew). */
function reachFor(facts: PlatformFacts, region?: string): { bands: { min: number; max: number; percent: number }[] } | undefined {
  const sets = facts.reach ?? [];
  if (region) {
    const exact = sets.find((r) => r.region === region) ?? sets.find((r) => region.startsWith(r.region + '-'));
    if (exact) return exact;
  }
  return sets.find((r) => r.region === 'US');
}

type Band = { min: number; max: number; percent: number };

function narrowest(bands: readonly Band[], year: number): Band | undefined {
  let best: Band | undefined;
  for (const band of bands) {
    if (year < band.min || year > band.max) continue;
    if (!best || band.max - band.min < best.max - best.min) best = band;
  }
  return best;
}

const isAllAdults = (band: Band) => band.min <= ADULT && band.max >= 120;

/** The bands an estimate reads for one platform and region, and the ages its own bands cover. */
interface ReachContext {
  local: readonly Band[];
  us: readonly Band[];
  /** The youngest and oldest ages of the platform's bands other than all-adults ones. */
  lo: number;
  hi: number;
}

function reachContext(facts: PlatformFacts, region?: string): ReachContext {
  const local = reachFor(facts, region)?.bands ?? [];
  const us = region && region !== 'US' ? reachFor(facts, 'US')?.bands ?? [] : [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const bands of [local, us]) {
    for (const b of bands) {
      if (isAllAdults(b)) continue;
      lo = Math.min(lo, b.min);
      hi = Math.max(hi, b.max);
    }
  }
  return { local, us, lo, hi };
}

/** The figure (%) used for one age, or undefined when there is none (see estimateReach). */
function figureAt({ local, us, lo, hi }: ReachContext, year: number, strict: boolean): number | undefined {
  const mine = narrowest(local, year);
  const fallback = us === local ? undefined : narrowest(us, year);
  const band = mine && !isAllAdults(mine) ? mine : fallback && (!mine || !isAllAdults(fallback)) ? fallback : mine;
  // Strict: the ages this platform has figures of its own for. Between them, the all-adults figure is
  // a fair guess; beyond them (TikTok's 18–29 figure says nothing of 65+), it is no evidence.
  if (band && strict && isAllAdults(band) && band.percent < MAINSTREAM && lo <= hi && (year < lo || year > hi)) return undefined;
  return band?.percent;
}

/**
 * The figures of one platform for every whole age 0..OLDEST, with running totals so that an estimate
 * over any range of whole ages is two subtractions: rules estimate all 12 platforms for every
 * audience of every file (1,000 files in one `plan validate`).
 */
interface AgeFigures {
  byAge: readonly (number | undefined)[];
  /** sum[a]: the figures of ages below a; covered[a]: how many of them have one. */
  sum: Float64Array;
  covered: Int32Array;
  /** Integer figures (the data has only those) add up exactly: the totals equal a year-by-year sum. */
  exact: boolean;
}

/** By strictness (0 loose, 1 strict) and region ('' for none): each platform's figures, by catalogue index. */
const figureMemo = [new Map<string, (AgeFigures | undefined)[]>(), new Map<string, (AgeFigures | undefined)[]>()] as const;

/** The figures of every platform for a region, filled in as platforms are asked for. */
function figureTables(region: string | undefined, strict: boolean): (AgeFigures | undefined)[] {
  const byRegion = figureMemo[strict ? 1 : 0];
  let tables = byRegion.get(region ?? '');
  if (!tables) {
    // Regions come from user files: keep the memo small whatever they hold.
    if (byRegion.size >= 100) byRegion.clear();
    byRegion.set(region ?? '', (tables = new Array<AgeFigures | undefined>(PLATFORMS.length).fill(undefined)));
  }
  return tables;
}

function figuresOf(tables: (AgeFigures | undefined)[], index: number, region: string | undefined, strict: boolean): AgeFigures {
  let figures = tables[index];
  if (!figures) {
    const context = reachContext(PLATFORMS[index]!, region);
    const byAge = Array.from({ length: OLDEST + 1 }, (_, year) => figureAt(context, year, strict));
    const sum = new Float64Array(OLDEST + 2);
    const covered = new Int32Array(OLDEST + 2);
    byAge.forEach((percent, year) => {
      sum[year + 1] = sum[year]! + (percent ?? 0);
      covered[year + 1] = covered[year]! + (percent === undefined ? 0 : 1);
    });
    figures = { byAge, sum, covered, exact: byAge.every((percent) => percent === undefined || Number.isInteger(percent)) };
    tables[index] = figures;
  }
  return figures;
}

/**
 * Estimated reach (%) of one platform for an age range: each year of the range takes the value of
 * the narrowest band that contains it, and the years are averaged. The region's own survey
 * (NETendances for CA-QC) comes first; where it has only an all-adults figure or nothing for an
 * age, the narrower US band (Pew) is used. Undefined when the data covers less than half of the
 * range (minors, or a platform without figures). `strict` ignores an all-adults figure under
 * MAINSTREAM for ages beyond the platform's own age bands (no evidence for them), and needs
 * figures for a third of the range.
 */
export function estimateReach(platformId: string, age: { min?: number; max?: number }, region?: string, options: { strict?: boolean } = {}): number | undefined {
  const index = indexById.get(platformId);
  const strict = options.strict ?? false;
  return index === undefined ? undefined : estimateFor(index, figureTables(region, strict), age, region, strict);
}

function estimateFor(index: number, tables: (AgeFigures | undefined)[], age: { min?: number; max?: number }, region: string | undefined, strict: boolean): number | undefined {
  const from = Math.max(age.min ?? ADULT, 0);
  const to = Math.min(age.max ?? OLDEST, OLDEST);
  if (to < from) return undefined;
  let sum = 0;
  let covered = 0;
  // Whole ages (what the schema allows) read the tables; anything else is computed year by year.
  const figures = Number.isInteger(from) ? figuresOf(tables, index, region, strict) : undefined;
  if (figures?.exact) {
    const end = Math.floor(to) + 1;
    sum = figures.sum[end]! - figures.sum[from]!;
    covered = figures.covered[end]! - figures.covered[from]!;
  } else {
    const context = figures ? undefined : reachContext(PLATFORMS[index]!, region);
    for (let year = from; year <= to; year++) {
      const percent = figures ? figures.byAge[year] : figureAt(context!, year, strict);
      if (percent !== undefined) {
        sum += percent;
        covered++;
      }
    }
  }
  // Strict estimates settle for a third of the range: "24–38" is judged on its 24–29 figure.
  if (covered * (strict ? 3 : 2) < to - from + 1) return undefined;
  return Math.round(sum / covered);
}

/**
 * How well the given platforms reach an age range, and which catalogue platforms reach it clearly
 * better (by BETTER_MARGIN points or more, and at least FAIR_REACH). Region `CA-QC` uses
 * NETendances where it has figures, otherwise Pew (US). Estimates are strict: a platform with only
 * a minority all-adults figure counts as unknown for that age, not as a fit.
 */
export function audienceFit(age: { min?: number; max?: number }, platformIds: readonly string[], region?: string): AudienceFit {
  if (age.min === undefined && age.max === undefined) return { better: [] };
  return computeFit(age, platformIds, region);
}

// Plain loops, no sort or array callbacks: this runs for every audience of every file, and V8's
// optimizing compiler took long over the version with Array#sort inlined (docs/bench.md).
function computeFit(age: { min?: number; max?: number }, platformIds: readonly string[], region: string | undefined): AudienceFit {
  const tables = figureTables(region, true);
  let reach: number | undefined;
  const unknown: string[] = [];
  for (let i = 0; i < platformIds.length; i++) {
    const index = indexById.get(platformIds[i]!);
    if (index === undefined) continue;
    const r = estimateFor(index, tables, age, region, true);
    if (r === undefined) unknown.push(platformIds[i]!);
    else if (reach === undefined || r > reach) reach = r;
  }
  const floor = Math.max((reach ?? 0) + BETTER_MARGIN, FAIR_REACH);
  // Better platforms, best first (ties by id), kept sorted as they are found: at most 12.
  const better: string[] = [];
  const reaches: number[] = [];
  for (let index = 0; index < PLATFORMS.length; index++) {
    const id = PLATFORMS[index]!.id;
    if (platformIds.includes(id)) continue;
    const r = estimateFor(index, tables, age, region, true);
    if (r === undefined || r < floor) continue;
    let at = better.length;
    while (at > 0 && (reaches[at - 1]! < r || (reaches[at - 1] === r && compareCodeUnits(better[at - 1]!, id) > 0))) at--;
    better.splice(at, 0, id);
    reaches.splice(at, 0, r);
  }
  const fit: AudienceFit = { better };
  if (reach !== undefined) fit.reach = reach;
  if (unknown.length > 0) fit.unknown = unknown;
  return fit;
}
