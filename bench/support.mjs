// What the benchmarks share: where the repository and the fixture are, the built CLI, the photo
// fixture (the test suite's own generator, so benchmarks and tests use the same photos), and the
// statistics. Each benchmark keeps only what it measures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** require() resolving from the repository's node_modules. */
export const requireFromRoot = createRequire(path.join(root, 'package.json'));
export const fixture = process.env.REPORTWORKS_FIXTURE ?? path.resolve(root, 'tests', 'fixtures', 'tjpc-2025-report.md');
export const cliBundle = path.join(root, 'dist', 'cli.cjs');

/** Runs the built CLI; a failure stops the benchmark with what the CLI said. */
export function cli(...args) {
  const result = spawnSync(process.execPath, [cliBundle, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`reportworks ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/** The fixture's Markdown with one distinct generated photo per figure, cached under `dir`. */
export async function photoFixture(dir) {
  const { build } = requireFromRoot('esbuild');
  // Bundled inside dist/, so the bundle's require('sharp') resolves to the repository's node_modules.
  const generator = path.join(root, 'dist', 'bench', 'generate-photos.cjs');
  await build({
    entryPoints: [path.join(root, 'tests', 'support', 'generate-photos.ts')],
    outfile: generator,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['sharp'],
    logLevel: 'error',
  });
  return requireFromRoot(generator).fixtureWithPhotos(dir, fixture);
}

/** The p-th percentile (nearest rank) of the finite values; NaN when there are none. */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** The median of the finite values (the mean of the middle two for an even count); NaN when there are none. */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
