#!/usr/bin/env node
// Thin shim: run the bundled CLI and hand its exit code to Node.
import module from 'node:module';
import { main } from '../dist/cli.js';

// Node 22.1+: V8 keeps compiled code on disk between runs for every chunk loaded from here on (the
// program and each command; NODE_DISABLE_COMPILE_CACHE=1 turns it off). Node 20 has no such cache.
module.enableCompileCache?.();

// `plan ... | head` closes the pipe early: that is the reader's choice, not an error to crash on.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
