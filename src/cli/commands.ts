// Every command, in the order `plan --help` lists them. `args` and `options` repeat what the
// definition declares, so that `plan --help` can list a command without building it (its options
// and help texts are cold code to run: see buildProgram); test/unit/help-i18n.test.ts checks that
// the list reads the same either way.
import type { HelpKey } from '../i18n/help.js';
import type { DefineCommand } from './types.js';
import { defineValidate } from './validate.js';
import { defineInit } from './init.js';
import { defineBrief } from './brief.js';
import { defineCalendar } from './calendar.js';
import { definePlatforms } from './platforms.js';
import { defineRules } from './rules.js';
import { defineCompletion } from './completion.js';

export interface CommandEntry {
  name: string;
  description: HelpKey;
  /** The arguments as declared, e.g. `[paths...]`. */
  args: string;
  /** Whether the command has options of its own (the list then shows `[options]`). */
  options: boolean;
  define: DefineCommand;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'validate', description: 'validate.description', args: '[paths...]', options: true, define: defineValidate },
  { name: 'init', description: 'init.description', args: '', options: true, define: defineInit },
  { name: 'brief', description: 'brief.description', args: '[strategy]', options: true, define: defineBrief },
  { name: 'calendar', description: 'calendar.description', args: '[strategy]', options: true, define: defineCalendar },
  { name: 'platforms', description: 'platforms.description', args: '[platform-id]', options: true, define: definePlatforms },
  { name: 'rules', description: 'rules.description', args: '[rule-id]', options: true, define: defineRules },
  { name: 'completion', description: 'completion.description', args: '<shell>', options: false, define: defineCompletion },
];
