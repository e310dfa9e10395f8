// How a step gets an answer: from the pre-answers (flags, --answers FILE) first, then from the
// defaults (--yes), then from the user through the Prompter. Without a terminal, a question that
// is still open is recorded (so the error can name every flag to pass) and its default used.
import { UsageError } from '../errors.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import { wizardCatalog, type WizardKey } from '../i18n/wizard.js';
import type { Choice, Prompter } from './prompts.js';
import { splitOn } from './util.js';

export type AskMode = 'interactive' | 'defaults' | 'collect';

/** Pre-answers by question key; nested maps of an answers file are flattened to dotted keys. */
export type Answers = Map<string, unknown>;

/** The flag that answers a question, when one exists (used in messages). */
export type FlagOf = (key: string) => string | undefined;

interface Base<T> {
  key: string;
  message: string;
  default?: T;
  /**
   * The default follows from earlier answers (a pillar's purpose from its name): without a
   * terminal it is taken without counting as a missing answer.
   */
  inferred?: boolean;
}

/** How many questions a step still has, given the answers so far (see runWizard). */
export type StepCounter = () => Promise<number>;

export class Asker {
  lang: Lang;
  t: Translate<WizardKey>;
  /** Questions still open without a terminal, by key. */
  readonly missing: string[] = [];
  /**
   * Every answer used, by key, in the answers-file form (`--answers FILE` takes it back), with the
   * step it belongs to: nothing typed is lost, and the summary can send one step back.
   */
  readonly given = new Map<string, { value: unknown; step: string; suggested: boolean }>();
  /**
   * Questions that take their suggestion without being asked, in a terminal too: the ones answered
   * with their suggestion before going back to an earlier step (see keep).
   */
  readonly follow = new Set<string>();
  /** Suggestions that replace a question's own default: the answers of the step being changed. */
  readonly suggestions = new Map<string, unknown>();
  /**
   * The person's own earlier answers to questions asked again (after the promo-share warning, or
   * going back to their step): taking one back keeps its origin, typed or suggested, even though
   * it is now the question's default.
   */
  readonly earlier = new Map<string, { value: unknown; suggested: boolean }>();
  /** The step being asked (set by runWizard), its heading shown before its first question. */
  step = '';
  private pendingHeading: string | undefined;
  /** Questions prompted in this step, and how many it still has (for "question N of M"). */
  private askedInStep = 0;
  /** The largest "of M" shown in this step: an answer that drops a question to come ends the step early rather than shrinking the total. */
  private stepTotal = 0;
  private counter: StepCounter | undefined;
  /** A step replayed from earlier answers (going back from the summary): no advice repeated. */
  quiet = false;
  /** Questions actually put to the person (prompted), over the whole run. */
  prompted = 0;
  /** Only counting the questions (taking every suggestion once): a step asks nothing twice. */
  counting = false;

  constructor(
    readonly mode: AskMode,
    readonly answers: Answers,
    private readonly prompter: Prompter,
    lang: Lang,
    private readonly flagOf: FlagOf = () => undefined,
  ) {
    this.lang = lang;
    this.t = translator(wizardCatalog, lang);
  }

  /** The questions switch language once the plan's language is known. */
  setLang(lang: Lang): void {
    this.lang = lang;
    this.t = translator(wizardCatalog, lang);
    this.prompter.setLang?.(lang);
  }

  /** A new step: its heading waits for its first question, its progress count starts over. */
  beginStep(step: string, heading: string | undefined, counter?: StepCounter): void {
    this.step = step;
    this.pendingHeading = heading;
    this.askedInStep = 0;
    this.stepTotal = 0;
    this.counter = counter;
  }

  has(key: string): boolean {
    return this.answers.has(key);
  }

  /** Drop a pre-answer so the question is asked (declined edgy humour, a promo share over the mix). */
  forget(...keys: string[]): void {
    for (const key of keys) {
      const given = this.given.get(key);
      if (given) this.earlier.set(key, { value: given.value, suggested: given.suggested });
      this.answers.delete(key);
      this.given.delete(key);
    }
  }

  /**
   * Drop answers the person declined (edgy humour, not kept): the question is asked again from the
   * step's own milder suggestion, so the count of questions to come must not suggest them either.
   */
  decline(...keys: string[]): void {
    this.forget(...keys);
    for (const key of keys) this.earlier.delete(key);
  }

  /** Keep an answer in the transcript (what `--answers FILE` takes back). */
  record(key: string, value: unknown, suggested = false): void {
    this.given.delete(key);
    if (value !== undefined) this.given.set(key, { value, step: this.step, suggested });
  }

  /** The answers given so far, in the answers-file form: flat keys, in the order they were asked. */
  transcript(): Record<string, unknown> {
    return Object.fromEntries([...this.given].map(([key, { value }]) => [key, value]));
  }

  raw(key: string): unknown {
    return this.answers.get(key);
  }

  /** Advice or a warning (on stderr); not when the run is about to stop for missing answers. */
  note(text: string): void {
    if (this.mode !== 'collect' && !this.quiet) this.prompter.note(text);
  }

  /** A step's title: only worth showing when questions are actually asked (before the first). */
  heading(text: string): void {
    this.pendingHeading = text;
  }

  /** Before a prompt: the step's heading (once), and the message with "question N of M". */
  private async prepare(message: string): Promise<string> {
    if (this.pendingHeading !== undefined) {
      this.prompter.note(this.pendingHeading);
      this.pendingHeading = undefined;
    }
    this.prompted++;
    const n = ++this.askedInStep;
    if (!this.counter) return message;
    // The questions still to come if the suggestions are taken, this one included.
    const remaining = await this.counter();
    this.stepTotal = Math.max(this.stepTotal, n, n - 1 + remaining);
    return `${this.t('progress', { n, m: this.stepTotal })} ${message}`;
  }

  /**
   * A pre-answer that cannot be used. In a terminal, the question is asked again with the problem
   * shown (an answers file taken back after a change); otherwise exit 2 naming the key.
   */
  private rejected(key: string, problem: string): void {
    if (this.mode !== 'interactive') this.invalid(key, problem);
    this.prompter.note(this.t('answers.invalid', { source: this.source(key), problem }));
    this.answers.delete(key);
  }

  /** Where an answer came from, for error messages: `--name` or `name` in the answers file. */
  source(key: string): string {
    const flag = this.flagOf(key);
    return flag ? `${flag} (${this.t('answers.orKey', { key })})` : this.t('answers.key', { key });
  }

  /** A pre-answer that cannot be used: exit 2, naming where it came from and what to write. */
  invalid(key: string, problem: string): never {
    throw new UsageError(this.t('answers.invalid', { source: this.source(key), problem }));
  }

  /** The question with its suggestion: the earlier answer when going back to its step, else its default. */
  private suggest<T, Q extends Base<T>>(q: Q, coerce: (value: unknown) => T | undefined): Q {
    if (!this.suggestions.has(q.key)) return q;
    const value = coerce(this.suggestions.get(q.key));
    return value === undefined ? q : { ...q, default: value };
  }

  /** Not pre-answered: take the default (--yes, or no terminal) or ask. Returns undefined to prompt. */
  private open<T>(key: string, fallback: T, inferred = false): { value: T } | undefined {
    if (this.mode === 'interactive') return this.follow.has(key) ? { value: fallback } : undefined;
    if (this.mode === 'collect' && !inferred && !this.missing.includes(key)) this.missing.push(key);
    return { value: fallback };
  }

  async text(q: Base<string> & { optional?: boolean; validate?: (value: string) => string | true }): Promise<string | undefined> {
    q = this.suggest(q, (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined));
    const check = (value: string): string | true => {
      if (value === '') return q.optional ? true : this.t('answers.required');
      return q.validate ? q.validate(value) : true;
    };
    let fallback = q.default;
    if (this.has(q.key)) {
      const raw = this.raw(q.key);
      const value = raw === null || raw === undefined ? '' : typeof raw === 'object' ? undefined : String(raw).trim();
      const ok = value === undefined ? this.t('answers.expectedText') : check(value);
      if (ok === true) return this.keep(q, value === '' ? undefined : value, '');
      this.rejected(q.key, ok);
      if (value) fallback = value;
    }
    const preset = this.open(q.key, q.default, q.inferred);
    if (preset) {
      // A default that does not pass (an edited file whose pillars do not sum to 100...) must be
      // answered explicitly: say which flag fixes it.
      const ok = check(preset.value ?? '');
      // In a terminal, a suggestion that does not pass is simply asked.
      if (ok === true) return this.keep(q, preset.value === '' ? undefined : preset.value, '');
      if (this.mode !== 'interactive') this.invalid(q.key, ok);
    }
    const value = (await this.prompter.input({ message: await this.prepare(q.message), default: fallback, validate: (v) => check(v.trim()) })).trim();
    return this.keep(q, value === '' ? undefined : value, '');
  }

  /**
   * Record an answer (`empty` stands for "left empty", so taking it back does not bring the
   * default), noting whether it was the suggestion: going back to an earlier step, a question
   * answered with its suggestion takes the new suggestion (tu instead of vous...), one typed stays.
   */
  private keep<T>(q: Base<unknown>, value: T, empty: unknown): T {
    const shape = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].map(String).sort() : v ?? empty);
    // An answer equal to the person's own earlier answer is theirs, though it is now the default.
    const own = this.earlier.get(q.key);
    const suggested = own !== undefined && shape(own.value) === shape(value) ? own.suggested : shape(value) === shape(q.default);
    this.record(q.key, value === undefined ? empty : value, suggested);
    return value;
  }

  /** A list typed as comma-separated items (or a YAML list in the answers file). */
  async list(q: Base<string[]> & { optional?: boolean }): Promise<string[]> {
    q = this.suggest(q, (v) => (Array.isArray(v) ? v.map(String) : undefined));
    if (this.has(q.key)) {
      const raw = this.raw(q.key);
      if (Array.isArray(raw)) return this.keep(q, raw.map((item) => String(item).trim()).filter(Boolean), []);
      if (raw === null || raw === undefined) return this.keep(q, [], []);
      if (typeof raw !== 'object') return this.keep(q, splitList(String(raw)), []);
      this.rejected(q.key, this.t('answers.expectedList'));
    }
    const preset = this.open(q.key, q.default ?? [], q.inferred);
    if (preset) return this.keep(q, preset.value, []);
    // One separator per question, announced in it, shown in the suggestion and the only one the
    // answer is split on: semicolons when a suggested item holds a comma, else commas. A `;` typed
    // in a comma list stays in its item (`=HYPERLINK("a";"b")` is not two items).
    const separator = q.default?.some((item) => item.includes(',')) ? ';' : ',';
    // The suggestion is a default (Enter takes it, typing replaces it, Tab puts it in the line to
    // edit), never text already in the line that typing would append to.
    const typed = await this.prompter.input({
      message: await this.prepare(`${q.message} ${this.t(separator === ';' ? 'hint.semicolons' : 'hint.commas')}`),
      default: q.default && q.default.length > 0 ? q.default.join(`${separator} `) : undefined,
      validate: (v) => (q.optional || v.trim() !== '' ? true : this.t('answers.required')),
    });
    return this.keep(q, splitOn(typed, separator), []);
  }

  async select<T extends string>(q: Base<T> & { choices: readonly Choice<T>[] }): Promise<T> {
    q = this.suggest(q, (v) => q.choices.find((c) => c.value === v)?.value);
    const values = q.choices.map((c) => c.value);
    if (this.has(q.key)) {
      const raw = String(this.raw(q.key)).trim();
      const found = values.find((v) => v === raw) ?? values.find((v) => v.toLowerCase() === raw.toLowerCase());
      if (found !== undefined) return this.keep(q, found, found);
      this.rejected(q.key, this.t('answers.oneOf', { value: raw, allowed: values.join(', ') }));
    }
    const preset = this.open(q.key, q.default ?? values[0]!, q.inferred);
    if (preset) return this.keep(q, preset.value, preset.value);
    const value = await this.prompter.select({ message: await this.prepare(q.message), choices: q.choices, default: q.default });
    return this.keep(q, value, value);
  }

  async checkbox<T extends string>(q: Base<T[]> & { choices: readonly Choice<T>[]; min?: number; allowOther?: (value: string) => boolean }): Promise<T[]> {
    q = this.suggest(q, (v) => (Array.isArray(v) ? (v.filter((item) => q.choices.some((c) => c.value === item)) as T[]) : undefined));
    const values = q.choices.map((c) => c.value as string);
    const min = q.min ?? 0;
    let fallback = q.default;
    if (this.has(q.key)) {
      const raw = this.raw(q.key);
      const items = Array.isArray(raw) ? raw.map((item) => String(item).trim().toLowerCase()) : raw === null || raw === undefined ? [] : splitList(String(raw)).map((s) => s.toLowerCase());
      const unknown = items.filter((item) => !values.includes(item) && !(q.allowOther?.(item) ?? false));
      const problem = unknown.length > 0 ? this.t('answers.unknownItems', { items: unknown.join(', '), allowed: values.join(', ') }) : items.length < min ? this.t('answers.atLeast', { count: min }) : undefined;
      if (problem === undefined) return this.keep(q, [...new Set(items)] as T[], []);
      this.rejected(q.key, problem);
      fallback = items.filter((item) => values.includes(item)) as T[];
    }
    const preset = this.open(q.key, q.default ?? [], q.inferred);
    if (preset) return this.keep(q, preset.value, []);
    const chosen = new Set(fallback ?? []);
    const picked = await this.prompter.checkbox({
      message: await this.prepare(q.message),
      choices: q.choices.map((c) => ({ ...c, checked: chosen.has(c.value) })),
      validate: (values) => (values.length >= min ? true : this.t('answers.atLeast', { count: min })),
    });
    return this.keep(q, picked, []);
  }

  async confirm(q: Base<boolean> & { default: boolean }): Promise<boolean> {
    q = this.suggest(q, (v) => (typeof v === 'boolean' ? v : undefined));
    if (this.has(q.key)) {
      const raw = this.raw(q.key);
      const word = String(raw).trim().toLowerCase();
      const value = typeof raw === 'boolean' ? raw : ['yes', 'y', 'true', 'oui', 'o', '1'].includes(word) ? true : ['no', 'n', 'false', 'non', '0'].includes(word) ? false : undefined;
      if (value !== undefined) return this.keep(q, value, value);
      this.rejected(q.key, this.t('answers.yesNo', { value: String(raw) }));
    }
    const preset = this.open(q.key, q.default, q.inferred);
    if (preset) return this.keep(q, preset.value, preset.value);
    const value = await this.prompter.confirm({ message: await this.prepare(q.message), default: q.default });
    return this.keep(q, value, value);
  }
}

/**
 * A list given as a flag or in an answers file: "a, b , c" → ["a", "b", "c"]; a semicolon also
 * separates, for items that need commas (no prompt announced a separator there).
 */
export function splitList(text: string): string[] {
  return splitOn(text, text.includes(';') ? ';' : ',');
}


/** Flatten an answers file: `{instagram: {role: primary}}` → `instagram.role`. Lists stay whole. */
export function flattenAnswers(data: Record<string, unknown>, into: Answers = new Map(), prefix = ''): Answers {
  for (const [key, value] of Object.entries(data)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !STRUCTURED.has(full)) {
      flattenAnswers(value as Record<string, unknown>, into, full);
    } else {
      into.set(full, value);
    }
  }
  return into;
}

/** Answer keys whose value is a whole structure, never flattened. */
const STRUCTURED = new Set<string>();
