import type { DefineCommand } from './types.js';

/** `plan rules`: flags and help; the implementation is src/commands/rules.ts, imported lazily. */
export const defineRules: DefineCommand = () => {};
