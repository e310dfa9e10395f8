import { Option } from 'commander';
import { optionsOf, type DefineCommand } from '../../cli/types.js';

/** `plan rules`: flags and help; the implementation is ./run.ts, imported lazily. */
export const defineRules: DefineCommand = (program, run, { t, flags }) => {
  program
    .command('rules')
    .description(t('rules.description'))
    .argument(flags('[rule-id]'), t('rules.arg.id'))
    .addOption(new Option(flags('-f, --format <name>'), t('common.opt.format')).choices(['text', 'json']).default('text'))
    .addHelpText('after', t('rules.after'))
    .action((ruleId: string | undefined, _options, command) =>
      run(async (io) => (await import('./run.js')).runRules(ruleId, optionsOf(command), io)),
    );
};
