// Builds the renderer, CLI and harness once before the suite: end-to-end tests drive the built
// renderer in Chromium, and the crash-safety and launcher tests (tests/cli: launcher, code cache,
// bundles, error log) spawn the built CLI as child processes; the other CLI tests run it in process.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'electron', 'tools', 'build.mjs')], { stdio: 'inherit' });
};
