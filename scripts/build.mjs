// Build: generate what the bundle needs from the schema and data files, then bundle with esbuild.
// Runs on `npm install` (prepare) and in `npm test`, so a fresh clone always has a working `plan`.
import { mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { generateSources } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await generateSources(root);

await rm(join(root, 'dist'), { recursive: true, force: true });

// ajv's standalone code requires its runtime helper `ucs2length`, a per-character loop; ours gives
// the same counts faster (test/unit/validate/ucs2length.test.ts).
const fastUcs2length = {
  name: 'fast-ucs2length',
  setup(build) {
    build.onResolve({ filter: /^ajv\/dist\/runtime\/ucs2length(\.js)?$/ }, () => ({ path: join(root, 'src', 'validate', 'ucs2length.ts') }));
  },
};
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// commander requires node:child_process at load time, for executable subcommands that plan never
// uses; loading it (and net, dgram...) costs every start a few milliseconds. Load it on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      loader: 'js',
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
    }));
  },
};

// chalk detects colour support itself on load (node:tty, which loads net: ~2 ms per start), but plan
// always passes the level it decided (src/term/style.ts: NO_COLOR, FORCE_COLOR, TERM, --color, TTY).
// Only our style.ts imports chalk (test/e2e/bundle.test.ts checks it), so its detection is replaced.
const noChalkDetection = {
  name: 'no-chalk-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) => (/[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'no-chalk-detection' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'no-chalk-detection' }, () => ({
      loader: 'js',
      contents: 'export function createSupportsColor() { return false; } export default { stdout: false, stderr: false };',
    }));
  },
};

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'validate-worker': 'src/validate/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __PLAN_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
  // Less source for V8 to parse at every start; names come back through the linked source maps.
  minify: true,
  plugins: [fastUcs2length, lazyChildProcess, noChalkDetection],
  // Which modules each chunk holds: test/e2e/bundle.test.ts checks what `plan validate` loads.
  metafile: true,
});

await mkdir(join(root, 'dist'), { recursive: true });
await writeFile(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
await writeFile(join(root, 'dist', 'meta.json'), JSON.stringify(result.metafile));
