#!/usr/bin/env node
// `reportworks` launcher (package.json "bin"). The CLI itself is the esbuild bundle dist/cli.cjs;
// in a fresh clone that was never built, build it first so `npx reportworks` just works.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..', '..');
const bundle = path.join(root, 'dist', 'cli.cjs');

if (!fs.existsSync(bundle)) {
  const build = spawnSync(process.execPath, [path.join(root, 'electron', 'tools', 'build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0 || !fs.existsSync(bundle)) {
    process.stderr.write('错误：无法构建命令行工具（node electron/tools/build.mjs 失败） / Error: could not build the CLI (node electron/tools/build.mjs failed)\n');
    process.exit(1);
  }
}
require(bundle);
