import type { DefineCommand } from './types.js';

/** `plan calendar`: flags and help; the implementation is src/commands/calendar.ts, imported lazily. */
export const defineCalendar: DefineCommand = () => {};
