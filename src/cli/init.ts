import type { DefineCommand } from './types.js';

/** `plan init`: flags and help; the implementation is src/commands/init.ts, imported lazily. */
export const defineInit: DefineCommand = () => {};
