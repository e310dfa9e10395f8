// The few error types the CLI knows. One place (src/cli/program.ts) turns them into messages and exit codes.

export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  cancelled: 130,
  terminated: 143,
} as const;

/** Wrong flags or arguments: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = EXIT.usage;
}

/** A file that cannot be read or written, or input that cannot be used: exit 2. */
export class InputError extends Error {
  override name = 'InputError';
  readonly exitCode = EXIT.usage;
}

/** The user pressed Ctrl-C or the process was asked to stop: exit 130 (143 for SIGTERM). */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor(message = 'Cancelled.', readonly exitCode: number = EXIT.cancelled) {
    super(message);
  }
}

export type KnownError = UsageError | InputError | CancelledError;

export function isKnownError(error: unknown): error is KnownError {
  return error instanceof UsageError || error instanceof InputError || error instanceof CancelledError;
}
