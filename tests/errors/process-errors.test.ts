/** Errors outside dispatch (uncaught exceptions, unhandled rejections in main) are written to the log with their stack. */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { ErrorLog } from '../../electron/errors/error-log';
import { logProcessErrors } from '../../electron/errors/process-errors';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('rw-process-errors-');
});
afterAll(() => removeTempDir(dir));

test('an uncaught exception and an unhandled rejection each leave one internal line with the stack', () => {
  const log = new ErrorLog({ dir });
  const fakeProcess = new EventEmitter();
  logProcessErrors(fakeProcess, log);
  fakeProcess.emit('uncaughtException', new Error('定时器里出错'));
  fakeProcess.emit('unhandledRejection', 'a plain string reason');
  const lines = fs
    .readFileSync(path.join(dir, fs.readdirSync(dir)[0] as string), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { kind: string; where: string; message: string; stack?: string });
  expect(lines).toEqual([
    expect.objectContaining({ kind: 'internal', where: 'main: uncaught exception', message: '定时器里出错', stack: expect.stringContaining('process-errors.test.ts') }),
    expect.objectContaining({ kind: 'internal', where: 'main: unhandled rejection', message: 'a plain string reason' }),
  ]);
});
