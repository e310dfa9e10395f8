import type { DefineCommand } from './types.js';

/** `plan completion`: flags and help; the implementation is src/commands/completion.ts, imported lazily. */
export const defineCompletion: DefineCommand = () => {};
