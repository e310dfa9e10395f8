import { Option } from 'commander';
import { optionsOf, type DefineCommand } from '../../cli/types.js';

/** `plan validate`: flags and help; the implementation is ./run.ts, imported lazily. */
export const defineValidate: DefineCommand = (program, run, { t, flags }) => {
  program
    .command('validate')
    .description(t('validate.description'))
    .argument(flags('[paths...]'), t('validate.arg.paths'))
    .addOption(new Option(flags('-f, --format <name>'), t('validate.opt.format')).choices(['stylish', 'json', 'github', 'sarif', 'junit', 'markdown', 'codequality']))
    .option(flags('-o, --output <file>'), t('validate.opt.output'))
    .addOption(new Option(flags('-F, --fail-severity <level>'), t('validate.opt.failSeverity')).choices(['error', 'warn', 'info']).default('error'))
    .option(flags('--now <date>'), t('validate.opt.now'))
    .option(flags('--max-size <size>'), t('validate.opt.maxSize'), '1MB')
    .option(flags('--config <file>'), t('common.opt.config'))
    .option(flags('--strategy <file>'), t('validate.opt.strategy'))
    .option(flags('--stdin-filename <path>'), t('validate.opt.stdinFilename'))
    .addHelpText('after', t('validate.after'))
    .action((paths: string[], _options, command) =>
      run(async (io) => (await import('./run.js')).runValidate(paths, optionsOf(command), io)),
    );
};
