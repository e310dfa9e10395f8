// An objective's measure: what `plan report` follows (metric, platform, aggregate, a custom
// metric's name), suggested from what the objective already says. Asked by the objectives step
// and by `plan init --edit FILE`; `--measure` answers it without a terminal.
import { followedThrough } from '../../report/metrics.js';
import { AGGREGATES, METRICS, type Aggregate, type Metric } from '../../report/types.js';
import { customName, defaultAggregate, guessMeasure, isMeasureProblem, parseMeasure, type MeasureProblem } from '../../strategy/measure.js';
import type { Objective, ObjectiveMeasure } from '../../strategy/types.js';
import type { Asker } from '../ask.js';
import { isRecord, platformName, str } from '../util.js';

export interface MeasureQuestion {
  /** Prefix of the question keys: `objective.2` asks `objective.2.metric`, `objective.2.aggregate`... */
  prefix: string;
  objective: Pick<Objective, 'id' | 'kpi' | 'type' | 'platforms'> & { statement?: string };
  /** The strategy's platform ids. */
  platforms: readonly string[];
  /** The measure already written (edit mode): its values are the suggestions. */
  previous?: unknown;
  /**
   * The suggestion follows from the objective's KPI and kind: without a terminal it is taken
   * (the wizard), unless answering the measure is the very point of the run (`--edit FILE`).
   */
  inferred: boolean;
}

/** The pre-answer keys of a measure given whole: `--measure` in order (`objective.N.measure`) or by id (`measure.ID`). */
export function measureKeys(q: Pick<MeasureQuestion, 'prefix' | 'objective'>): string[] {
  return [`measure.${q.objective.id}`, `${q.prefix}.measure`];
}

export async function askMeasure(ask: Asker, q: MeasureQuestion): Promise<ObjectiveMeasure> {
  const t = ask.t;
  const given = measureKeys(q).find((key) => ask.has(key));
  if (given !== undefined) return givenMeasure(ask, given, q);

  const previous = isRecord(q.previous) ? q.previous : {};
  const guess = guessMeasure(q.objective, q.platforms);
  const k = (name: string) => `${q.prefix}.${name}`;
  const own = (q.objective.platforms ?? []).filter((id) => q.platforms.includes(id));
  const candidates = own.length > 0 ? own : [...q.platforms];
  // What some export gives for one of these platforms comes first; what only a neutral CSV can
  // feed is said so, by the table objectives/not-followable reads (report/metrics.ts).
  const exported = (m: Metric, on: readonly string[]) => on.some((id) => followedThrough(id, m) === 'export');
  const neutral = (name: string) => `${name} ${t('measure.neutralOnly')}`;
  const byExport = METRICS.filter((m) => m !== 'custom' && exported(m, candidates));
  const byHand = METRICS.filter((m) => m !== 'custom' && !exported(m, candidates));
  const metric = await ask.select<Metric>({
    key: k('metric'),
    message: t('measure.metric'),
    choices: [
      ...byExport.map((m) => ({ value: m, name: t(`metric.${m}`) })),
      { value: 'custom' as const, name: t('metric.custom') },
      ...byHand.map((m) => ({ value: m, name: neutral(t(`metric.${m}`)) })),
    ],
    default: METRICS.find((m) => m === previous.metric) ?? guess.metric,
    inferred: q.inferred,
  });
  const platform =
    candidates.length <= 1
      ? (str(previous.platform) ?? guess.platform)
      : await ask.select<string>({
          key: k('measured_on'),
          message: t('measure.platform'),
          choices: [
            ...candidates.map((id) => ({ value: id, name: metric === 'custom' || exported(metric, [id]) ? platformName(id) : neutral(platformName(id)) })),
            { value: 'all', name: metric === 'custom' || exported(metric, candidates) ? t('measure.all') : neutral(t('measure.all')) },
          ],
          default: [...candidates, 'all'].find((id) => id === previous.platform) ?? guess.platform,
          inferred: true,
        });
  const aggregate = await ask.select<Aggregate>({
    key: k('aggregate'),
    message: t('measure.aggregate'),
    choices: AGGREGATES.map((a) => ({ value: a, name: t(`aggregate.${a}`) })),
    default: (metric === previous.metric ? AGGREGATES.find((a) => a === previous.aggregate) : undefined) ?? defaultAggregate(metric),
    inferred: true,
  });
  const measure: ObjectiveMeasure = { platform, metric, aggregate };
  if (metric === 'custom') {
    measure.name = (await ask.text({ key: k('metric_name'), message: t('measure.name'), default: str(previous.name) ?? customName(q.objective.kpi, q.objective.id), inferred: true }))!;
  }
  return measure;
}

/** A measure pre-answered whole, as `PLATFORM/METRIC[/AGGREGATE]` or as a map; exit 2 (or asked again) when it does not fit. */
function givenMeasure(ask: Asker, key: string, q: MeasureQuestion): ObjectiveMeasure {
  const raw = ask.raw(key);
  ask.record(key, raw);
  return readMeasure(ask, key, raw, q);
}

/** A measure written in an answers file or a flag; exit 2 naming `key` when it does not fit. */
export function readMeasure(ask: Asker, key: string, raw: unknown, q: Pick<MeasureQuestion, 'objective' | 'platforms'>): ObjectiveMeasure {
  const fallbackName = customName(q.objective.kpi, q.objective.id);
  const parsed = isRecord(raw)
    ? parseMeasure([raw.platform, raw.name !== undefined ? `${String(raw.metric)}:${String(raw.name)}` : raw.metric, raw.aggregate].filter((part) => part !== undefined).map(String).join('/'), fallbackName)
    : parseMeasure(String(raw ?? ''), fallbackName);
  if (isMeasureProblem(parsed)) return ask.invalid(key, problemText(ask, parsed, q.platforms));
  if (parsed.platform !== 'all' && !q.platforms.includes(parsed.platform)) return ask.invalid(key, problemText(ask, { problem: 'platform', value: parsed.platform }, q.platforms));
  return parsed;
}

export function problemText(ask: Asker, problem: MeasureProblem, platforms: readonly string[]): string {
  const t = ask.t;
  switch (problem.problem) {
    case 'shape':
      return t('measure.shape');
    case 'metric':
      return t('answers.oneOf', { value: problem.value, allowed: METRICS.join(', ') });
    case 'aggregate':
      return t('answers.oneOf', { value: problem.value, allowed: AGGREGATES.join(', ') });
    case 'platform':
      return t('answers.oneOf', { value: problem.value, allowed: [...platforms, 'all'].join(', ') });
  }
}
