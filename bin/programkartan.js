#!/usr/bin/env node
// Entry point. Plain JavaScript so that an older Node can at least say what is wrong.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`programkartan needs Node.js 24 or later (this is ${process.version}). Run it through npm: npx programkartan …\n`);
  process.exit(1);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
