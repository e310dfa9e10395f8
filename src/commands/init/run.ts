// `plan init`: run the wizard, show a summary, confirm, then write strategy.yaml and brief.md
// atomically. Nothing touches the disk before the confirmation; what is written always validates.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { renderBrief } from '../../brief/index.js';
import { CancelledError, InputError, UsageError } from '../../errors.js';
import { isLang, pluralKey, resolveLang, translator, type Lang, type Translate } from '../../i18n/index.js';
import { coreCatalog } from '../../i18n/core.js';
import { wizardCatalog, type WizardKey } from '../../i18n/wizard.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { DEFAULT_MAX_BYTES, readInput } from '../../io/read.js';
import { fileExists, writeFilesTogether } from '../../io/write.js';
import { schemaReference, serializeStrategy } from '../../strategy/write.js';
import { checkText } from '../../validate/check.js';
import { Asker, countQuestions, CORE_STEPS, flattenAnswers, OPTIONAL_SECTIONS, runWizard, splitList, type Answers, type AskMode, type BaseStrategy, type OptionalSection, type StepContext, type WizardStep } from '../../wizard/index.js';
import { answersText, saveAnswers } from '../../wizard/saved-answers.js';
import type { Strategy } from '../../strategy/types.js';
import { canPrompt, terminalPrompter, type Prompter } from '../../wizard/prompts.js';
import { openPoints, summarize } from '../../wizard/summary.js';
import { packageRoot, templateFile, templateNames, templatesDir } from '../../wizard/templates.js';
import { isRecord } from '../../wizard/util.js';
import { withSignals, type Cancellation, type SignalOptions, type SignalSource } from '../../term/signals.js';
import { parseNow } from '../option-parsers.js';

export interface InitOptions extends GlobalOptions {
  yes?: boolean;
  quick?: boolean;
  answers?: string;
  template?: string;
  out?: string;
  strategy?: string;
  brief?: string;
  force?: boolean;
  /** `--edit`: the wizard on the existing strategy; `--edit FILE`: only the measures FILE is missing. */
  edit?: boolean | string;
  now?: string;
  name?: string;
  sector?: string;
  region?: string;
  context?: string;
  owner?: string;
  platforms?: string;
  role?: string;
  cadence?: string;
  purpose?: string;
  ideas?: string[];
  keyDates?: string;
  promoFree?: string;
  audience?: string[];
  positioning?: string;
  voice?: string;
  address?: string;
  humour?: string;
  emoji?: string;
  mix?: string;
  pillars?: string;
  do?: string;
  dont?: string;
  objective?: string[];
  measure?: string[];
  skip?: string;
}

/** Simple flags: option name → answer key (the same key an answers file uses). */
const SIMPLE_FLAGS = ['name', 'sector', 'region', 'context', 'owner', 'platforms', 'positioning', 'voice', 'address', 'humour', 'emoji', 'mix', 'pillars', 'do', 'dont'] as const;

/** Which flag answers a question key, for the "missing answers" message. */
export function flagOf(key: string): string | undefined {
  if (key === 'lang') return '--lang';
  if ((SIMPLE_FLAGS as readonly string[]).includes(key)) return `--${key}`;
  if (key === 'audiences') return '--audience';
  if (key.startsWith('measure.') || /^objective\.\d+\.(measure|metric|measured_on|aggregate|metric_name)$/.test(key)) return '--measure';
  if (key === 'objectives' || key.startsWith('objective.')) return '--objective';
  if (key.startsWith('fill.')) return '--skip';
  if (/^[a-z0-9-]+\.role$/.test(key)) return '--role';
  if (/^[a-z0-9-]+\.cadence$/.test(key)) return '--cadence';
  if (/^purpose\.[a-z0-9-]+$/.test(key)) return '--purpose';
  if (/^ideas\.[a-z0-9-]+$/.test(key)) return '--ideas';
  if (key === 'key_dates') return '--key-dates';
  if (key === 'no_promotion') return '--promo-free';
  return undefined;
}

export interface InitDeps {
  /** The prompter; tests pass a scripted one. Defaults to inquirer on the terminal. */
  prompter?: Prompter;
  /** Force the interactive mode (tests with a scripted prompter). */
  interactive?: boolean;
  /** Where SIGINT / SIGTERM come from (tests); `process` by default. */
  signals?: SignalSource;
}

export async function runInit(options: InitOptions, io: CommandIO, deps: InitDeps = {}): Promise<number> {
  const t = translator(wizardCatalog, resolveLang(options.lang, undefined, io.env));
  // Ctrl-C between prompts and SIGTERM anywhere: exit 130 / 143, terminal restored, nothing written.
  return withSignals((cancel) => initFlow(options, io, deps, cancel), {
    stderr: io.stderr,
    stdin: io.stdin as SignalOptions['stdin'],
    message: t('init.cancelled'),
    source: deps.signals,
  });
}

async function initFlow(options: InitOptions, io: CommandIO, deps: InitDeps, cancel: Cancellation): Promise<number> {
  const uiLang = resolveLang(options.lang, undefined, io.env);
  let t = translator(wizardCatalog, uiLang);
  const now = parseNow(options.now);

  const outDir = resolve(io.cwd, options.out ?? '.');
  const strategyPath = options.strategy ? resolve(io.cwd, options.strategy) : resolve(outDir, 'strategy.yaml');
  const briefPath = options.brief ? resolve(io.cwd, options.brief) : resolve(dirname(strategyPath), 'brief.md');
  const shown = (path: string) => relative(io.cwd, path) || basename(path);
  // Said before the wizard asks anything; the write checks the real files again (links too).
  if (strategyPath === briefPath) throw new UsageError(translator(coreCatalog, uiLang)('output.namedTwice', { path: shown(briefPath) }));

  const interactive = !options.yes && (deps.interactive ?? canPrompt(io));
  const mode: AskMode = options.yes ? 'defaults' : interactive ? 'interactive' : 'collect';
  const prompter = deps.prompter ?? terminalPrompter(io, { cancelled: t('init.cancelled'), noTerminal: t('init.noTerminal'), signal: cancel.signal, lang: uiLang });

  const answers = await loadAnswers(options, io, uiLang);
  addFlagAnswers(answers, options, uiLang);

  // Where the defaults come from: the existing file (edit), else a template, else nothing.
  let base: BaseStrategy | undefined;
  let existingText: string | undefined;
  const ask = new Asker(mode, answers, prompter, uiLang, flagOf);
  if (typeof options.edit === 'string') {
    if (options.strategy !== undefined) throw new UsageError(t('edit.withStrategy'));
    const { editMeasures } = await import('./edit.js');
    return editMeasures({ file: options.edit, lang: uiLang, langGiven: isLang(options.lang), now, quiet: options.quiet }, io, ask, prompter, cancel);
  }
  // Only files that were there at the start, and that the person agreed to replace (--force,
  // --edit, the overwrite question), are replaced: one that appears meanwhile (a second `plan init`
  // in the same folder) is not clobbered.
  const strategyExisted = await fileExists(strategyPath);
  const briefExisted = await fileExists(briefPath);
  if (strategyExisted) {
    let edit = Boolean(options.edit);
    if (!edit && !options.force) {
      if (!interactive) throw new InputError(t('init.exists', { path: shown(strategyPath) }));
      const choice = await prompter.select({
        message: t('init.existsChoice', { path: shown(strategyPath) }),
        choices: [
          { value: 'edit', name: t('init.existsEdit') },
          { value: 'overwrite', name: t('init.existsOverwrite') },
          { value: 'cancel', name: t('init.existsCancel') },
        ],
        default: 'edit',
      });
      if (choice === 'cancel') throw new CancelledError(t('init.declined'));
      if (choice === 'overwrite' && !(await prompter.confirm({ message: t('init.overwriteConfirm', { path: shown(strategyPath) }), default: false }))) {
        throw new CancelledError(t('init.declined'));
      }
      edit = choice === 'edit';
    }
    if (edit) {
      existingText = new TextDecoder().decode(await readInput({ kind: 'file', path: strategyPath, name: shown(strategyPath) }, () => io.stdin, DEFAULT_MAX_BYTES, translator(coreCatalog, uiLang)));
      let data: unknown;
      try {
        data = parseYaml(existingText);
      } catch {
        data = undefined;
      }
      if (!isRecord(data)) throw new InputError(t('init.existingInvalid', { path: shown(strategyPath) }));
      base = data as BaseStrategy;
    }
  }
  const editing = existingText !== undefined;
  if (!editing && !options.force && !interactive && (await fileExists(briefPath))) throw new InputError(t('init.briefExists', { path: shown(briefPath) }));
  if (!base && options.template) base = await loadTemplate(options.template, resolveLang(options.lang, undefined, io.env), t);

  const ctx: StepContext = { ask, base, now, folderName: basename(outDir), env: io.env };
  if (mode === 'interactive') {
    // The true count, from the steps themselves: the route taken with every suggestion.
    const counts = await countQuestions(ctx, { quick: options.quick });
    prompter.note(t(counts.core + counts.optional === 0 ? 'init.welcomeAnswered' : options.quick ? 'init.welcomeQuick' : 'init.welcome', counts));
  }
  // From here on, whatever goes wrong (short of Ctrl-C), the answers are saved to a file first.
  let current = ask;
  /** Some question was typed in a terminal (in this Asker or one before going back to a step). */
  let typedBefore = false;
  const typed = () => typedBefore || current.prompted > 0;
  let lang: Lang = uiLang;
  try {
    let strategy = await runWizard(ctx, { quick: options.quick, progress: mode === 'interactive' });
    lang = strategy.organization.language;
    t = translator(wizardCatalog, lang);

    if (mode === 'collect' && ask.missing.length > 0) {
      // Name the flags, and the answer keys of the questions without one (per-platform details,
      // section fields); one flag that answers several questions counts once.
      const flags = [...new Set(ask.missing.map(flagOf).filter((flag): flag is string => flag !== undefined))];
      const keys = ask.missing.filter((key) => flagOf(key) === undefined);
      const named = [...flags, ...(keys.length > 0 ? [t('init.missingKeys', { keys: keys.join(', ') })] : [])];
      const count = flags.length + keys.length;
      throw new UsageError(t(pluralKey('init.missing', count, lang), { count, flags: named.join(', ') }));
    }

    // `--measure ID=...` for an objective the plan does not have: said, not dropped.
    const unused = [...ask.answers.keys()].filter((key) => key.startsWith('measure.') && !ask.given.has(key));
    if (unused.length > 0) {
      const ids = (strategy.objectives ?? []).map((o) => `\`${o.id}\``).join(', ') || '-';
      throw new UsageError(t('answers.invalid', { source: '--measure', problem: t('measure.unknownObjective', { id: unused[0]!.slice('measure.'.length), ids }) }));
    }

    const files = { strategy: shown(strategyPath), brief: shown(briefPath) };
    let text: string;
    let check: ReturnType<typeof checkText>;
    for (;;) {
      lang = strategy.organization.language;
      t = translator(wizardCatalog, lang);
      const schema = schemaReference(dirname(strategyPath), { lang, exists: existsSync, packageRoot: packageRoot() });
      text = serializeStrategy(strategy, { lang, existing: existingText, schema });
      check = checkText(text, shown(strategyPath), { now, env: io.env });
      const errors = check.findings.filter((f) => f.severity === 'error');
      if (mode !== 'interactive') {
        if (errors.length > 0) throw new InputError(t('init.wouldNotValidate', { findings: listFindings(errors) }));
        break;
      }
      // The summary, then: write, go back to any step (and see the summary again), or quit.
      prompter.note(summarize(strategy, t, files, check.findings));
      const choice = await prompter.select({ message: t(errors.length > 0 ? 'init.menuErrors' : 'init.menu'), choices: menuChoices(strategy, t, errors.length === 0, options.quick), default: errors.length > 0 ? stepOf(errors[0]!.path[0]) : 'write' });
      if (choice === 'write') break;
      if (choice === 'quit') {
        if (errors.length === 0) throw new CancelledError(t('init.declined'));
        throw new CancelledError(await savedNote(current, options, [dirname(strategyPath), io.cwd], t, lang, now, t('init.declined')));
      }
      const revisit = choice as WizardStep;
      // The step is asked again with its answers as suggestions. The other steps keep what was
      // typed; what took its suggestion takes the new one (house rules after vous became tu).
      const previous = current;
      typedBefore ||= previous.prompted > 0;
      current = new Asker('interactive', new Map(), prompter, lang, flagOf);
      for (const [key, entry] of previous.given) {
        if (entry.step === revisit) {
          current.suggestions.set(key, entry.value);
          current.earlier.set(key, entry);
        }
        else if (entry.suggested) current.follow.add(key);
        else current.answers.set(key, entry.value);
      }
      strategy = await runWizard({ ...ctx, ask: current }, { quick: options.quick, progress: true, revisit });
    }
    const brief = renderBrief({ strategy, findings: check.findings, lang, format: 'md', now });

    const core = translator(coreCatalog, lang);
    await cancel.commit(async () => {
      // `--out plan/` may name a folder that does not exist yet: create it, as git init does.
      for (const folder of new Set([dirname(strategyPath), dirname(briefPath)])) await mkdir(folder, { recursive: true }).catch(() => {});
      // Both or neither (src/io/write.ts): a full disk or a concurrent run never leaves a mixed pair.
      const readByRun = () => (options.answers !== undefined && options.answers !== '-' ? [resolve(io.cwd, options.answers)] : []);
      await writeFilesTogether(
        [
          { path: strategyPath, content: text, overwrite: Boolean(options.force) || strategyExisted, displayName: files.strategy, inputs: readByRun },
          { path: briefPath, content: brief, overwrite: Boolean(options.force) || briefExisted, displayName: files.brief, inputs: readByRun },
        ],
        core,
      );
    });
    if (!options.quiet) {
      io.stderr.write(t('init.wrote', files) + '\n');
      const warnings = check.findings.length;
      // The interactive summary already listed them; a scripted run (--yes, flags) lists them here.
      if (mode === 'interactive' && warnings > 0) io.stderr.write(t(pluralKey('init.warnings', warnings, lang), { count: warnings, strategy: files.strategy }) + '\n');
      else for (const line of openPoints(check.findings, t)) io.stderr.write(line + '\n');
      io.stderr.write(t('init.next', files) + '\n');
    }
    return 0;
  } catch (error) {
    // Ctrl-C writes nothing; a run where nothing was typed (--yes, flags, an answers file) has
    // nothing to save: the same command reproduces it.
    if (error instanceof CancelledError || !typed()) throw error;
    (error as Error).message = await savedNote(current, options, [dirname(strategyPath), io.cwd], t, lang, now, (error as Error).message);
    throw error;
  }
}

function listFindings(errors: readonly { range: { start: { line: number; col: number } }; message: string; ruleId: string }[]): string {
  return errors.map((f) => `  ${f.range.start.line}:${f.range.start.col} ${f.message} (${f.ruleId})`).join('\n');
}

/** Which step asks about a top-level key of the strategy (for the menu's default after an error). */
function stepOf(key: unknown): string {
  if (key === 'organization' || key === 'platforms') return key;
  if (key === 'audiences') return 'audience';
  if (key === 'editorial_line') return 'editorial';
  if (OPTIONAL_SECTIONS.includes(key as OptionalSection)) return key as string;
  return 'organization';
}

function menuChoices(strategy: Strategy, t: Translate<WizardKey>, canWrite: boolean, quick?: boolean): { value: string; name: string }[] {
  const steps: WizardStep[] = [...CORE_STEPS, ...(quick ? [] : OPTIONAL_SECTIONS)];
  return [
    ...(canWrite ? [{ value: 'write', name: t('init.menuWrite') }] : []),
    // "Changer les objectifs": each step's name with its article, as the sentence needs it.
    ...steps.map((step, i) => ({ value: step, name: t('init.menuChange', { step: t(`stepName.${step}`) }) + (i >= CORE_STEPS.length && strategy[step as OptionalSection] === undefined ? ` ${t('init.menuSkipped')}` : '') })),
    { value: 'quit', name: t(canWrite ? 'init.menuQuit' : 'init.menuQuitSave') },
  ];
}

/** Save the answers of this run and return `message` with where they are (or why they could not be). */
async function savedNote(ask: Asker, options: InitOptions, folders: string[], t: Translate<WizardKey>, lang: Lang, now: Date, message: string): Promise<string> {
  const answers = { ...ask.transcript(), ...(options.quick ? { quick: true } : {}) };
  // Shown as the person would type it from here: relative inside the current folder.
  const cwd = folders[folders.length - 1]!;
  const display = (file: string) => (file.startsWith(cwd + sep) ? relative(cwd, file) : file);
  const path = await saveAnswers(folders, (file) => answersText(answers, translator(wizardCatalog, lang)('answers.header', { date: now.toISOString().slice(0, 10), path: display(file) })));
  return `${message}\n${path ? t('init.answersSaved', { path: display(path) }) : t('init.answersNotSaved')}`;
}

async function loadAnswers(options: InitOptions, io: CommandIO, lang: Lang): Promise<Answers> {
  const answers: Answers = new Map();
  if (!options.answers) return answers;
  const t = translator(wizardCatalog, lang);
  const name = options.answers;
  const input = name === '-' ? ({ kind: 'stdin', name: '<stdin>' } as const) : ({ kind: 'file', path: resolve(io.cwd, name), name } as const);
  const bytes = await readInput(input, () => io.stdin, DEFAULT_MAX_BYTES, translator(coreCatalog, lang));
  let data: unknown;
  try {
    data = parseYaml(new TextDecoder().decode(bytes), { maxAliasCount: 100 });
  } catch (error) {
    throw new InputError(t('init.answersSyntax', { path: name, detail: (error as Error).message.split('\n')[0]! }));
  }
  if (!isRecord(data)) throw new InputError(t('init.answersInvalid', { path: name }));
  const flat = flattenAnswers(data);
  // `skip: [crisis, policy]` and `quick: true` in the file work like the flags.
  const skip = flat.get('skip');
  flat.delete('skip');
  if (skip !== undefined) addSkips(flat, Array.isArray(skip) ? skip.map(String) : splitList(String(skip)), t);
  if (flat.get('quick') === true && options.quick === undefined) options.quick = true;
  flat.delete('quick');
  return flat;
}

function addSkips(answers: Answers, sections: string[], t: Translate<WizardKey>): void {
  for (const section of sections) {
    if (!OPTIONAL_SECTIONS.includes(section as OptionalSection)) {
      throw new UsageError(t('answers.invalid', { source: '--skip', problem: t('answers.unknownItems', { items: section, allowed: OPTIONAL_SECTIONS.join(', ') }) }));
    }
    answers.set(`fill.${section}`, false);
  }
}

/** Flags win over the answers file. */
function addFlagAnswers(answers: Answers, options: InitOptions, lang: Lang): void {
  const t = translator(wizardCatalog, lang);
  if (isLang(options.lang)) answers.set('lang', options.lang);
  for (const flag of SIMPLE_FLAGS) if (options[flag] !== undefined) answers.set(flag, options[flag]);
  const examples = { role: 'instagram=primary,linkedin=secondary', cadence: 'instagram=3/week,linkedin=2/week', purpose: 'offers=promote,tips=educate' };
  for (const flag of ['role', 'cadence', 'purpose'] as const) {
    const value = options[flag];
    if (value === undefined) continue;
    for (const item of splitList(value)) {
      const m = /^([a-z0-9-]+)\s*[=:]\s*(.+)$/.exec(item.trim());
      if (!m) throw new UsageError(t('answers.invalid', { source: `--${flag}`, problem: t('init.pairFlag', { flag, example: examples[flag] }) }));
      // `--purpose offers=promote` answers `purpose.offers`; `--role instagram=primary`, `instagram.role`.
      answers.set(flag === 'purpose' ? `purpose.${m[1]}` : `${m[1]}.${flag}`, m[2]!.trim());
    }
  }
  // `--ideas offers="Pie of the month|Gift boxes"` answers `ideas.offers` (ideas may hold commas).
  for (const item of options.ideas ?? []) {
    const m = /^([a-z0-9-]+)\s*[=:]\s*(.+)$/.exec(item.trim());
    if (!m) throw new UsageError(t('answers.invalid', { source: '--ideas', problem: t('init.pairFlag', { flag: 'ideas', example: 'offers="Pie of the month|Gift boxes"' }) }));
    answers.set(`ideas.${m[1]}`, m[2]!.split('|').map((s) => s.trim()).filter(Boolean));
  }
  if (options.keyDates !== undefined) answers.set('key_dates', splitList(options.keyDates));
  if (options.promoFree !== undefined) answers.set('no_promotion', splitList(options.promoFree));
  if (options.audience && options.audience.length > 0) answers.set('audiences', options.audience);
  if (options.objective && options.objective.length > 0) answers.set('objectives', options.objective);
  // `--measure reach=instagram/reach/sum` answers the objective `reach`; without `ID=`, the objectives in order.
  let nth = 0;
  for (const spec of options.measure ?? []) {
    const m = /^([a-z0-9][a-z0-9-]*)\s*=\s*(.+)$/.exec(spec.trim());
    if (m) answers.set(`measure.${m[1]}`, m[2]!.trim());
    else answers.set(`objective.${++nth}.measure`, spec.trim());
  }
  if (options.skip !== undefined) addSkips(answers, splitList(options.skip), t);
}

async function loadTemplate(name: string, lang: Lang, t: Translate<WizardKey>): Promise<BaseStrategy> {
  const dir = templatesDir();
  if (!dir) throw new InputError(t('init.templateMissing'));
  const file = templateFile(dir, name, lang);
  if (!file) throw new UsageError(t('init.templateUnknown', { name, names: templateNames(dir).join(', ') }));
  const data: unknown = parseYaml(await readFile(file, 'utf8'));
  return data as BaseStrategy;
}
