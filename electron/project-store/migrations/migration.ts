import type Database from 'better-sqlite3';

export interface Migration {
  /** Equals the `user_version` the file has after this migration ran. */
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
