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

const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
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
  // Which modules each chunk holds: test/e2e/bundle.test.ts checks what `plan validate` loads.
  metafile: true,
});

await mkdir(join(root, 'dist'), { recursive: true });
await writeFile(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
await writeFile(join(root, 'dist', 'meta.json'), JSON.stringify(result.metafile));
