/**
 * The `reportworks` sub-commands, loaded on demand: each pulls in its own libraries (docx, pdf-lib,
 * exceljs, mammoth, node-forge …), and a CLI run should pay start-up only for the command it runs.
 * A module of its own so that the build can give a per-command bundle a table of one command
 * (electron/tools/build.mjs, electron/cli/bundle-route.ts).
 */
import type { Command } from './commands/command';

export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  new: async () => (await import('./commands/new-command')).newCommand,
  info: async () => (await import('./commands/info-command')).infoCommand,
  'import-md': async () => (await import('./commands/import-md-command')).importMdCommand,
  export: async () => (await import('./commands/export-command')).exportCommand,
  department: async () => (await import('./commands/department-command')).departmentCommand,
  assign: async () => (await import('./commands/assign-command')).assignCommand,
  package: async () => (await import('./commands/package-command')).packageCommand,
  merge: async () => (await import('./commands/merge-command')).mergeCommand,
  statement: async () => (await import('./commands/statement-command')).statementCommand,
  verify: async () => (await import('./commands/verify-command')).verifyCommand,
  check: async () => (await import('./commands/check-command')).checkCommand,
  // import-docx: a whole report from Word (issue 16)
  'import-docx': async () => (await import('./commands/import-docx-command')).importDocxCommand,
  // Charts drawn from tables (issue 17).
  chart: async () => (await import('./commands/chart-command')).chartCommand,
};
