// Commander wiring: the program chunk that src/cli.ts imports for everything but `plan --version`.
// Each command lives in src/commands/<name>/: its flags in command.ts, its implementation in run.ts,
// imported lazily so `plan validate` never loads the wizard or the brief.
import { Command, CommanderError, Option } from 'commander';
import { EXIT, isKnownError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { helpLang, helpWords, translateCommanderError } from '../i18n/help.js';
import type { CommandIO } from '../io/context.js';
import { COMMANDS } from './commands.js';
import { localizedHelp } from './localize.js';
import { VERSION } from '../version.js';

/**
 * The whole command tree, worded in `lang` (help and commander's usage errors; see helpLang for
 * how main picks it). Configure the program before adding commands: they inherit its settings.
 */
export function buildProgram(io: CommandIO, setExit: (code: number) => void, lang: Lang = 'en'): Command {
  const words = helpWords(lang);
  const { t, flags } = words;
  const program = new Command('plan');
  program
    .description(t('program.description'))
    .version(VERSION, '-V, --version', t('program.opt.version'))
    .helpOption('-h, --help', t('program.opt.help'))
    .helpCommand(flags('help [command]'), t('program.cmd.help'))
    .option('--no-color', t('program.opt.noColor'))
    .option('--color', t('program.opt.color'))
    .option('-q, --quiet', t('program.opt.quiet'))
    .option('--verbose', t('program.opt.verbose'))
    .addOption(new Option(flags('--lang <lang>'), t('program.opt.lang')).choices(['en', 'fr']))
    .showSuggestionAfterError(true)
    .enablePositionalOptions(false)
    .exitOverride()
    .configureHelp(localizedHelp(words))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s, lang)),
    })
    .showHelpAfterError(t('error.seeHelp', { command: 'plan' }))
    .addHelpText('after', t('program.after'));

  const run = async (task: (io: CommandIO) => Promise<number>) => setExit(await task(io));
  for (const define of COMMANDS) {
    define(program, run, words);
    const command = program.commands.at(-1)!;
    command
      .exitOverride()
      .showSuggestionAfterError(true)
      .showHelpAfterError(t('error.seeHelp', { command: `plan ${command.name()}` }));
  }
  return program;
}

/** Parse argv and run the command; returns the exit code, never calls process.exit. */
export async function runProgram(argv: readonly string[], io: CommandIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exitCode = code), helpLang(argv, io.env));
  const verbose = argv.includes('--verbose');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return await reportError(error, argv, io, verbose);
  }
}

async function reportError(error: unknown, argv: readonly string[], io: CommandIO, verbose: boolean): Promise<number> {
  if (error instanceof CommanderError) {
    // Help and version are successes; every other commander error is a usage error (it exits 1 by default).
    // Asked-for help and version are successes; help shown because no command was given
    // (`plan` alone, `plan help nope`) went to stderr as a usage error, so it exits 2 like one.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return EXIT.usage;
  }
  // Messages quote paths and values the user gave: control characters are spelled out (\x1b).
  const { visibleControls } = await import('../text/controls.js');
  if (isKnownError(error)) {
    io.stderr.write(`plan: ${visibleControls(error.message)}\n`);
    if (verbose && error.stack) io.stderr.write(error.stack + '\n');
    return error.exitCode;
  }
  // The core catalog only for this rare case: `plan --help` need not load it.
  const [{ translator }, { coreCatalog }] = await Promise.all([import('../i18n/index.js'), import('../i18n/core.js')]);
  const t = translator(coreCatalog, helpLang(argv, io.env));
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`plan: ${visibleControls(t('cli.unexpected', { message }))}\n`);
  if (verbose && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
  return EXIT.usage;
}
