/**
 * Where the error log lives: a `logs` folder in the app's user-data folder. The app asks Electron
 * (app.getPath('userData')); the CLI, which runs without Electron, computes the same folder here so
 * that support finds the app's and the CLI's logs side by side.
 */
import path from 'node:path';

/** Electron names the user-data folder after package.json's productName. */
export const APP_DATA_NAME = 'ReportWorks 年报工坊';
export const LOGS_FOLDER = 'logs';
/** Lets a user (or a test) put the logs elsewhere. */
export const LOG_DIR_VARIABLE = 'REPORTWORKS_LOG_DIR';

export interface Platform {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly home: string;
}

/** Electron's appData folder (app.getPath('appData')) for the platform. */
export function appDataDir({ platform, env, home }: Platform): string {
  if (platform === 'win32') return env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.posix.join(home, '.config');
}

/** The folder of the error log: REPORTWORKS_LOG_DIR when set, else <userData>/logs. */
export function logDir(platform: Platform): string {
  const override = platform.env[LOG_DIR_VARIABLE];
  if (override) return path.resolve(override);
  const join = platform.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataDir(platform), APP_DATA_NAME, LOGS_FOLDER);
}
