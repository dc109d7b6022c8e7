import type Database from 'better-sqlite3';

/**
 * Journal mode: the classic rollback journal (DELETE) with synchronous=FULL. WAL needs shared
 * memory between processes and does not work on network file systems; our users keep reports on
 * USB sticks and SMB shares, where a rollback journal is the mode SQLite documents as safe. A
 * committed transaction is on disk when `commit` returns, so a crash never loses an acknowledged
 * edit.
 */
export function configureWritable(db: Database.Database): void {
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}
