#!/usr/bin/env node
// Thin bin: turn on Node's compile cache (Node 22.1+; Node 20 has none), run the CLI, hand back its exit code.
import module from 'node:module';

module.enableCompileCache?.();
// --verbose prints stack traces: with source maps they name our source files and lines.
if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true);

// `plan ... | head` closes the pipe early: the reader's choice, not an error to crash on. Other
// errors of standard output (a full disk) are reported by main (src/io/stdio.ts).
process.stderr.on('error', () => {});

// Imported once the cache is on, so that the CLI's own modules are cached too.
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
