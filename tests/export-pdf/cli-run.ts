/** The built CLI (dist/cli.cjs) as a child process, with a timeout that allows for a PDF export. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function reportworks(args: readonly string[], timeoutMs = 180_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'cli.cjs'), ...args], { cwd: repoRoot, timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs the CLI and fails with its output when it does not exit 0. */
export async function reportworksOk(args: readonly string[]): Promise<CliResult> {
  const result = await reportworks(args);
  if (result.status !== 0) throw new Error(`reportworks ${args.join(' ')} exited ${result.status}: ${result.stderr || result.stdout}`);
  return result;
}
