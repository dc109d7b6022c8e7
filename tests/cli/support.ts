/** Runs the built CLI (dist/cli.cjs, built by the Jest global setup) on real temporary files. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const cliBundle = path.join(repoRoot, 'dist', 'cli.cjs');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string = repoRoot): CliRun {
  const result = spawnSync(process.execPath, [cliBundle, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory per test file; removed by the returned cleanup. */
export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-cli-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Asserts the failure contract: the exit code, nothing on stdout, exactly one bilingual line. */
export function expectOneLineError(run: CliRun, exitCode: number, ...fragments: string[]): void {
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  expect({ status: run.status, lines: lines.length, stdout: run.stdout }).toEqual({ status: exitCode, lines: 1, stdout: '' });
  const line = lines[0] as string;
  expect(line).toMatch(/^错误：.+ \/ Error: .+/);
  for (const fragment of fragments) expect(line).toContain(fragment);
}

/** Everything a failed command must leave alone: the file's bytes and the absence of a lock file. */
export function fileState(file: string): { bytes: string; lock: boolean } {
  const lock = fs.existsSync(path.join(path.dirname(file), `.~lock.${path.basename(file)}#`));
  return { bytes: fs.readFileSync(file).toString('base64'), lock };
}
