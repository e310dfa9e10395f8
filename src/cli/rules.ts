import { Option } from 'commander';
import { optionsOf, type DefineCommand } from './types.js';

/** `plan rules`: flags and help; the implementation is src/commands/rules.ts, imported lazily. */
export const defineRules: DefineCommand = (program, run) => {
  program
    .command('rules')
    .description('list the rules plan validate applies, or explain one with its fix and examples')
    .argument('[rule-id]', 'a rule to explain, e.g. community/response-time')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Examples:
  plan rules
  plan rules community/response-time
  plan rules --format json --lang fr

Change a rule's severity, or turn it off, in .planrc.yaml (see docs/rules.md):
  rules:
    objectives/baseline: off

Exit codes:
  0  printed
  2  unknown rule id or bad flag`)
    .action((ruleId: string | undefined, _options, command) =>
      run(async (io) => (await import('../commands/rules.js')).runRules(ruleId, optionsOf(command), io)),
    );
};
