/**
 * The CLI's V8 code cache (electron/cli/code-cache.ts): written once per bundle build into a
 * private per-user folder, used on the next run, and never a reason for the CLI to fail — an
 * unwritable or foreign folder or a damaged cache file gives a plain compile and the same output.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeCacheDir } from '../../electron/cli/code-cache';
import { cliBundle, makeTempDir } from './support';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

function run(cache: string, ...args: string[]) {
  return spawnSync(process.execPath, [cliBundle, ...args], { encoding: 'utf8', env: { ...process.env, REPORTWORKS_CODE_CACHE: cache }, timeout: 30_000 });
}

const cacheFiles = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.v8')) : []);

describe('codeCacheDir', () => {
  const home = '/home/u';
  it.each([
    ['linux', {}, '/home/u/.cache/reportworks/code-cache'],
    ['linux', { XDG_CACHE_HOME: '/xdg' }, '/xdg/reportworks/code-cache'],
    ['darwin', {}, '/home/u/Library/Caches/ReportWorks/code-cache'],
    ['linux', { REPORTWORKS_CODE_CACHE: '/elsewhere' }, '/elsewhere'],
  ] as const)('%s %j', (platform, env, expected) => {
    expect(codeCacheDir({ platform, env, home })).toBe(expected);
  });
  it('is off when asked, or when there is no home to keep it in', () => {
    expect(codeCacheDir({ platform: 'linux', env: { REPORTWORKS_CODE_CACHE: 'off' }, home })).toBeNull();
    expect(codeCacheDir({ platform: 'linux', env: {}, home: '' })).toBeNull();
  });
});

describe('the built CLI with a code cache', () => {
  it('writes the cache once, then runs from it with the same output', () => {
    const cache = path.join(dir, 'cache');
    const first = run(cache, '--version');
    expect(first.status).toBe(0);
    const files = cacheFiles(cache);
    expect(files).toHaveLength(1);
    const written = fs.statSync(path.join(cache, files[0] as string)).mtimeMs;
    const second = run(cache, '--version');
    expect({ status: second.status, stdout: second.stdout, stderr: second.stderr }).toEqual({ status: 0, stdout: first.stdout, stderr: '' });
    // Used, not rewritten.
    expect(fs.statSync(path.join(cache, files[0] as string)).mtimeMs).toBe(written);
    if (process.platform !== 'win32') expect(fs.statSync(cache).mode & 0o077).toBe(0);
  });

  it('replaces a damaged cache file and still runs', () => {
    const cache = path.join(dir, 'cache');
    expect(run(cache, '--version').status).toBe(0);
    const file = path.join(cache, cacheFiles(cache)[0] as string);
    fs.writeFileSync(file, Buffer.alloc(4096, 7));
    const again = run(cache, '--version');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^reportworks /);
    expect(fs.readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('runs normally when the cache folder cannot be created', () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    const result = run(path.join(blocker, 'cache'), '--version');
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/^reportworks /);
  });

  const posixOnly = process.platform === 'win32' || process.getuid?.() === 0 ? it.skip : it;
  posixOnly('runs normally when the cache folder is read-only', () => {
    const cache = path.join(dir, 'cache');
    fs.mkdirSync(cache, { mode: 0o500 });
    const result = run(cache, '--version');
    fs.chmodSync(cache, 0o700);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(cacheFiles(cache)).toEqual([]);
  });

  if (process.platform !== 'win32') {
    it('never reads or writes a folder that others can write to', () => {
      const cache = path.join(dir, 'shared');
      fs.mkdirSync(cache);
      fs.chmodSync(cache, 0o777);
      const result = run(cache, '--version');
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
      expect(cacheFiles(cache)).toEqual([]);
    });
  }
});
