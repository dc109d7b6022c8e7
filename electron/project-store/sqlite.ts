import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

/** Set once by the Electron shell to the addon built for Electron's ABI (see main/native-binding). */
export function useNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}

/** Every SQLite connection of the app is opened here, so the native binding choice applies to all. */
export function openDatabase(file: string | Buffer, options: Database.Options = {}): Database.Database {
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
}
