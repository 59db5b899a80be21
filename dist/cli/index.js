#!/usr/bin/env node
// The CLI (the package's bin).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`email-deploy-check needs Node.js 22.12 or later (this is v${process.versions.node}).\n`);
  process.exit(2);
}
const { runCli } = await import('../lib/index.js');
process.exit(await runCli(process.argv.slice(2), process.env));
