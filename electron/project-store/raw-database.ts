/**
 * The connection behind a Project, for tests that inspect or damage the file on purpose (integrity
 * checks, hostile rows). Application code runs its SQL through `project.query` with a function of
 * queries/; eslint.config.mjs keeps this module out of electron/ outside project-store.
 */
import type Database from 'better-sqlite3';
import type { Project } from './project';

export function rawDatabase(project: Project): Database.Database {
  // Bracket access is TypeScript's deliberate way past `private`, kept to this one place.
  return project['db'];
}
