#!/usr/bin/env node
// The CLI (the package's bin).
import { runCli } from '../lib/index.js';

process.exit(await runCli(process.argv.slice(2), process.env));
