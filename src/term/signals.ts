// Ctrl-C and SIGTERM for commands that write files (init, brief): turn the signal into a
// CancelledError (exit 130, or 143 for SIGTERM) that src/cli/program.ts reports like any other error,
// make sure nothing is written after it, and give the terminal back as it was.
//
// Usage in a command:
//   return withSignals(async (cancel) => {
//     const answers = await askEverything({ signal: cancel.signal }); // inquirer takes { signal }
//     const text = render(answers);
//     await cancel.commit(async () => { await writeFileAtomic(...); await writeFileAtomic(...); });
//     return EXIT.ok;
//   }, { stderr: io.stderr, stdin: io.stdin, message: t('cli.cancelled') });
import { CancelledError, EXIT } from '../errors.js';

export type CancelSignal = 'SIGINT' | 'SIGTERM';

/** What the helper listens to; `process` by default, a plain EventEmitter in tests. */
export interface SignalSource {
  on(event: CancelSignal, listener: (signal: CancelSignal) => void): unknown;
  off(event: CancelSignal, listener: (signal: CancelSignal) => void): unknown;
}

export interface Cancellation {
  /** Aborted when a signal arrives; pass it to prompts (`{ signal }`) and long loops. */
  readonly signal: AbortSignal;
  /** Throws the CancelledError if a signal has arrived. */
  throwIfCancelled(): void;
  /**
   * Run the writes of the command, all or nothing: refused once cancelled, and a signal that
   * arrives during them waits until they are done (each write is atomic; so is the set).
   */
  commit<T>(writes: () => Promise<T>): Promise<T>;
}

export interface SignalOptions {
  /** Where the cursor-restore sequence goes when it is a terminal. */
  stderr?: { write(chunk: string): unknown; isTTY?: boolean };
  /** A TTY in raw mode is put back in cooked mode. */
  stdin?: { isTTY?: boolean; isRaw?: boolean; setRawMode?: (mode: boolean) => unknown };
  /** The CancelledError's message (translated by the caller), e.g. "Cancelled. Nothing was written." */
  message?: string;
  source?: SignalSource;
}

/** The escape sequence that shows the cursor again (prompts and spinners hide it). */
export const SHOW_CURSOR = '\u001b[?25h';

export function exitCodeFor(signal: CancelSignal): number {
  return signal === 'SIGTERM' ? EXIT.terminated : EXIT.cancelled;
}

/** Give the terminal back: cursor visible, raw mode off. Safe to call when not a TTY. */
export function restoreTerminal(options: Pick<SignalOptions, 'stderr' | 'stdin'>): void {
  if (options.stderr?.isTTY) options.stderr.write(SHOW_CURSOR);
  const stdin = options.stdin;
  if (stdin?.isTTY && stdin.isRaw && typeof stdin.setRawMode === 'function') {
    try {
      stdin.setRawMode(false);
    } catch {
      // The terminal is gone already: nothing to restore.
    }
  }
}

/**
 * Run `task` with SIGINT and SIGTERM turned into a CancelledError. The handlers are removed
 * when the task settles; a second Ctrl-C before that stops the process at once, as users
 * expect when something hangs.
 */
export async function withSignals<T>(task: (cancel: Cancellation) => Promise<T>, options: SignalOptions = {}): Promise<T> {
  const source: SignalSource = options.source ?? process;
  const controller = new AbortController();
  let committing = 0;
  let rejectRun: (error: unknown) => void = () => {};
  const cancelled = new Promise<never>((_, reject) => (rejectRun = reject));
  cancelled.catch(() => {});

  const errorFor = (signal: CancelSignal) => new CancelledError(options.message ?? 'Cancelled.', exitCodeFor(signal));

  const fire = (signal: CancelSignal) => {
    const error = errorFor(signal);
    controller.abort(error);
    restoreTerminal(options);
    rejectRun(error);
  };

  let received = false;
  const onSignal = (signal: CancelSignal) => {
    if (received) {
      // A second signal while the first is being honoured: the user means it. Stop at once
      // with the default action (only for the real process; a test's emitter just detaches).
      detach();
      if (source === process) process.kill(process.pid, signal);
      return;
    }
    received = true;
    // Stay attached until the task settles: libraries that also listen (signal-exit, used by
    // the prompts) re-raise the signal and kill the process when they think they are alone.
    // During the writes, let them finish (all or nothing); the run then ends normally.
    if (committing === 0) fire(signal);
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  let attached = true;
  const detach = () => {
    if (!attached) return;
    attached = false;
    source.off('SIGINT', onInt);
    source.off('SIGTERM', onTerm);
  };
  source.on('SIGINT', onInt);
  source.on('SIGTERM', onTerm);

  const cancellation: Cancellation = {
    signal: controller.signal,
    throwIfCancelled() {
      if (controller.signal.aborted) throw controller.signal.reason;
    },
    async commit(writes) {
      cancellation.throwIfCancelled();
      committing++;
      try {
        return await writes();
      } finally {
        committing--;
      }
    },
  };

  try {
    return await Promise.race([task(cancellation), cancelled]);
  } finally {
    detach();
  }
}
