// The entry of the CLI, kept tiny because every start pays for what it loads: it only looks at argv.
// `plan --version` is answered here for library callers (bin/plan.cjs's launcher answers it before
// loading this bundle); everything else imports the program (commander, the command definitions
// and their help texts: src/cli/program.ts), whose actions import each command lazily.
import { processIO, type CommandIO } from './io/context.js';

// Inlined at build time like src/version.ts's VERSION; read here directly so that this entry imports
// no shared chunk (each extra module costs every start a resolve, a read and a link).
declare const __PLAN_VERSION__: string;
const VERSION: string = typeof __PLAN_VERSION__ === 'string' ? __PLAN_VERSION__ : '0.0.0-dev';

const isVersion = (argv: readonly string[]) => argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');

/** Run the CLI and return the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CommandIO = processIO()): Promise<number> {
  // What commander prints for `-V, --version` on the program (see buildProgram), without loading it.
  if (isVersion(argv)) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const { runProgram } = await import('./cli/program.js');
  return runProgram(argv, io);
}
