#!/usr/bin/env node
// Thin shim: run the bundled CLI and hand its exit code to Node.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
