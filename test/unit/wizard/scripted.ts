// A Prompter that answers from a script, in order, checking each question's message: steps run
// exactly as in the terminal, without one.
import { expect } from 'vitest';
import type { Choice, Prompter } from '../../../src/wizard/prompts.js';

export type Reply = string | boolean | string[] | typeof DEFAULT | Error;
export const DEFAULT = Symbol('default');

export interface Scripted extends Prompter {
  notes: string[];
  asked: string[];
  remaining(): number;
}

/** Each entry: a pattern the question's message must match, then the reply (DEFAULT takes the default). */
export function scripted(script: [RegExp, Reply][]): Scripted {
  const queue = [...script];
  const notes: string[] = [];
  const asked: string[] = [];
  const next = (message: string): Reply => {
    asked.push(message);
    const entry = queue.shift();
    if (!entry) throw new Error(`Unexpected question: ${message}`);
    expect(message).toMatch(entry[0]);
    if (entry[1] instanceof Error) throw entry[1];
    return entry[1];
  };
  return {
    notes,
    asked,
    remaining: () => queue.length,
    async input(q) {
      const reply = next(q.message);
      const value = reply === DEFAULT ? (q.default ?? '') : String(reply);
      const ok = q.validate?.(value) ?? true;
      if (ok !== true) throw new Error(`Invalid scripted answer for "${q.message}": ${ok}`);
      return value;
    },
    async confirm(q) {
      const reply = next(q.message);
      return reply === DEFAULT ? q.default : Boolean(reply);
    },
    async select<T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) {
      const reply = next(q.message);
      const value = reply === DEFAULT ? (q.default ?? q.choices[0]!.value) : (reply as T);
      expect(q.choices.map((c) => c.value)).toContain(value);
      return value;
    },
    async checkbox<T extends string>(q: { message: string; choices: readonly (Choice<T> & { checked?: boolean })[]; validate?: (values: T[]) => string | true }) {
      const reply = next(q.message);
      const values = reply === DEFAULT ? q.choices.filter((c) => c.checked).map((c) => c.value) : (reply as T[]);
      const ok = q.validate?.(values) ?? true;
      if (ok !== true) throw new Error(`Invalid scripted choice for "${q.message}": ${ok}`);
      return values;
    },
    note(text) {
      notes.push(text);
    },
  };
}
