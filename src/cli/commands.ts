// Every command other than validate, in the order `plan --help` lists them.
import type { DefineCommand } from './types.js';

export const COMMANDS: DefineCommand[] = [];
