import { Option } from 'commander';
import { optionsOf, type DefineCommand } from './types.js';

export const defineValidate: DefineCommand = (program, run) => {
  program
    .command('validate')
    .description('check strategy files: YAML, schema and the rules that force decisions')
    .argument('[paths...]', 'files, folders (searched for *.yaml / *.yml), quoted globs, or - for stdin')
    .addOption(new Option('-f, --format <name>', 'output format (default: stylish; github when GITHUB_ACTIONS=true)').choices(['stylish', 'json', 'github', 'sarif', 'junit', 'markdown']))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('-F, --fail-severity <level>', 'lowest severity that makes the exit code 1').choices(['error', 'warn', 'info']).default('error'))
    .option('--now <date>', 'the date rules compare deadlines to (YYYY-MM-DD), for reproducible runs')
    .option('--max-size <size>', 'largest file to read, e.g. 20MB', '10MB')
    .option('--config <file>', 'rule configuration file (default: the nearest .planrc.yaml)')
    .addHelpText('after', `
Examples:
  plan validate strategy.yaml
  plan validate examples/ --format sarif --output plan.sarif
  plan validate . --format junit --output plan-junit.xml
  cat strategy.yaml | plan validate -

Exit codes:
  0  no finding at or above --fail-severity
  1  findings at or above --fail-severity
  2  usage or input error (missing file, unmatched glob, unknown flag)

In GitHub Actions, findings become annotations and the full report is appended to
$GITHUB_STEP_SUMMARY. CI recipes: docs/ci.md`)
    .action((paths: string[], _options, command) =>
      run(async (io) => (await import('../commands/validate.js')).runValidate(paths, optionsOf(command), io)),
    );
};
