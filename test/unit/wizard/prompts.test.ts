// The prompt wrapper on fake terminal streams: Ctrl-C is a CancelledError (130), and nothing is
// ever drawn when stdin or stdout is not a terminal.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CancelledError, UsageError } from '../../../src/errors.js';
import { canPrompt, terminalPrompter } from '../../../src/wizard/prompts.js';
import type { CommandIO } from '../../../src/io/context.js';

function fakeTerminal(tty = true) {
  const stdin = Object.assign(new PassThrough(), { isTTY: tty, setRawMode: () => {} });
  const stdout = Object.assign(new PassThrough(), { isTTY: tty, columns: 80, rows: 24 });
  let screen = '';
  stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const stderr = { text: '', isTTY: false, write(s: string) { this.text += s; } };
  const io: CommandIO = { stdin: stdin as never, stdout: stdout as never, stderr, env: {}, cwd: '/' };
  return { io, stdin, screen: () => screen, stderr };
}

const messages = { cancelled: 'Cancelled. Nothing was written.', noTerminal: 'no terminal' };

describe('terminalPrompter', () => {
  it('answers an input prompt typed on the terminal', async () => {
    const { io, stdin, screen } = fakeTerminal();
    const answer = terminalPrompter(io, messages).input({ message: 'Name', default: 'X' });
    await new Promise((r) => setTimeout(r, 20));
    stdin.write('Café\n');
    await expect(answer).resolves.toBe('Café');
    expect(screen()).toContain('Name');
  });

  it('turns Ctrl-C into CancelledError with exit code 130', async () => {
    const { io, stdin } = fakeTerminal();
    const answer = terminalPrompter(io, messages).select({ message: 'Pick', choices: [{ value: 'a', name: 'A' }] });
    stdin.write('\u0003');
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).exitCode).toBe(130);
    expect((error as Error).message).toBe(messages.cancelled);
  });

  it('turns an aborted prompt (SIGINT/SIGTERM handler) into CancelledError', async () => {
    const { io } = fakeTerminal();
    const controller = new AbortController();
    const answer = terminalPrompter(io, { ...messages, signal: controller.signal }).confirm({ message: 'Sure?', default: true });
    controller.abort();
    await expect(answer).rejects.toBeInstanceOf(CancelledError);
  });

  it('never draws a prompt without a terminal', async () => {
    const { io, screen } = fakeTerminal(false);
    expect(canPrompt(io)).toBe(false);
    await expect(terminalPrompter(io, messages).input({ message: 'Name' })).rejects.toBeInstanceOf(UsageError);
    expect(screen()).toBe('');
  });

  it('writes notes to stderr', () => {
    const { io, stderr } = fakeTerminal();
    terminalPrompter(io, messages).note('hello');
    expect(stderr.text).toBe('hello\n');
  });
});
