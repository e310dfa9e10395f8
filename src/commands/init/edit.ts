// `plan init --edit FILE`: add the missing measures to an existing strategy. Only the measure
// questions are asked (suggestions from each objective's KPI and kind; `--measure` or `--yes`
// without a terminal), the lines are added with every other byte of the file kept, the person sees
// them (and confirms, in a terminal), and the file is replaced atomically: never half-written,
// never lost, never written over a change made meanwhile.
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { CancelledError, InputError, UsageError } from '../../errors.js';
import { coreCatalog } from '../../i18n/core.js';
import { pluralKey, translator, type Lang } from '../../i18n/index.js';
import { wizardCatalog } from '../../i18n/wizard.js';
import type { CommandIO } from '../../io/context.js';
import { DEFAULT_MAX_BYTES, readInput } from '../../io/read.js';
import { writeFileAtomic } from '../../io/write.js';
import { addMeasures, dataOf, objectivesWithoutMeasure } from '../../strategy/add-measures.js';
import { formatMeasure, guessMeasure } from '../../strategy/measure.js';
import type { Objective, ObjectiveMeasure } from '../../strategy/types.js';
import type { Cancellation } from '../../term/signals.js';
import { checkText } from '../../validate/check.js';
import type { Asker } from '../../wizard/ask.js';
import type { Prompter } from '../../wizard/prompts.js';
import { askMeasure } from '../../wizard/steps/objective-measure.js';

export interface EditMeasuresOptions {
  /** The strategy to update, as the person named it. */
  file: string;
  lang: Lang;
  /** `--lang` was given: it wins over the file's own language. */
  langGiven: boolean;
  now: Date;
  quiet?: boolean;
}

export async function editMeasures(options: EditMeasuresOptions, io: CommandIO, ask: Asker, prompter: Prompter, cancel: Cancellation): Promise<number> {
  let t = translator(wizardCatalog, options.lang);
  let core = translator(coreCatalog, options.lang);
  const path = resolve(io.cwd, options.file);
  const shown = options.file;
  // The bytes as they are, a byte-order mark included: only the added lines may differ.
  const read = async () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readInput({ kind: 'file', path, name: shown }, () => io.stdin, DEFAULT_MAX_BYTES, core));
  const text = await read();
  const doc = parseDocument(text);
  const data = doc.errors.length === 0 ? dataOf(doc) : undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new InputError(t('edit.invalid', { path: shown }));
  const record = data as { objectives?: unknown; platforms?: unknown; organization?: { language?: unknown } };
  // As in the wizard, the questions speak the plan's language unless --lang says otherwise.
  const planLang = record.organization?.language;
  const lang: Lang = !options.langGiven && (planLang === 'fr' || planLang === 'en') ? planLang : options.lang;
  if (lang !== options.lang) {
    ask.setLang(lang);
    t = translator(wizardCatalog, lang);
    core = translator(coreCatalog, lang);
  }
  if (!Array.isArray(record.objectives) || record.objectives.length === 0) {
    io.stderr.write(t('edit.noObjectives', { path: shown }) + '\n');
    return 0;
  }
  const missing = objectivesWithoutMeasure(data);
  if (missing.length === 0) {
    if (!options.quiet) io.stderr.write(t('edit.nothing', { path: shown }) + '\n');
    return 0;
  }
  const platforms = (Array.isArray(record.platforms) ? record.platforms : []).map((p) => (p as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');

  // The questions: `objective.N.*` for the Nth objective still without a measure (what `--measure`
  // without `ID=` answers), suggestions from what the objective says.
  const measures = new Map<number, ObjectiveMeasure>();
  for (const [j, { index, objective }] of missing.entries()) {
    const o = objective as Partial<Objective>;
    const id = typeof o.id === 'string' ? o.id : String(index + 1);
    ask.beginStep('objectives', undefined);
    ask.heading(t('edit.objective', { id, statement: String(o.statement ?? '') + (o.kpi ? ` (KPI: ${o.kpi})` : '') }));
    const question = { id, kpi: str(o.kpi), type: o.type, statement: str(o.statement), platforms: Array.isArray(o.platforms) ? o.platforms.filter((p): p is string => typeof p === 'string') : undefined };
    measures.set(index, await askMeasure(ask, { prefix: `objective.${j + 1}`, objective: question, platforms, inferred: false }));
  }
  if (ask.mode === 'collect' && ask.missing.length > 0) {
    const open = missing.filter((_, j) => ask.missing.some((key) => key.startsWith(`objective.${j + 1}.`)));
    const ids = open.map(({ index, objective }) => `\`${String((objective as { id?: unknown }).id ?? index + 1)}\``).join(', ');
    const first = open[0]!;
    const example = `${String((first.objective as { id?: unknown }).id ?? first.index + 1)}=${formatMeasure(measures.get(first.index) ?? guessMeasure(first.objective as unknown as Objective, platforms))}`;
    throw new UsageError(t('edit.missing', { ids, example }));
  }
  const unused = [...ask.answers.keys()].filter((key) => key.startsWith('measure.') && !ask.given.has(key));
  if (unused.length > 0) {
    const ids = record.objectives.map((o) => `\`${String((o as { id?: unknown } | null)?.id ?? '?')}\``).join(', ');
    throw new UsageError(t('answers.invalid', { source: '--measure', problem: t('measure.unknownObjective', { id: unused[0]!.slice('measure.'.length), ids }) }));
  }

  const result = addMeasures(text, measures);
  if ('problem' in result) {
    const lines = [...measures].map(([index, measure]) => `  ${idOf(record.objectives as unknown[], index)}: measure: ${formatMeasure(measure)}`).join('\n');
    throw new InputError(t('edit.wouldChange', { path: shown, lines }));
  }
  // What changes, before it is written: the result of the command, on stdout.
  if (!options.quiet || ask.mode === 'interactive') {
    io.stdout.write([t('edit.changes', { path: shown }), ...result.edits.map((edit) => t('edit.change', { line: edit.line, text: edit.text, id: edit.id }))].join('\n') + '\n');
  }
  if (ask.mode === 'interactive' && !(await prompter.confirm({ message: t('edit.confirm', { path: shown }), default: true }))) throw new CancelledError(t('init.declined'));

  await cancel.commit(async () => {
    // A change made to the file while the questions were asked (an editor's save) is not overwritten.
    if ((await read().catch(() => undefined)) !== text) throw new InputError(t('edit.changed', { path: shown }));
    await writeFileAtomic(path, result.text, { overwrite: true, displayName: shown }, core);
  });
  if (!options.quiet) {
    io.stderr.write(t(pluralKey('edit.wrote', result.edits.length, lang), { path: shown, count: result.edits.length }) + '\n');
    const open = checkText(result.text, shown, { now: options.now, env: io.env, lang }).findings.filter((f) => f.ruleId === 'objectives/not-followable');
    if (open.length > 0) io.stderr.write([t('edit.notFollowable'), ...open.map((f) => `  · ${f.range.start.line}: ${f.message}`)].join('\n') + '\n');
    io.stderr.write(t('edit.next', { path: shown }) + '\n');
  }
  return 0;
}

function idOf(objectives: readonly unknown[], index: number): string {
  const id = (objectives[index] as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : String(index + 1);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
