// What bin/plan.cjs runs: answers `plan --version` at once, and otherwise loads the CLI bundle
// (dist/cjs/cli.cjs, everything but the library API and the validation worker) and runs it.
// Kept tiny and free of dependencies, as every start pays for it; built to dist/launch.cjs.
import module from 'node:module';
import { join } from 'node:path';
import { cacheFileName, cacheFolder, requireWithCodeCache } from './code-cache.js';

// Set at build time (scripts/build.mjs): the package version and a hash of the bundle's text.
declare const __PLAN_VERSION__: string;
declare const __PLAN_BUNDLE_ID__: string;

type Cli = { main(argv: readonly string[]): Promise<number> };

export async function launch(argv: readonly string[], bundle: string = join(__dirname, 'cjs', 'cli.cjs')): Promise<number> {
  // What commander prints for `-V, --version`, without loading it.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${__PLAN_VERSION__}\n`);
    return 0;
  }
  // --verbose prints stack traces: load the bundle the usual way, with its source maps, so that they
  // name our source files and lines.
  if (argv.includes('--verbose')) {
    process.setSourceMapsEnabled(true);
    return (require(bundle) as Cli).main(argv);
  }
  // Node 22.1+ caches compiled code itself (NODE_DISABLE_COMPILE_CACHE=1 turns it off).
  const { enableCompileCache } = module as { enableCompileCache?: () => unknown };
  if (typeof enableCompileCache === 'function') {
    enableCompileCache();
    return (require(bundle) as Cli).main(argv);
  }
  const folder = cacheFolder(process.env);
  const loaded = requireWithCodeCache<Cli>(bundle, folder && join(folder, cacheFileName(__PLAN_BUNDLE_ID__, argv)));
  const code = await loaded.exports.main(argv);
  loaded.save();
  return code;
}
