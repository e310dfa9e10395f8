import type { DefineCommand } from './types.js';

/** `plan brief`: flags and help; the implementation is src/commands/brief.ts, imported lazily. */
export const defineBrief: DefineCommand = () => {};
