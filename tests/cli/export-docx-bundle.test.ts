/**
 * `export --docx` runs in the Word-only bundle (dist/cli/cli-export-docx.cjs, chosen by
 * dist/cli.cjs): it must behave exactly as the full CLI (dist/cli/cli.cjs) on the same lines,
 * and it must really leave the PDF and signature code out (that is what makes it start faster).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cliBundle, makeTempDir, repoRoot } from './support';

const fullBundle = path.join(repoRoot, 'dist', 'cli', 'cli.cjs');
const docxBundle = path.join(repoRoot, 'dist', 'cli', 'cli-export-docx.cjs');

let dir: string;
let cleanup: () => void;
let project: string;
beforeAll(() => {
  ({ dir, cleanup } = makeTempDir());
  project = path.join(dir, 'r.rwproj');
  const made = spawnSync(process.execPath, [cliBundle, 'new', project, '--unit', '测试学院', '--year', '2025'], { encoding: 'utf8' });
  expect(made.status).toBe(0);
});
afterAll(() => cleanup());

/**
 * The source files a bundle was built from, from its linked source map: the bundles are minified,
 * so their text no longer names the modules inside.
 */
function bundledSources(bundle: string): string[] {
  return (JSON.parse(fs.readFileSync(`${bundle}.map`, 'utf8')) as { sources: string[] }).sources;
}

const fromPackage = (sources: readonly string[], pattern: RegExp) => sources.filter((source) => pattern.test(source));

function run(bundle: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the Word-only CLI bundle', () => {
  it('leaves the PDF printing and certificate code out', () => {
    const text = fs.readFileSync(docxBundle, 'utf8');
    // The PDF engine drives Chromium over --remote-debugging-pipe (electron/export/pdf/cdp-pipe.ts).
    expect(text).not.toContain('--remote-debugging-pipe');
    expect(fromPackage(bundledSources(docxBundle), /node_modules\/(node-forge|pdf-lib)\//)).toEqual([]);
    expect(fromPackage(bundledSources(fullBundle), /node_modules\/(node-forge|pdf-lib)\//)).not.toEqual([]);
    // Negative control: the full bundle does carry the engine, so the marker is a real one.
    expect(fs.readFileSync(fullBundle, 'utf8')).toContain('--remote-debugging-pipe');
  });

  it('leaves zod out: stored charts and style overrides are checked by hand on this path', () => {
    // zod's module initialisation alone was ≈15 ms of this bundle's start (issue 12, item 5); the IPC
    // contract needs it, a Word export from the shell does not.
    expect(fromPackage(bundledSources(docxBundle), /node_modules\/zod\//)).toEqual([]);
    // Negative control: the full bundle (whose CLI reads settings patches through the contract) has it.
    expect(fromPackage(bundledSources(fullBundle), /node_modules\/zod\//)).not.toEqual([]);
  });

  it('exports a Word file exactly as the full CLI reports it', () => {
    const ours = run(cliBundle, ['export', project, '--docx', path.join(dir, 'a.docx')]);
    const full = run(fullBundle, ['export', project, '--docx', path.join(dir, 'b.docx')]);
    expect(ours.status).toBe(0);
    expect(ours.stdout.replace('a.docx', 'X')).toBe(full.stdout.replace('b.docx', 'X'));
    expect(ours.stderr).toBe(full.stderr);
    expect(fs.readFileSync(path.join(dir, 'a.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    ['no output', ['export', '<p>']],
    ['wrong extension', ['export', '<p>', '--docx', 'x.pdf']],
    ['unknown part', ['export', '<p>', '--docx', 'x.docx', '--without', 'nope']],
    ['certificate without --pdf', ['export', '<p>', '--docx', 'x.docx', '--p12', 'c.p12']],
    ['help', ['export', '--help']],
  ])('%s: same answer as the full CLI', (_name, args) => {
    const argv = args.map((a) => (a === '<p>' ? project : a));
    const ours = run(cliBundle, argv);
    expect(ours).toEqual(run(fullBundle, argv));
    expect(ours.status).not.toBeNull();
  });
});
