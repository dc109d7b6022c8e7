import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

/** Set once by the Electron shell to the addon built for Electron's ABI (see main/native-binding). */
export function useNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}

/**
 * Every SQLite connection of the app is opened here, so the native binding choice applies to all,
 * and so does `trusted_schema = OFF`: SQL functions with side effects and virtual tables are then
 * refused inside a file's own triggers and views (defence in depth behind schema-check.ts, which
 * refuses files carrying objects we never create).
 */
export function openDatabase(file: string | Buffer, options: Database.Options = {}): Database.Database {
  const db = new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
  try {
    db.pragma('trusted_schema = OFF');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
