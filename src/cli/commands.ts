// Every command, in the order `plan --help` lists them. Each definition declares the command's flags
// and help; its action is imported only when the command runs, so `plan validate` never loads the wizard.
import type { DefineCommand } from './types.js';
import { defineValidate } from '../commands/validate/command.js';
import { defineInit } from '../commands/init/command.js';
import { defineBrief } from '../commands/brief/command.js';
import { defineCalendar } from '../commands/calendar/command.js';
import { defineDiff } from '../commands/diff/command.js';
import { definePosts } from '../commands/posts/command.js';
import { defineReport } from '../commands/report/command.js';
import { definePlatforms } from '../commands/platforms/command.js';
import { defineRules } from '../commands/rules/command.js';
import { defineCompletion } from '../commands/completion/command.js';

export const COMMANDS: readonly DefineCommand[] = [defineValidate, defineInit, defineBrief, defineCalendar, definePosts, defineReport, defineDiff, definePlatforms, defineRules, defineCompletion];
