// The one place that talks to @inquirer/prompts. Steps never import inquirer: they ask through a
// Prompter, so tests drive them with a scripted fake and no terminal. This wrapper turns Ctrl-C
// (ExitPromptError) into CancelledError (exit 130) and refuses to draw prompts into a pipe.
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { CancelledError, UsageError } from '../errors.js';
import type { CommandIO } from '../io/context.js';
import { SHOW_CURSOR } from '../term/signals.js';
import { translator, type Lang } from '../i18n/index.js';
import { wizardCatalog, type WizardKey } from '../i18n/wizard.js';

/** Inquirer's key-help words, translated (its own strings are English only). */
const KEY_WORDS: Record<string, WizardKey> = { navigate: 'keys.navigate', select: 'keys.select', all: 'keys.all', invert: 'keys.invert', submit: 'keys.submit' };

export interface Choice<T extends string> {
  value: T;
  name: string;
  /** Shown under the list when the choice is highlighted. */
  description?: string;
}

export interface Prompter {
  /** The default is a suggestion: Enter takes it, typing replaces it, Tab puts it in the line to edit. */
  input(q: { message: string; default?: string; required?: boolean; validate?: (value: string) => string | true }): Promise<string>;
  confirm(q: { message: string; default: boolean }): Promise<boolean>;
  select<T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T extends string>(q: { message: string; choices: readonly (Choice<T> & { checked?: boolean })[]; validate?: (values: T[]) => string | true }): Promise<T[]>;
  /** A line of advice or warning between questions (to stderr). */
  note(text: string): void;
  /** The questions switched language: the prompts' own words (key help, yes/no) follow. */
  setLang?(lang: Lang): void;
}

/** True when both ends are a terminal: the only case where a prompt may be drawn. */
export function canPrompt(io: Pick<CommandIO, 'stdin' | 'stdout'>): boolean {
  return Boolean(io.stdin.isTTY) && Boolean(io.stdout.isTTY);
}

function isPromptExit(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

/**
 * Run one inquirer prompt; Ctrl-C becomes CancelledError (130) so the top level exits cleanly.
 * Showing the cursor again here (inquirer does too) keeps the shell usable whatever the prompt,
 * and the newline puts the "Cancelled" message on a line of its own.
 */
async function guard<T>(prompt: Promise<T>, cancelled: string, output: CommandIO['stdout']): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (isPromptExit(error)) {
      if (output.isTTY && !(output as { writableEnded?: boolean }).writableEnded) output.write(SHOW_CURSOR + '\n');
      throw new CancelledError(cancelled);
    }
    throw error;
  }
}

export interface TerminalPrompterOptions {
  /** Message of the CancelledError raised on Ctrl-C. */
  cancelled: string;
  /** Message of the UsageError raised if a prompt is attempted without a terminal (a bug guard). */
  noTerminal: string;
  /** Language of inquirer's own words at the start (key help, yes/no). */
  lang?: Lang;
  /** Aborts the prompt on SIGINT / SIGTERM (see src/term/signals.ts). */
  signal?: AbortSignal;
}

/** The real prompter, on the command's stdin and stdout. */
export function terminalPrompter(io: CommandIO, messages: TerminalPrompterOptions): Prompter {
  const context = { input: io.stdin as NodeJS.ReadableStream, output: io.stdout as unknown as NodeJS.WritableStream, signal: messages.signal };
  let t = translator(wizardCatalog, messages.lang ?? 'en');
  // In a select list "select" is Enter (choose); in a checkbox it is Space (tick).
  const tip = (words: Record<string, WizardKey>) => (keys: [string, string][]) => keys.map(([key, action]) => `${key === 'space' ? t('keys.space') : key} ${words[action] ? t(words[action]) : action}`).join(' • ');
  const selectTip = tip({ ...KEY_WORDS, select: 'keys.choose' });
  const checkboxTip = tip(KEY_WORDS);
  const ready = () => {
    if (!canPrompt(io)) throw new UsageError(messages.noTerminal);
  };
  return {
    async input(q) {
      ready();
      return guard(input({ message: q.message, default: q.default, validate: q.validate, prefill: 'tab' }, context), messages.cancelled, io.stdout);
    },
    async confirm(q) {
      ready();
      return guard(confirm({ message: q.message, default: q.default, theme: { keywords: { yes: t('keys.yes'), no: t('keys.no'), error: (words: { yes: string; no: string }) => t('keys.yesNoError', words) } } }, context), messages.cancelled, io.stdout);
    },
    async select(q) {
      ready();
      return guard(select({ message: q.message, choices: [...q.choices], default: q.default, pageSize: 12, theme: { style: { keysHelpTip: selectTip } } }, context), messages.cancelled, io.stdout);
    },
    checkbox(q) {
      ready();
      const validate = q.validate ? (choices: readonly { value: (typeof q.choices)[number]['value'] }[]) => q.validate!(choices.map((c) => c.value)) : undefined;
      return guard(checkbox({ message: q.message, choices: [...q.choices], pageSize: 14, validate, theme: { style: { keysHelpTip: checkboxTip } } }, context), messages.cancelled, io.stdout);
    },
    note(text) {
      io.stderr.write(text + '\n');
    },
    setLang(lang) {
      t = translator(wizardCatalog, lang);
    },
  };
}
