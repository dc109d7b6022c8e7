/** Entry of `reportworks` (bundled to dist/cli.cjs, started by reportworks.cjs). */
import os from 'node:os';
import { ErrorLog } from '../errors/error-log';
import { logDir } from '../errors/log-location';
import { processIo } from './cli-io';
import { runCli } from './run-cli';

// `reportworks info x | head` closes the pipe early: not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// exitCode rather than process.exit(): lets piped stdout drain before the process ends.
// runCli never rejects: every failure is already one line on stderr and an exit code.
// The CLI's own file beside the app's log, so that two processes never rotate the same file.
const errorLog = new ErrorLog({ dir: logDir({ platform: process.platform, env: process.env, home: os.homedir() }), fileName: 'cli.log' });
void runCli(process.argv.slice(2), processIo, errorLog).then((code) => {
  process.exitCode = code;
});
