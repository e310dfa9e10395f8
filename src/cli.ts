// Commander wiring only. Each command's flags live in src/cli/<name>.ts and its implementation in
// src/commands/<name>.ts, imported lazily so `plan validate` never loads the wizard or the brief.
import { Command, CommanderError, Option } from 'commander';
import { EXIT, isKnownError } from './errors.js';
import { resolveLang, translator } from './i18n/index.js';
import { coreCatalog } from './i18n/core.js';
import { processIO, type CommandIO } from './io/context.js';
import { VERSION } from './version.js';
import type { DefineCommand } from './cli/types.js';
import { defineValidate } from './cli/validate.js';
import { COMMANDS } from './cli/commands.js';

const EXIT_CODES_HELP = `
Exit codes:
  0    success, or no finding at or above --fail-severity
  1    findings at or above --fail-severity
  2    usage or input error
  130  cancelled (Ctrl-C); 143 terminated (SIGTERM)`;

export function buildProgram(io: CommandIO, setExit: (code: number) => void): Command {
  const program = new Command('plan');
  program
    .description('Turn a social-media strategy into code: plan init writes it, plan validate checks it, plan brief prints it.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand('help [command]', 'show help for a command')
    .option('--no-color', 'no colours (also NO_COLOR=1 or TERM=dumb)')
    .option('--color', 'force colours')
    .option('-q, --quiet', 'print only results and errors')
    .option('--verbose', 'print stack traces on unexpected errors')
    .addOption(new Option('--lang <lang>', 'language of messages: en or fr (default: the strategy\'s, then LANG)').choices(['en', 'fr']))
    .showSuggestionAfterError(true)
    .enablePositionalOptions(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s),
    })
    .addHelpText('after', EXIT_CODES_HELP);

  const run = async (task: (io: CommandIO) => Promise<number>) => setExit(await task(io));
  const defines: DefineCommand[] = [defineValidate, ...COMMANDS];
  for (const define of defines) define(program, run);
  for (const command of program.commands) command.exitOverride().showSuggestionAfterError(true);
  return program;
}

/** Run the CLI and return the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CommandIO = processIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exitCode = code));
  const verbose = argv.includes('--verbose');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, argv, io, verbose);
  }
}

function reportError(error: unknown, argv: readonly string[], io: CommandIO, verbose: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version are successes; every other commander error is a usage error (it exits 1 by default).
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  const langFlag = argv[argv.indexOf('--lang') + 1];
  const t = translator(coreCatalog, resolveLang(argv.includes('--lang') ? langFlag : undefined, undefined, io.env));
  if (isKnownError(error)) {
    io.stderr.write(`plan: ${error.message}\n`);
    if (verbose && error.stack) io.stderr.write(error.stack + '\n');
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`plan: ${t('cli.unexpected', { message })}\n`);
  if (verbose && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
  return EXIT.usage;
}
