/**
 * dist/cli.cjs: the smallest possible first file. It picks the bundle for this command line
 * (bundle-route.ts), so `reportworks export --docx` never parses the PDF, merge or statement code,
 * and loads it through the per-user code cache (code-cache.ts). Both bundles start
 * electron/cli/main.ts; they differ only in which commands they contain.
 */
import os from 'node:os';
import path from 'node:path';
import { bundleFor } from './bundle-route';
import { codeCacheDir, requireWithCodeCache } from './code-cache';

const home = (() => {
  try {
    return os.homedir();
  } catch {
    return '';
  }
})();
requireWithCodeCache(path.join(__dirname, 'cli', bundleFor(process.argv.slice(2))), codeCacheDir({ platform: process.platform, env: process.env, home }));
