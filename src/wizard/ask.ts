// How a step gets an answer: from the pre-answers (flags, --answers FILE) first, then from the
// defaults (--yes), then from the user through the Prompter. Without a terminal, a question that
// is still open is recorded (so the error can name every flag to pass) and its default used.
import { UsageError } from '../errors.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import { wizardCatalog, type WizardKey } from '../i18n/wizard.js';
import type { Choice, Prompter } from './prompts.js';

export type AskMode = 'interactive' | 'defaults' | 'collect';

/** Pre-answers by question key; nested maps of an answers file are flattened to dotted keys. */
export type Answers = Map<string, unknown>;

/** The flag that answers a question, when one exists (used in messages). */
export type FlagOf = (key: string) => string | undefined;

interface Base<T> {
  key: string;
  message: string;
  default?: T;
}

export class Asker {
  lang: Lang;
  t: Translate<WizardKey>;
  /** Questions still open without a terminal, by key. */
  readonly missing: string[] = [];

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

  has(key: string): boolean {
    return this.answers.has(key);
  }

  raw(key: string): unknown {
    return this.answers.get(key);
  }

  /** Advice or a warning (on stderr); not when the run is about to stop for missing answers. */
  note(text: string): void {
    if (this.mode !== 'collect') this.prompter.note(text);
  }

  /** A step's title: only worth showing when questions are actually asked. */
  heading(text: string): void {
    if (this.mode === 'interactive') this.prompter.note(text);
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

  /** Not pre-answered: take the default (--yes, or no terminal) or ask. Returns undefined to prompt. */
  private open<T>(key: string, fallback: T): { value: T } | undefined {
    if (this.mode === 'interactive') return undefined;
    if (this.mode === 'collect' && !this.missing.includes(key)) this.missing.push(key);
    return { value: fallback };
  }

  async text(q: Base<string> & { optional?: boolean; validate?: (value: string) => string | true }): Promise<string | undefined> {
    const check = (value: string): string | true => {
      if (value === '') return q.optional ? true : this.t('answers.required');
      return q.validate ? q.validate(value) : true;
    };
    if (this.has(q.key)) {
      const raw = this.raw(q.key);
      const value = raw === null || raw === undefined ? '' : typeof raw === 'object' ? this.invalid(q.key, this.t('answers.expectedText')) : String(raw).trim();
      const ok = check(value);
      if (ok !== true) this.invalid(q.key, ok);
      return value === '' ? undefined : value;
    }
    const preset = this.open(q.key, q.default);
    if (preset) {
      // A default that does not pass (an edited file whose pillars do not sum to 100...) must be
      // answered explicitly: say which flag fixes it.
      const ok = check(preset.value ?? '');
      if (ok !== true) this.invalid(q.key, ok);
      return preset.value === '' ? undefined : preset.value;
    }
    const value = (await this.prompter.input({ message: q.message, default: q.default, validate: (v) => check(v.trim()) })).trim();
    return value === '' ? undefined : value;
  }

  /** A list typed as comma-separated items (or a YAML list in the answers file). */
  async list(q: Base<string[]> & { optional?: boolean }): Promise<string[]> {
    if (this.has(q.key)) {
      const raw = this.raw(q.key);
      if (Array.isArray(raw)) return raw.map((item) => String(item).trim()).filter(Boolean);
      if (raw === null || raw === undefined) return [];
      if (typeof raw === 'object') this.invalid(q.key, this.t('answers.expectedList'));
      return splitList(String(raw));
    }
    const preset = this.open(q.key, q.default ?? []);
    if (preset) return preset.value;
    const typed = await this.prompter.input({
      message: `${q.message} ${this.t('hint.commas')}`,
      // Items that hold commas are shown separated by semicolons, so they read back whole.
      default: q.default && q.default.length > 0 ? q.default.join(q.default.some((item) => item.includes(',')) ? '; ' : ', ') : undefined,
      validate: (v) => (q.optional || v.trim() !== '' ? true : this.t('answers.required')),
      editable: true,
    });
    return splitList(typed);
  }

  async select<T extends string>(q: Base<T> & { choices: readonly Choice<T>[] }): Promise<T> {
    const values = q.choices.map((c) => c.value);
    if (this.has(q.key)) {
      const raw = String(this.raw(q.key)).trim();
      const found = values.find((v) => v === raw) ?? values.find((v) => v.toLowerCase() === raw.toLowerCase());
      if (found === undefined) this.invalid(q.key, this.t('answers.oneOf', { value: raw, allowed: values.join(', ') }));
      return found;
    }
    const preset = this.open(q.key, q.default ?? values[0]!);
    if (preset) return preset.value;
    return this.prompter.select({ message: q.message, choices: q.choices, default: q.default });
  }

  async checkbox<T extends string>(q: Base<T[]> & { choices: readonly Choice<T>[]; min?: number; allowOther?: (value: string) => boolean }): Promise<T[]> {
    const values = q.choices.map((c) => c.value as string);
    const min = q.min ?? 0;
    if (this.has(q.key)) {
      const raw = this.raw(q.key);
      const items = Array.isArray(raw) ? raw.map((item) => String(item).trim().toLowerCase()) : raw === null || raw === undefined ? [] : splitList(String(raw)).map((s) => s.toLowerCase());
      const unknown = items.filter((item) => !values.includes(item) && !(q.allowOther?.(item) ?? false));
      if (unknown.length > 0) this.invalid(q.key, this.t('answers.unknownItems', { items: unknown.join(', '), allowed: values.join(', ') }));
      if (items.length < min) this.invalid(q.key, this.t('answers.atLeast', { count: min }));
      return [...new Set(items)] as T[];
    }
    const preset = this.open(q.key, q.default ?? []);
    if (preset) return preset.value;
    const chosen = new Set(q.default ?? []);
    return this.prompter.checkbox({
      message: q.message,
      choices: q.choices.map((c) => ({ ...c, checked: chosen.has(c.value) })),
      validate: (picked) => (picked.length >= min ? true : this.t('answers.atLeast', { count: min })),
    });
  }

  async confirm(q: Base<boolean> & { default: boolean }): Promise<boolean> {
    if (this.has(q.key)) {
      const raw = this.raw(q.key);
      if (typeof raw === 'boolean') return raw;
      const word = String(raw).trim().toLowerCase();
      if (['yes', 'y', 'true', 'oui', 'o', '1'].includes(word)) return true;
      if (['no', 'n', 'false', 'non', '0'].includes(word)) return false;
      this.invalid(q.key, this.t('answers.yesNo', { value: String(raw) }));
    }
    const preset = this.open(q.key, q.default);
    if (preset) return preset.value;
    return this.prompter.confirm({ message: q.message, default: q.default });
  }
}

/** "a, b , c" → ["a", "b", "c"]; a semicolon also separates, for items that need commas. */
export function splitList(text: string): string[] {
  const separator = text.includes(';') ? ';' : ',';
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
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
