/**
 * `node dist/harness.cjs [workDir]`: starts the loopback harness by hand and prints its URL, to
 * try the real renderer against the real backend in any browser on this machine.
 */
import os from 'node:os';
import path from 'node:path';
import { startHarness } from './server';

async function main(): Promise<void> {
  const workDir = path.resolve(process.argv[2] ?? path.join(os.tmpdir(), `reportworks-harness-${process.pid}`));
  const harness = await startHarness({ rendererDir: path.join(__dirname, 'renderer'), workDir });
  process.stdout.write(`${harness.url}\n`);
  const stop = (): void => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
