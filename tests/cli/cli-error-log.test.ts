/**
 * The CLI's internal errors: the stack goes to the log, the one line on stderr says where it is.
 * A command that fails unexpectedly is simulated by replacing `info` with one that throws a
 * TypeError (what a bug looks like); expected failures must not be logged as internal.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ErrorLog } from '../../electron/errors/error-log';
import type { CliIo } from '../../electron/cli/cli-io';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { cliBundle } from './support';

jest.mock('../../electron/cli/commands/info-command', () => ({
  infoCommand: {
    help: 'info help',
    options: {},
    run: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'outline')");
    },
  },
}));

// Imported after the mock so that run-cli loads the throwing command.
import { runCli } from '../../electron/cli/run-cli';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('rw-cli-log-');
});
afterEach(() => removeTempDir(dir));

function bufferIo(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe('CLI internal errors', () => {
  it('print one line with the log path, and the log holds the stack', async () => {
    const log = new ErrorLog({ dir: path.join(dir, 'logs'), fileName: 'cli.log' });
    const io = bufferIo();
    const code = await runCli(['info', path.join(dir, 'x.rwproj')], io, log);
    expect(code).toBe(1);
    const lines = io.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^错误：内部错误：Cannot read properties of undefined/);
    expect(lines[0]).toContain(`详细信息见日志 ${log.file}`);
    expect(lines[0]).toContain(`(details in the log ${log.file})`);
    const event = JSON.parse(fs.readFileSync(log.file, 'utf8').trim()) as Record<string, string>;
    expect(event).toMatchObject({ kind: 'internal', where: 'cli info' });
    expect(event.stack).toContain('TypeError');
  });

  it('expected failures (bad arguments) are one line without a log', async () => {
    const log = new ErrorLog({ dir: path.join(dir, 'logs'), fileName: 'cli.log' });
    const io = bufferIo();
    expect(await runCli(['no-such-command'], io, log)).toBe(2);
    expect(io.stderr).not.toContain('日志');
    expect(fs.existsSync(log.file)).toBe(false);
  });

  it('the built CLI writes cli.log under REPORTWORKS_LOG_DIR and names it on stderr', () => {
    // Fault injection into the real bundle: stdout breaks with a TypeError, as a bug would.
    const inject = path.join(dir, 'broken-stdout.cjs');
    fs.writeFileSync(inject, "process.stdout.write = () => { throw new TypeError('stdout is broken'); };\n");
    const logs = path.join(dir, 'logs');
    const run = spawnSync(process.execPath, ['--require', inject, cliBundle, '--version'], { encoding: 'utf8', env: { ...process.env, REPORTWORKS_LOG_DIR: logs } });
    const logFile = path.join(logs, 'cli.log');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`错误：内部错误：stdout is broken（详细信息见日志 ${logFile}） / Error: internal error: stdout is broken (details in the log ${logFile})`);
    const event = JSON.parse(fs.readFileSync(logFile, 'utf8').trim()) as Record<string, string>;
    expect(event).toMatchObject({ kind: 'internal', where: 'cli --version', message: 'stdout is broken' });
    expect(event.stack).toContain('cli.cjs');
  });
});
