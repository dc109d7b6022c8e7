import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 must be compiled for Electron's ABI inside the app and for Node's ABI in tests.
 * Instead of rebuilding node_modules in place (which breaks one side each time), the Electron
 * build of the addon is kept in its own file and handed to better-sqlite3 as `nativeBinding`.
 * See electron/tools/ensure-electron-native.mjs.
 */
export function electronNativeBinding(appRoot: string, resourcesPath: string): string | undefined {
  const candidates = [
    path.join(resourcesPath, 'native', 'better_sqlite3.node'),
    path.join(appRoot, 'node_modules', '.reportworks-native', 'electron', 'better_sqlite3.node'),
  ];
  return candidates.find((file) => fs.existsSync(file));
}
