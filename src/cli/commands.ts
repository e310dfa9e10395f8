// Every command, in the order `plan --help` lists them. Each definition declares the command's flags
// and help; its action is imported only when the command runs, so `plan validate` never loads the wizard.
import type { DefineCommand } from './types.js';
import { defineValidate } from './validate.js';
import { defineInit } from './init.js';
import { defineBrief } from './brief.js';
import { defineCalendar } from './calendar.js';
import { definePlatforms } from './platforms.js';
import { defineRules } from './rules.js';
import { defineCompletion } from './completion.js';

export const COMMANDS: readonly DefineCommand[] = [defineValidate, defineInit, defineBrief, defineCalendar, definePlatforms, defineRules, defineCompletion];
