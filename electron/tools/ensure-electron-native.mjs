#!/usr/bin/env node
// Makes sure a better-sqlite3 addon compiled for Electron's ABI exists, WITHOUT touching the copy in
// node_modules/better-sqlite3 that Node (and so `npm test`) uses. The source package is copied to a
// scratch directory, compiled there with node-gyp against Electron's headers, and only the
// resulting .node file is kept under node_modules/.reportworks-native/electron/ (with a version stamp). The main
// process passes it to better-sqlite3 as `nativeBinding` (electron/main/native-binding.ts), and
// electron-builder ships it as an extra resource. Needs the network once to fetch Electron headers,
// which is why it runs from `npm start`/`npm run dist` and never from `postinstall`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const outDir = path.join(root, 'node_modules', '.reportworks-native', 'electron');
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'version.txt');
const stamp = `electron ${electronVersion} / better-sqlite3 ${require('better-sqlite3/package.json').version} / ${process.platform}-${process.arch}`;

if (fs.existsSync(outFile) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) process.exit(0);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'reportworks-native-'));
try {
  for (const entry of ['binding.gyp', 'package.json', 'src', 'deps']) {
    fs.cpSync(path.join(sqliteDir, entry), path.join(scratch, entry), { recursive: true });
  }
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  console.log(`正在为 Electron ${electronVersion} 编译 better-sqlite3（仅首次需要）…`);
  const result = spawnSync(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`],
    // A machine-wide `nodedir` (npm config) would make node-gyp use Node's headers: drop it.
    { cwd: scratch, stdio: 'inherit', env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.toLowerCase() !== 'npm_config_nodedir')) },
  );
  if (result.status !== 0) {
    console.error('错误：为 Electron 编译 better-sqlite3 失败（需要网络下载 Electron 头文件）。/ Error: building better-sqlite3 for Electron failed.');
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(path.join(scratch, 'build', 'Release', 'better_sqlite3.node'), outFile);
  fs.writeFileSync(stampFile, stamp);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
