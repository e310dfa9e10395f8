#!/usr/bin/env node
// Thin shim: run the bundled CLI and hand its exit code to Node.
import { main } from '../dist/cli.js';

// `plan ... | head` closes the pipe early: that is the reader's choice, not an error to crash on.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
