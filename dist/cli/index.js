#!/usr/bin/env node
// The CLI (the package's bin).
import { runCli } from '../lib/index.js';

process.exitCode = await runCli(process.argv.slice(2), process.env);
