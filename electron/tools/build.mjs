#!/usr/bin/env node
// Builds everything that runs outside Jest: the renderer bundle, the Electron main process and
// preload, the CLI and the loopback harness. esbuild is used for speed (the whole build takes
// about a second), type checking is done separately by `npm run typecheck`.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist');
// The renderer is built in production mode (React's development build is markedly slower per
// keystroke); RW_DEV=1 gives the development build with React's extra checks when debugging.
const production = process.env.RW_DEV !== '1';

const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Native and Electron modules are resolved at run time, never bundled.
  external: ['electron', 'better-sqlite3', 'playwright-core', 'sharp', '@node-rs/jieba', 'opencc-js'],
};

fs.mkdirSync(path.join(dist, 'renderer'), { recursive: true });

/**
 * The Word-export-only CLI bundle (see electron/cli/bundle-route.ts, which sends only command lines
 * that cannot reach the PDF code here): the command table holds `export` alone, and the PDF
 * export and the certificate reader become modules that refuse loudly if ever reached.
 */
const exportDocxOnly = {
  name: 'cli-export-docx-only',
  setup(b) {
    const cli = path.join(root, 'electron', 'cli');
    const stub = (what) => `export function ${what}() { throw new Error('${what}: not in the Word-only CLI bundle (electron/cli/bundle-route.ts)'); }`;
    const replaced = new Map([
      [path.join(cli, 'command-table'), `export const COMMANDS = { export: async () => (await import(${JSON.stringify(path.join(cli, 'commands', 'export-command'))})).exportCommand };`],
      [path.join(cli, 'export-pdf-cli'), stub('exportPdfFromCli')],
      [path.join(root, 'electron', 'statement', 'pdf-signature'), stub('openP12')],
    ]);
    b.onResolve({ filter: /(command-table|export-pdf-cli|pdf-signature)$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      return replaced.has(target) ? { path: target, namespace: 'export-docx-only' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'export-docx-only' }, (args) => ({ contents: replaced.get(args.path), loader: 'ts', resolveDir: cli }));
  },
};

await Promise.all([
  build({
    entryPoints: [path.join(root, 'renderer/src/main.tsx')],
    outfile: path.join(dist, 'renderer/app.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    sourcemap: 'linked',
    minify: production,
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
    logLevel: 'warning',
    loader: { '.png': 'dataurl', '.svg': 'dataurl' },
    // pdf.js reads import.meta.url only in its Node canvas factory, which never runs in the window.
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  build({ ...nodeCommon, entryPoints: [path.join(root, 'electron/main/main.ts')], outfile: path.join(dist, 'electron/main.cjs') }),
  build({ ...nodeCommon, entryPoints: [path.join(root, 'electron/preload/preload.ts')], outfile: path.join(dist, 'electron/preload.cjs') }),
  // The CLI: a tiny first file choosing the bundle, the full CLI, and the Word-export-only one.
  build({ ...nodeCommon, entryPoints: [path.join(root, 'electron/cli/entry.ts')], outfile: path.join(dist, 'cli.cjs') }),
  // Both CLI bundles are minified (RW_DEV=1 leaves them readable): a command line pays for reading
  // and compiling its bundle on every run, and the Word-only bundle shrinks from 4.0 to 1.6 MB
  // (≈17 ms of `export --docx`, measured A/B). Stacks in the error log keep the file name; the
  // linked source maps turn them back into source lines (node --enable-source-maps).
  build({ ...nodeCommon, minify: production, entryPoints: [path.join(root, 'electron/cli/main.ts')], outfile: path.join(dist, 'cli', 'cli.cjs') }),
  build({ ...nodeCommon, minify: production, entryPoints: [path.join(root, 'electron/cli/main.ts')], outfile: path.join(dist, 'cli', 'cli-export-docx.cjs'), plugins: [exportDocxOnly] }),
  build({ ...nodeCommon, entryPoints: [path.join(root, 'electron/harness/start.ts')], outfile: path.join(dist, 'harness.cjs') }),
  // The harness as a library, for the benchmarks (which are plain Node scripts, not Jest suites).
  build({ ...nodeCommon, entryPoints: [path.join(root, 'electron/harness/server.ts')], outfile: path.join(dist, 'harness-server.cjs') }),
  // The Word export as a library, for bench/docx-export.mjs (an export timed inside a running process).
  build({ ...nodeCommon, entryPoints: [path.join(root, 'electron/export/docx/index.ts')], outfile: path.join(dist, 'export-docx.cjs') }),
  // The preflight engine and its tools, for bench/preflight.mjs (a whole-report check timed in process).
  build({ ...nodeCommon, entryPoints: [path.join(root, 'electron/preflight/bench-library.ts')], outfile: path.join(dist, 'preflight.cjs') }),
]);

for (const file of ['index.html', 'styles.css']) {
  fs.copyFileSync(path.join(root, 'renderer', file), path.join(dist, 'renderer', file));
}

// The shipped print fonts (assets/fonts), for the editor and the settings sample: fonts/ beside
// index.html, the relative URL shared/export/html/print-fonts.ts names them by.
fs.mkdirSync(path.join(dist, 'renderer', 'fonts'), { recursive: true });
for (const file of fs.readdirSync(path.join(root, 'assets', 'fonts')).filter((name) => name.endsWith('.woff2'))) {
  fs.copyFileSync(path.join(root, 'assets', 'fonts', file), path.join(dist, 'renderer', 'fonts', file));
}

// The print preview's pdf.js worker, as released (already minified, an ES module): a file of its
// own beside app.js, so the CSP needs only worker-src 'self' (see renderer/src/print-preview/pdf-loader.ts).
fs.copyFileSync(path.join(root, 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs'), path.join(dist, 'renderer', 'pdf-worker.js'));
