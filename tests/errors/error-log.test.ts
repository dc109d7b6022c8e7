import fs from 'node:fs';
import path from 'node:path';
import { ErrorLog, describeThrown } from '../../electron/errors/error-log';
import { APP_DATA_NAME, logDir } from '../../electron/errors/log-location';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('rw-log-');
});
afterEach(() => removeTempDir(dir));

const lines = (file: string): Record<string, string>[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, string>);

describe('ErrorLog', () => {
  it('writes one JSON line per event, creating its folder, with the stack of an internal error', () => {
    const log = new ErrorLog({ dir: path.join(dir, 'nested', 'logs'), now: () => new Date('2026-12-06T10:00:00Z') });
    const boom = new TypeError('x is undefined');
    expect(log.write({ kind: 'internal', where: 'section.save', ...describeThrown(boom) })).toBe(true);
    expect(log.write({ kind: 'refused', where: 'project.open', code: 'NOT_A_PROJECT', message: '“a.txt”不是年报工坊项目文件' })).toBe(true);
    const [internal, refused] = lines(log.file);
    expect(internal).toMatchObject({ time: '2026-12-06T10:00:00.000Z', kind: 'internal', where: 'section.save', message: 'x is undefined' });
    expect(internal?.stack).toContain('TypeError: x is undefined');
    expect(internal?.stack).toContain('error-log.test.ts');
    expect(refused).toEqual({ time: '2026-12-06T10:00:00.000Z', kind: 'refused', where: 'project.open', code: 'NOT_A_PROJECT', message: '“a.txt”不是年报工坊项目文件' });
  });

  it('keeps one event on one line even when the message has newlines, and cuts huge messages', () => {
    const log = new ErrorLog({ dir });
    log.write({ kind: 'refused', where: 'ipc', code: 'UNKNOWN_METHOD', message: `line 1\nline 2${'长'.repeat(5000)}` });
    const text = fs.readFileSync(log.file, 'utf8');
    expect(text.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect((lines(log.file)[0]?.message ?? '').length).toBeLessThan(1100);
  });

  it('rotates by size: never more than maxBytes per file, never more than `files` files, newest events kept', () => {
    const log = new ErrorLog({ dir, maxBytes: 2000, files: 3 });
    for (let i = 0; i < 100; i += 1) log.write({ kind: 'refused', where: 'ipc', code: 'INVALID_PAYLOAD', message: `event ${i} ${'x'.repeat(100)}` });
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['reportworks.log', 'reportworks.log.1', 'reportworks.log.2']);
    for (const file of files) expect(fs.statSync(path.join(dir, file)).size).toBeLessThanOrEqual(2000);
    // The newest event is last in the current file; .1 holds the ones just before; the oldest are gone.
    const current = lines(log.file);
    expect(current.at(-1)?.message).toMatch(/^event 99 /);
    const older = lines(`${log.file}.1`);
    const firstCurrent = Number(/^event (\d+)/.exec(current[0]?.message ?? '')?.[1]);
    expect(older.at(-1)?.message).toMatch(new RegExp(`^event ${firstCurrent - 1} `));
    expect(lines(`${log.file}.2`)[0]?.message).not.toMatch(/^event 0 /);
    expect(log.existingFiles()).toEqual([log.file, `${log.file}.1`, `${log.file}.2`]);
  });

  it('never throws: an unwritable folder makes write() return false', () => {
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const log = new ErrorLog({ dir: blocker });
    expect(log.write({ kind: 'internal', where: 'x', message: 'y' })).toBe(false);
  });

  it('describes anything thrown, even an object whose toString throws', () => {
    expect(describeThrown('plain')).toEqual({ message: 'plain' });
    expect(describeThrown(Object.create(null)).message).toBe('[object Object]');
  });
});

describe('logDir', () => {
  it('is the logs folder in the user-data folder Electron uses on each platform', () => {
    expect(logDir({ platform: 'linux', env: {}, home: '/home/li' })).toBe(`/home/li/.config/${APP_DATA_NAME}/logs`);
    expect(logDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/li' })).toBe(`/cfg/${APP_DATA_NAME}/logs`);
    expect(logDir({ platform: 'darwin', env: {}, home: '/Users/li' })).toBe(`/Users/li/Library/Application Support/${APP_DATA_NAME}/logs`);
    expect(logDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, home: 'C:\\Users\\li' })).toBe(`C:\\Users\\li\\AppData\\Roaming\\${APP_DATA_NAME}\\logs`);
    expect(logDir({ platform: 'linux', env: { REPORTWORKS_LOG_DIR: '/var/tmp/rw' }, home: '/home/li' })).toBe('/var/tmp/rw');
  });

  it('names the folder as package.json does (Electron takes productName)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { productName: string };
    expect(APP_DATA_NAME).toBe(pkg.productName);
  });
});
