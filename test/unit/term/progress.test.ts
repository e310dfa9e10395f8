// The progress line of long runs, on a clock the test moves: silent for a second, then one line
// elsewhere than a terminal, or a line redrawn in place (at most ten times a second) and cleared.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progress, PROGRESS_AFTER_MS } from '../../../src/term/progress.js';

const words = { line: (done: number, total: number) => `Checking ${done} of ${total}`, once: (total: number) => `Checking ${total} files` };

function run(isTTY: boolean, ticks: number[]): string {
  let out = '';
  let clock = 0;
  const status = progress({ write: (s: string) => (out += s), isTTY }, 100, words, () => clock);
  ticks.forEach((at, i) => {
    clock = at;
    status.tick(i + 1);
  });
  status.end();
  return out;
}

describe('progress', () => {
  it('says nothing when the work ends within a second', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: PROGRESS_AFTER_MS - 1 }), { maxLength: 50 }), fc.boolean(), (ticks, tty) => {
      expect(run(tty, [...ticks].sort((a, b) => a - b))).toBe('');
    }));
  });

  it('writes one plain line, once, when stderr is not a terminal', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 50 }), (ticks) => {
      const sorted = [...ticks].sort((a, b) => a - b);
      const out = run(false, sorted);
      expect(out).toBe(sorted.at(-1)! >= PROGRESS_AFTER_MS ? 'Checking 100 files\n' : '');
    }));
  });

  it('redraws one terminal line in place, at most ten times a second, and clears it at the end', () => {
    const out = run(true, [0, 500, 1000, 1050, 1100, 1250, 3000]);
    expect(out).toBe('\r\u001b[KChecking 3 of 100\r\u001b[KChecking 5 of 100\r\u001b[KChecking 6 of 100\r\u001b[KChecking 7 of 100\r\u001b[K');
    expect(out).not.toContain('\n');
  });
});
