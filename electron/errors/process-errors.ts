/**
 * Errors that happen outside dispatch (a timer, an event handler, a promise nobody awaited) reach
 * the error log too. Main keeps running after them: for an editor that autosaves, staying up with
 * the user's edits beats dying on a stray rejection, and the log keeps the stack for the report.
 */
import { describeThrown, type ErrorLog } from './error-log';

/** The part of `process` this needs (an EventEmitter in tests). */
export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export function logProcessErrors(target: ProcessEvents, log: ErrorLog): void {
  target.on('uncaughtException', (error) => {
    log.write({ kind: 'internal', where: 'main: uncaught exception', ...describeThrown(error) });
  });
  target.on('unhandledRejection', (reason) => {
    log.write({ kind: 'internal', where: 'main: unhandled rejection', ...describeThrown(reason) });
  });
}
