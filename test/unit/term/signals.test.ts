// withSignals turns SIGINT / SIGTERM into CancelledError (130 / 143), restores the terminal,
// and keeps writes all-or-nothing. Signals come from an EventEmitter here, never the real process.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../../src/errors.js';
import { SHOW_CURSOR, withSignals, type SignalSource } from '../../../src/term/signals.js';

function fakeTerminal(isTTY: boolean) {
  const written: string[] = [];
  const stdin = { isTTY, isRaw: isTTY, setRawMode(mode: boolean) { this.isRaw = mode; } };
  return { stderr: { isTTY, write: (s: string) => written.push(s) }, stdin, written };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('withSignals', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} during the work: CancelledError ${code}, cursor shown, raw mode off, the commit refused`, async () => {
      const source = new EventEmitter();
      const term = fakeTerminal(true);
      let committed = false;
      let resume: () => void = () => {};
      const run = withSignals(
        async (cancel) => {
          await new Promise<void>((resolve) => (resume = resolve));
          await cancel.commit(async () => void (committed = true));
          return 0;
        },
        { source: source as SignalSource, stderr: term.stderr, stdin: term.stdin, message: 'Cancelled. Nothing was written.' },
      );
      await tick();
      source.emit(signal);
      const error = await run.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CancelledError);
      expect((error as CancelledError).exitCode).toBe(code);
      expect((error as Error).message).toBe('Cancelled. Nothing was written.');
      expect(term.written).toEqual([SHOW_CURSOR]);
      expect(term.stdin.isRaw).toBe(false);
      // The work goes on in the background and reaches its commit: refused, nothing written.
      resume();
      await tick();
      await tick();
      expect(committed).toBe(false);
    });
  }

  it('aborts the AbortSignal given to prompts', async () => {
    const source = new EventEmitter();
    let seen: AbortSignal | undefined;
    const run = withSignals(async (cancel) => ((seen = cancel.signal), new Promise<number>(() => {})), { source: source as SignalSource });
    await tick();
    source.emit('SIGINT');
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBeInstanceOf(CancelledError);
  });

  it('a signal during the commit lets the writes finish: all or nothing, never half', async () => {
    const source = new EventEmitter();
    const written: string[] = [];
    const result = await withSignals(
      async (cancel) => {
        await cancel.commit(async () => {
          written.push('strategy.yaml');
          source.emit('SIGINT');
          await tick();
          written.push('brief.md');
        });
        return 0;
      },
      { source: source as SignalSource },
    );
    expect(result).toBe(0);
    expect(written).toEqual(['strategy.yaml', 'brief.md']);
  });

  it('writes nothing to a terminal that is not one, and removes its listeners when done', async () => {
    const source = new EventEmitter();
    const term = fakeTerminal(false);
    expect(await withSignals(async () => 7, { source: source as SignalSource, stderr: term.stderr, stdin: term.stdin })).toBe(7);
    expect(source.listenerCount('SIGINT')).toBe(0);
    expect(source.listenerCount('SIGTERM')).toBe(0);
    const failing = withSignals(async () => Promise.reject(new Error('boom')), { source: source as SignalSource });
    await expect(failing).rejects.toThrow('boom');
    expect(source.listenerCount('SIGINT')).toBe(0);
    expect(term.written).toEqual([]);
  });

  it('stays attached until the task settles (so other listeners do not think they are alone), then lets go', async () => {
    const source = new EventEmitter();
    let finish: () => void = () => {};
    const run = withSignals(async () => new Promise<number>((resolve) => (finish = () => resolve(0))), { source: source as SignalSource });
    await tick();
    source.emit('SIGINT');
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(source.listenerCount('SIGINT')).toBe(0);
    finish();
  });

  it('a second signal while the first is honoured during a commit detaches at once', async () => {
    const source = new EventEmitter();
    const run = withSignals(
      async (cancel) => {
        await cancel.commit(async () => {
          source.emit('SIGTERM');
          expect(source.listenerCount('SIGTERM')).toBe(1);
          source.emit('SIGTERM');
          expect(source.listenerCount('SIGTERM')).toBe(0);
        });
        return 0;
      },
      { source: source as SignalSource },
    );
    expect(await run).toBe(0);
  });
});
