// An objective's `measure`, the words `plan report` understands: a first guess from what the
// objective already says (its KPI in English or French, else its kind), and the one-line form
// `PLATFORM/METRIC[:NAME][/AGGREGATE]` that flags and messages use. Pure functions.
import { AGGREGATES, METRICS, type Aggregate, type Metric } from '../report/types.js';
import { shortId } from '../text/short-id.js';
import type { Objective, ObjectiveMeasure } from './types.js';

/** Accents folded, lower case, apostrophes straightened: "Taux d’engagement" → "taux d'engagement". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘`]/g, "'");
}

/**
 * The words of a KPI that name a metric, the most specific first ("engagement rate" before
 * "engagement", "response time" before "response"). Tested against the KPI with accents folded.
 */
const KPI_WORDS: readonly [RegExp, Metric][] = [
  [/\b(engagement|interaction)s? rate|taux d'(engagement|interaction)/, 'engagement-rate'],
  [/\bresponse time|time to (answer|respond|reply)|(delai|temps) (moyen |median )?de (reponse|traitement)/, 'response-time'],
  // Figures no platform counts: what the organization itself records (a custom metric of the neutral file).
  [/\b(sign[- ]?ups?|registrations?|inscriptions?|donations?|dons|sales|ventes|leads|demos?|demandes|orders|commandes|precommandes|pre-orders|newsletter|infolettre|volunteers?|benevoles)\b/, 'custom'],
  [/\bnew (followers|subscribers|follows)|\bfollower (growth|gains?)|\bnouveaux abonnes|\babonnes gagnes|\b(croissance|gain) (des|d') ?abonnes/, 'new-followers'],
  [/\bfollow(ers?|ing)|\bsubscribers?|\babonne(e|s|es)?\b|\bfans?\b|\bmentions j'aime de la page/, 'followers'],
  [/\breach\b|\bportee\b|\bcomptes? (atteints?|touches?)|\bpersonnes? (atteintes?|touchees?)/, 'reach'],
  [/\bimpressions?\b|\baffichages?\b/, 'impressions'],
  [/\bengagements?\b|\binteractions?\b|\breactions?\b/, 'engagements'],
  [/\bclic(k|ks|s)?\b|\bclick-through|\bctr\b|\bvisits? to (the|our) (site|website)|\bvisites? (du|sur le) site/, 'clicks'],
  [/\bviews?\b|\bvues?\b|\bvisionnements?\b|\bwatch time\b/, 'views'],
  [/\bsaves?\b|\bbookmarks?\b|\benregistrements?\b|\bsauvegardes?\b/, 'saves'],
  // "Share of weekend shifts", "share of voice": a proportion, not shares.
  [/\bshares\b|\breposts?\b|\bpartages\b/, 'shares'],
  [/\bcomments?\b|\breplies\b|\bcommentaires?\b/, 'comments'],
  [/\bposts?\b|\bpublications?\b/, 'posts'],
];

/** What an objective of each kind usually follows when its KPI says nothing we know. */
const KIND_METRIC: Record<NonNullable<Objective['type']>, Metric> = {
  awareness: 'reach',
  engagement: 'engagement-rate',
  conversion: 'custom',
  'customer-care': 'response-time',
  community: 'followers',
};

/** The metric a KPI names, if it names one we know. */
export function metricOfKpi(kpi: string | undefined): Metric | undefined {
  if (!kpi) return undefined;
  const text = fold(kpi);
  return KPI_WORDS.find(([words]) => words.test(text))?.[1];
}

/** How a metric's figures make one number, unless told: the last count, the mean of a rate or a time, else the total. */
export function defaultAggregate(metric: Metric): Aggregate {
  if (metric === 'followers') return 'last';
  if (metric === 'engagement-rate' || metric === 'response-time') return 'mean';
  return 'sum';
}

/** A custom metric's name from the KPI's first significant words: "Inscriptions à l’infolettre" → "inscriptions-infolettre". */
export function customName(kpi: string | undefined, fallback: string): string {
  return kpi && /[a-z0-9]/i.test(fold(kpi)) ? shortId(kpi) : fallback;
}

/**
 * The platform to measure on: the objective's one platform, else `all`. Only platforms the
 * strategy has count (an objective may name one that was dropped).
 */
export function guessPlatform(objective: Pick<Objective, 'platforms'>, strategyPlatforms: readonly string[]): string {
  const own = (objective.platforms ?? []).filter((id) => strategyPlatforms.includes(id));
  const candidates = own.length > 0 ? own : strategyPlatforms;
  return candidates.length === 1 ? candidates[0]! : 'all';
}

/** The metric to suggest: from the KPI's words, else the objective's kind, else its statement's words, else engagements. */
export function guessMetric(objective: Pick<Objective, 'kpi' | 'type'> & { statement?: string }): Metric {
  return metricOfKpi(objective.kpi) ?? (objective.type ? KIND_METRIC[objective.type] : undefined) ?? metricOfKpi(objective.statement) ?? (objective.kpi ? 'custom' : 'engagements');
}

/** A whole measure, guessed from what the objective says: the wizard's suggestion and `plan init --edit`'s. */
export function guessMeasure(objective: Pick<Objective, 'id' | 'kpi' | 'type' | 'platforms'> & { statement?: string }, strategyPlatforms: readonly string[]): ObjectiveMeasure {
  const metric = guessMetric(objective);
  const measure: ObjectiveMeasure = { platform: guessPlatform(objective, strategyPlatforms), metric, aggregate: defaultAggregate(metric) };
  if (metric === 'custom') measure.name = customName(objective.kpi, objective.id);
  return measure;
}

/** `instagram/followers/last`, `all/custom:newsletter-signups/sum`: how flags and messages write a measure. */
export function formatMeasure(measure: ObjectiveMeasure): string {
  const metric = measure.metric === 'custom' && measure.name ? `custom:${measure.name}` : measure.metric;
  return `${measure.platform}/${metric}/${measure.aggregate}`;
}

/** `{ platform: instagram, metric: followers, aggregate: last }`: the measure as one line of YAML (flow map). */
export function measureFlow(measure: ObjectiveMeasure, padded = true): string {
  const parts = [`platform: ${measure.platform}`, `metric: ${measure.metric}`, `aggregate: ${measure.aggregate}`];
  if (measure.name !== undefined) parts.push(`name: ${yamlPlain(measure.name)}`);
  return padded ? `{ ${parts.join(', ')} }` : `{${parts.join(', ')}}`;
}

/** A custom name stays a plain scalar when YAML reads it back as the same text; else it is quoted. */
function yamlPlain(text: string): string {
  return /^[a-z0-9][a-z0-9 _.-]*$/i.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) && !/^[\d.+-]/.test(text) ? text : JSON.stringify(text);
}

/** Why a written measure could not be read; the caller turns it into a message. */
export type MeasureProblem = { problem: 'shape' } | { problem: 'metric'; value: string } | { problem: 'aggregate'; value: string } | { problem: 'platform'; value: string };

/**
 * Read `PLATFORM/METRIC[:NAME][/AGGREGATE]` (the aggregate defaults from the metric, a custom
 * metric's name from `fallbackName`). Case and spaces around the parts do not matter.
 */
export function parseMeasure(text: string, fallbackName?: string): ObjectiveMeasure | MeasureProblem {
  const parts = text.split('/').map((part) => part.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => part === '')) return { problem: 'shape' };
  const platform = parts[0]!.toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]*$/.test(platform)) return { problem: 'platform', value: parts[0]! };
  const [metricWord, ...nameParts] = parts[1]!.split(':');
  const metric = METRICS.find((m) => m === metricWord!.trim().toLowerCase());
  if (!metric) return { problem: 'metric', value: metricWord!.trim() };
  const aggregateWord = parts[2]?.toLowerCase();
  const aggregate = aggregateWord === undefined ? defaultAggregate(metric) : AGGREGATES.find((a) => a === aggregateWord);
  if (!aggregate) return { problem: 'aggregate', value: parts[2]! };
  const measure: ObjectiveMeasure = { platform, metric, aggregate };
  const name = nameParts.join(':').trim() || (metric === 'custom' ? fallbackName : undefined);
  if (metric === 'custom' && name) measure.name = name;
  return measure;
}

export function isMeasureProblem(value: ObjectiveMeasure | MeasureProblem): value is MeasureProblem {
  return 'problem' in value;
}
