/** The CLI in process (tests/cli/support.ts), for the PDF suites: their time goes to Chromium, not to starting Node. */
import { runCli, type CliRun } from '../cli/support';

export { repoRoot } from '../cli/support';
export type CliResult = CliRun;

export function reportworks(args: readonly string[]): Promise<CliResult> {
  return runCli(args);
}

/** Runs the CLI and fails with its output when it does not exit 0. */
export async function reportworksOk(args: readonly string[]): Promise<CliResult> {
  const result = await reportworks(args);
  if (result.status !== 0) throw new Error(`reportworks ${args.join(' ')} exited ${result.status}: ${result.stderr || result.stdout}`);
  return result;
}
