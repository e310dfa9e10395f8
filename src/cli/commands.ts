// Every command other than validate, in the order `plan --help` lists them.
import type { DefineCommand } from './types.js';
import { defineInit } from './init.js';
import { defineBrief } from './brief.js';
import { defineCalendar } from './calendar.js';
import { definePlatforms } from './platforms.js';
import { defineRules } from './rules.js';
import { defineCompletion } from './completion.js';

export const COMMANDS: DefineCommand[] = [defineInit, defineBrief, defineCalendar, definePlatforms, defineRules, defineCompletion];
