#!/usr/bin/env node
'use strict';
// Thin shim: run the CLI (dist/launch.cjs) and hand its exit code to Node. CommonJS, like the
// launcher and the bundle, because Node starts a CommonJS file a few milliseconds faster.

// `plan ... | head` closes the pipe early: the reader's choice, not an error to crash on. Other
// errors of standard output (a full disk) are reported by main (src/io/stdio.ts).
process.stderr.on('error', () => {});

require('../dist/launch.cjs')
  .launch(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
