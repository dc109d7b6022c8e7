/**
 * electron/cli/reportworks.cjs, the `bin` of package.json. The real one is run against the built
 * bundle; its build-on-first-use path is run in a copy beside a stand-in build script, so the test
 * never deletes the shared dist/ that other suites use.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import packageJson from '../../package.json';
import { makeTempDir, repoRoot } from './support';

const launcher = path.join(repoRoot, 'electron', 'cli', 'reportworks.cjs');
const temp = makeTempDir();
afterAll(temp.cleanup);

function run(file: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fake checkout: the launcher at electron/cli/, and a build script that writes `bundle` (or fails). */
function fakeRoot(name: string, buildScript: string): string {
  const root = path.join(temp.dir, name);
  fs.mkdirSync(path.join(root, 'electron', 'cli'), { recursive: true });
  fs.mkdirSync(path.join(root, 'electron', 'tools'), { recursive: true });
  fs.copyFileSync(launcher, path.join(root, 'electron', 'cli', 'reportworks.cjs'));
  fs.writeFileSync(path.join(root, 'electron', 'tools', 'build.mjs'), buildScript);
  return path.join(root, 'electron', 'cli', 'reportworks.cjs');
}

describe('the reportworks launcher', () => {
  it('is an executable node script', () => {
    expect(fs.readFileSync(launcher, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(launcher).mode & 0o111).not.toBe(0);
    expect(packageJson.bin.reportworks).toBe('electron/cli/reportworks.cjs');
  });

  it('runs the built CLI with its arguments and exit code', () => {
    expect(run(launcher, ['--version'])).toEqual({ status: 0, stdout: `reportworks ${packageJson.version}\n`, stderr: '' });
    const failed = run(launcher, ['frob']);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain('unknown command: frob');
  });

  it('builds the bundle first when dist/cli.cjs is missing', () => {
    const file = fakeRoot(
      'unbuilt',
      [
        "import fs from 'node:fs';",
        "fs.mkdirSync(new URL('../../dist/', import.meta.url), { recursive: true });",
        "fs.writeFileSync(new URL('../../dist/cli.cjs', import.meta.url), \"process.stdout.write('bundle ran ' + process.argv.slice(2).join(' '));\");",
        "console.log('build output must not reach stdout');",
      ].join('\n'),
    );
    const result = run(file, ['info', 'x.rwproj']);
    expect(result).toEqual({ status: 0, stdout: 'bundle ran info x.rwproj', stderr: '' });
    expect(fs.existsSync(path.join(path.dirname(file), '..', '..', 'dist', 'cli.cjs'))).toBe(true);
  });

  it('says so in one line when the build fails', () => {
    const file = fakeRoot('broken', 'process.exit(3);\n');
    const result = run(file, ['--version']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^错误：无法构建命令行工具.* \/ Error: could not build the CLI/)]);
  });
});
