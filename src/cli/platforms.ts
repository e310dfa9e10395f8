import type { DefineCommand } from './types.js';

/** `plan platforms`: flags and help; the implementation is src/commands/platforms.ts, imported lazily. */
export const definePlatforms: DefineCommand = () => {};
