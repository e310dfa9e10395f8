// The entry of the CLI: `plan --version` is answered here, everything else by the program
// (commander and the command definitions: src/cli/program.ts), whose actions import each command lazily.
import { processIO, type CommandIO } from './io/context.js';
import { VERSION } from './version.js';

const isVersion = (argv: readonly string[]) => argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');

/** Run the CLI and return the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CommandIO = processIO()): Promise<number> {
  // What commander prints for `-V, --version` on the program (see buildProgram), without loading it.
  if (isVersion(argv)) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  // Only for the real process: a caller's own streams report their own errors.
  const watch = io.stdout === process.stdout ? (await import('./io/stdio.js')).watchOutput(process.stdout) : undefined;
  const { runProgram } = await import('./cli/program.js');
  const code = await runProgram(argv, io);
  if (!watch) return code;
  // Cancelled (Ctrl-C, SIGTERM): the process ends even if something still holds the event loop
  // (a system call that never returns); normally it has ended long before this timer fires.
  if (code === 130 || code === 143) setTimeout(() => process.exit(code), 500).unref();
  // A failed write is reported on the next turn of the event loop.
  await new Promise((done) => setImmediate(done));
  if (!watch.error) return code;
  const [{ translator }, { coreCatalog }, { reason }, { helpLang }] = await Promise.all([import('./i18n/index.js'), import('./i18n/core.js'), import('./io/read.js'), import('./i18n/help.js')]);
  const t = translator(coreCatalog, helpLang(argv, io.env));
  io.stderr.write(`plan: ${t('output.stdout', { reason: reason(watch.error, t) })}\n`);
  return 2;
}
