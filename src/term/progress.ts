// "What is it doing?" for long runs (`plan validate` on a folder of 20,000 files takes seconds):
// nothing for the first second, then on a terminal one line that counts up in place (cleared at
// the end), and elsewhere (CI logs) one plain line, once. Always on stderr: stdout stays the report.
// Driven by the work loop itself (tick), not a timer: the loop may not yield to timers at all.

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  tick(done: number): void;
  end(): void;
}

/** Quiet for this long; most runs end before it. */
export const PROGRESS_AFTER_MS = 1000;
const REDRAW_MS = 100;

export interface ProgressWords {
  /** The terminal's line, redrawn as the work goes. */
  line(done: number, total: number): string;
  /** The one line written elsewhere. */
  once(total: number): string;
}

export function progress(stream: ProgressStream, total: number, words: ProgressWords, now: () => number = Date.now): Progress {
  const start = now();
  let shown = false;
  let lastDraw = 0;
  return {
    tick(done) {
      const time = now();
      if (time - start < PROGRESS_AFTER_MS) return;
      if (!stream.isTTY) {
        if (!shown) stream.write(`${words.once(total)}\n`);
        shown = true;
        return;
      }
      if (shown && time - lastDraw < REDRAW_MS) return;
      shown = true;
      lastDraw = time;
      stream.write(`\r\u001b[K${words.line(done, total)}`);
    },
    end() {
      if (shown && stream.isTTY) stream.write('\r\u001b[K');
    },
  };
}
