/**
 * Loads a CLI bundle with a V8 code cache, so a run does not compile the bundle's JavaScript again
 * (measured: compiling the Word-export bundle was the largest single cost of `export --docx` after
 * the export itself). Node ≥ 22.1 has this built in (module.enableCompileCache) and is used when
 * present; Node 20 is not, so the bundle is compiled through vm.Script with `cachedData`, and the
 * cache is written once, at exit, after the run has compiled the functions it used.
 *
 * A cache is only ever a speed-up: any failure (no home, unwritable or foreign directory, a cache
 * V8 rejects, a full disk) falls back to a plain compile, silently. Because cached data is code,
 * it is read only from a directory of our own user that nobody else can write to.
 */
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { replaceFileAtomically } from '../files/replace-file';

interface CacheEnv {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
}

/** The per-user cache folder; null when turned off (REPORTWORKS_CODE_CACHE=off). */
export function codeCacheDir({ platform, env, home }: CacheEnv): string | null {
  const override = env.REPORTWORKS_CODE_CACHE;
  if (override === 'off' || override === '0') return null;
  if (override) return path.resolve(override);
  if (!home && !env.LOCALAPPDATA && !env.XDG_CACHE_HOME) return null;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'ReportWorks', 'code-cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'ReportWorks', 'code-cache');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'reportworks', 'code-cache');
}

/** Ours and private: on POSIX owned by this user and not writable by group or others. */
function privateDir(dir: string): boolean {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  const stat = fs.statSync(dir);
  return stat.isDirectory() && stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

type ModuleInternals = typeof Module & { _nodeModulePaths(dir: string): string[] };

/** require(file), through a code cache kept in `cacheDir` when that is possible. */
export function requireWithCodeCache(file: string, cacheDir: string | null): void {
  const moduleApi = Module as ModuleInternals & { enableCompileCache?: (dir?: string) => unknown };
  let usable = false;
  try {
    usable = cacheDir !== null && privateDir(cacheDir);
  } catch {
    usable = false;
  }
  if (!usable || cacheDir === null) {
    Module.createRequire(file)(file);
    return;
  }
  if (typeof moduleApi.enableCompileCache === 'function') {
    try {
      moduleApi.enableCompileCache(cacheDir);
    } catch {
      // Only a speed-up.
    }
    Module.createRequire(file)(file);
    return;
  }
  const source = fs.readFileSync(file, 'utf8');
  const stat = fs.statSync(file);
  // V8 itself rejects data from another V8 version, flags or source length; the name keeps one
  // entry per build of the bundle so that a rebuilt bundle never meets an older build's data.
  const cacheFile = path.join(cacheDir, `${path.basename(file)}-${process.version}-${process.arch}-${stat.size}-${Math.floor(stat.mtimeMs)}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  } as vm.ScriptOptions);
  if (cachedData === undefined || script.cachedDataRejected === true) {
    process.once('exit', () => writeCache(script, cacheFile));
  }
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
  const mod = new Module(file, require.main);
  mod.filename = file;
  mod.paths = moduleApi._nodeModulePaths(path.dirname(file));
  wrapper.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
}

function writeCache(script: vm.Script, cacheFile: string): void {
  try {
    replaceFileAtomically(cacheFile, (temp) => fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 }), 'saving');
  } catch {
    // An unwritable cache only means a slower start next time.
  }
}
