/**
 * Runs the CLI on real temporary files, in this process: the same `runCli` that dist/cli.cjs
 * starts (electron/cli/run-cli.ts), with stdout and stderr captured and the exit code returned.
 * Starting a Node process per command made the suite slow; what only the real process can show
 * (bundle routing, code cache, the launcher's exit codes, the error log) is tested in the few
 * suites that spawn dist/cli.cjs (cliBundle below, built by the Jest global setup).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli as runCliInProcess } from '../../electron/cli/run-cli';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const cliBundle = path.join(repoRoot, 'dist', 'cli.cjs');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * One command line, in process. `cwd` resolves relative paths as the shell's working directory
 * would; `env` is set for the run only (e.g. the variable `--password-env` names).
 */
export async function runCli(args: readonly string[], cwd: string = repoRoot, env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  const saved = Object.keys(env).map((key) => [key, process.env[key]] as const);
  Object.assign(process.env, env);
  if (cwd !== before) process.chdir(cwd);
  try {
    const status = await runCliInProcess(args, { out: (text) => (stdout += text), err: (text) => (stderr += text) });
    return { status, stdout, stderr };
  } finally {
    if (cwd !== before) process.chdir(before);
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
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
