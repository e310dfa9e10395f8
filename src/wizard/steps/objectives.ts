// Objectives, SMART: a statement, a KPI, a baseline, a target and a deadline, on chosen platforms.
import type { Objective, PlatformEntry } from '../../strategy/types.js';
import type { StepContext } from '../types.js';
import { addMonths, isoDate, isRealDate, isRecord, platformName, records, str, uniqueId, uniqueShortId } from '../util.js';
import { askMeasure, measureKeys, readMeasure } from './objective-measure.js';
import { wantsSection } from './section.js';
import { readTypedNumber } from '../typed-number.js';
import type { Lang } from '../../i18n/index.js';

type Kind = NonNullable<Objective['type']>;
const KINDS: Kind[] = ['awareness', 'engagement', 'conversion', 'customer-care', 'community'];
const OBJECTIVE_KEYS = ['id', 'statement', 'type', 'kpi', 'baseline', 'target', 'unit', 'deadline', 'platforms', 'measure'];

export async function askObjectives(ctx: StepContext, platforms: readonly PlatformEntry[]): Promise<Objective[] | undefined> {
  if (!(await wantsSection(ctx, 'objectives'))) return undefined;
  const { ask } = ctx;
  const t = ask.t;
  const ids = platforms.map((p) => p.id);
  const taken = new Set<string>();

  if (ask.has('objectives')) {
    const raw = ask.raw('objectives');
    ask.record('objectives', raw);
    const items = Array.isArray(raw) ? raw : [raw];
    const objectives = items.map((item) => {
      if (typeof item === 'string' && item.trim() !== '') return { id: uniqueShortId(item, taken), statement: item.trim() } as Objective;
      if (!isRecord(item) || !str(item.statement) || Object.keys(item).some((k) => !OBJECTIVE_KEYS.includes(k))) return ask.invalid('objectives', t('objectives.shape'));
      const deadline = str(item.deadline);
      if (deadline !== undefined && !isRealDate(deadline)) ask.invalid('objectives', t('answers.date', { value: deadline }));
      if (deadline !== undefined && deadline < isoDate(ctx.now)) ask.invalid('objectives', t('objectives.pastDeadlineFile', { value: deadline, today: isoDate(ctx.now) }));
      // "12,000" written in the file is read as the prompt reads it, and saved as the number.
      const numbers: Partial<Record<'baseline' | 'target', number>> = {};
      for (const field of ['baseline', 'target'] as const) {
        const value = item[field];
        if (value === undefined || value === null) continue;
        const read = typeof value === 'number' ? { value } : readTypedNumber(String(value), ask.lang);
        numbers[field] = 'value' in read ? read.value : ask.invalid('objectives', t(read.problem === 'ambiguous' ? 'objectives.ambiguousNumber' : 'objectives.notNumber', { value: String(value) }));
      }
      if (item.type !== undefined && !KINDS.includes(item.type as Kind)) ask.invalid('objectives', t('answers.oneOf', { value: String(item.type), allowed: KINDS.join(', ') }));
      const unknown = (Array.isArray(item.platforms) ? (item.platforms as unknown[]).map(String) : []).filter((id) => !ids.includes(id));
      if (unknown.length > 0) ask.invalid('objectives', t('answers.unknownItems', { items: unknown.join(', '), allowed: ids.join(', ') }));
      const objective = { ...item, ...numbers, id: idFor(str(item.id), str(item.statement)!, taken), statement: str(item.statement)! } as Objective;
      if (item.measure !== undefined) objective.measure = readMeasure(ask, 'objectives', item.measure, { objective, platforms: ids });
      return objective;
    });
    // `--measure` answers these objectives too (in order, or by id), over the answers file as every
    // flag; an objective without either stays without a measure (objectives/not-followable says so).
    for (const [i, objective] of objectives.entries()) {
      const q = { prefix: `objective.${i + 1}`, objective, platforms: ids, inferred: true };
      if (measureKeys(q).some((key) => ask.has(key))) objective.measure = await askMeasure(ask, q);
    }
    return objectives;
  }

  const baseList = records(ctx.base?.objectives);
  const objectives: Objective[] = [];
  for (let i = 0; ; i++) {
    const previous = baseList[i] ?? {};
    const n = i + 1;
    const k = (name: string) => `objective.${n}.${name}`;
    const statement = (await ask.text({ key: k('statement'), message: t('objectives.statement', { n }), default: str(previous.statement) ?? (i === 0 ? t('objectives.statementDefault') : undefined) }))!;
    const type = await ask.select<Kind>({
      key: k('type'),
      message: t('objectives.type'),
      choices: KINDS.map((kind) => ({ value: kind, name: t(`kind.${kind}`) })),
      default: KINDS.find((kind) => kind === previous.type) ?? 'engagement',
    });
    const kpi = await ask.text({ key: k('kpi'), message: t('objectives.kpi'), default: str(previous.kpi) ?? t(`kpi.${type}`) });
    // Numbers, the unit apart: "une dizaine" or "le triple" cannot be measured against. Without a
    // terminal, the text of the file being edited stays (objectives/smart reports it).
    const numeric = (kept: unknown) => (v: string) => {
      const read = readTypedNumber(v, ask.lang);
      if ('value' in read || (ask.mode !== 'interactive' && v === str(kept))) return true;
      return t(read.problem === 'ambiguous' ? 'objectives.ambiguousNumber' : 'objectives.notNumber', { value: v });
    };
    const baseline = await ask.text({ key: k('baseline'), message: t('objectives.baseline'), default: str(previous.baseline), optional: true, validate: numeric(previous.baseline) });
    const target = await ask.text({ key: k('target'), message: t('objectives.target'), default: str(previous.target), optional: true, validate: numeric(previous.target) });
    // Said now rather than only in the summary: the user just chose to leave it open.
    if (target === undefined && ask.mode === 'interactive') ask.note(t('objectives.noTarget'));
    const unit = await ask.text({ key: k('unit'), message: t('objectives.unit'), default: str(previous.unit), optional: true });
    let deadline: string | undefined;
    for (;;) {
      deadline = await ask.text({
        key: k('deadline'),
        message: t('objectives.deadline'),
        default: str(previous.deadline) ?? isoDate(addMonths(ctx.now, 6)),
        optional: true,
        validate: (v) => (isRealDate(v) ? true : t('answers.date', { value: v })),
      });
      // A date already passed is a typo more often than a choice: keep it only when confirmed
      // (a deadline kept from the file being edited is that file's business, see review/deadline-passed).
      if (deadline === undefined || deadline >= isoDate(ctx.now) || deadline === str(previous.deadline)) break;
      const keep = await ask.confirm({ key: k('past-deadline'), message: t('objectives.pastDeadline', { value: deadline, today: isoDate(ctx.now) }), default: false });
      if (keep || ask.counting) break;
      if (ask.mode !== 'interactive') ask.invalid(k('deadline'), t('objectives.pastDeadlineFile', { value: deadline, today: isoDate(ctx.now) }));
      ask.forget(k('deadline'), k('past-deadline'));
    }
    const on =
      ids.length === 1
        ? ids
        : await ask.checkbox<string>({
            key: k('platforms'),
            message: t('objectives.platforms'),
            choices: ids.map((id) => ({ value: id, name: platformName(id) })),
            default: Array.isArray(previous.platforms) ? previous.platforms.filter((id): id is string => ids.includes(id as string)) : ids,
          });
    const id = idFor(str(previous.id), statement, taken);
    const measure = await askMeasure(ask, { prefix: `objective.${n}`, objective: { id, kpi, type, platforms: on }, platforms: ids, previous: previous.measure, inferred: true });
    const objective = { ...(previous as Partial<Objective>), id, statement, type, kpi } as Objective;
    assign(objective, 'baseline', numberOrText(baseline, ask.lang));
    assign(objective, 'target', numberOrText(target, ask.lang));
    assign(objective, 'unit', unit);
    assign(objective, 'deadline', deadline);
    assign(objective, 'platforms', on.length > 0 ? on : undefined);
    objective.measure = measure;
    objectives.push(objective);
    if (!(await ask.confirm({ key: k('more'), message: t('objectives.more'), default: i + 1 < baseList.length }))) break;
  }
  return objectives;
}

/** An id the user wrote is kept (made valid); otherwise a short one comes from the statement. */
function idFor(given: string | undefined, statement: string, taken: Set<string>): string {
  return given !== undefined ? uniqueId(given, taken) : uniqueShortId(statement, taken);
}

/**
 * A number when the answer is one in the plan's language ("12,000" in English, "1 200" or "3,5" in
 * French); anything else is kept as written (the text of a file being edited, see numeric).
 */
export function numberOrText(value: string | undefined, lang: Lang): number | string | undefined {
  if (value === undefined) return undefined;
  const read = readTypedNumber(value, lang);
  return 'value' in read ? read.value : value;
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
