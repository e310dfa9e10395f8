// Standard output that cannot be written (`plan brief s.yaml > /dev/full`, a closed pipe): Node
// reports it as an 'error' event on the stream, which would otherwise crash with a stack trace
// and exit 1 (the "findings" code). A reader that closed the pipe early (`| head`) chose to stop
// reading: not an error. Anything else ends the run with exit 2 and one line (src/cli.ts).

export interface OutputWatch {
  /** The first write error other than EPIPE, once the stream has reported it. */
  readonly error: NodeJS.ErrnoException | undefined;
}

export function watchOutput(stream: NodeJS.WritableStream): OutputWatch {
  const watch: { error: NodeJS.ErrnoException | undefined } = { error: undefined };
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') watch.error ??= error;
  });
  return watch;
}
