// What a command may touch of the outside world, passed in so commands run in tests without a process.
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CommandIO {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIO(): CommandIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // process.stdin builds a stream on first access: only for commands that read it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Global flags every command understands. */
export interface GlobalOptions {
  color?: boolean;
  verbose?: boolean;
  quiet?: boolean;
  lang?: string;
}
