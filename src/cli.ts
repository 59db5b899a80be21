#!/usr/bin/env node
// CLI entry point: wiring only.
import { runCli } from './cli-app.js';

process.exitCode = await runCli(process.argv.slice(2), process.env);
