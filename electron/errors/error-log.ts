/**
 * The log of what went wrong: one JSON line per event, in a file that rotates by size so it never
 * grows without bound. Main writes every INTERNAL error (with its stack) and every refused input
 * here; the user sees the short message and where this file is, and sends it to support.
 *
 * It records only what is needed to find the fault: the operation, the error code, the short
 * message and the stack. Never a payload, a section's text or a file's bytes.
 *
 * Writing is synchronous (an append of one short line) so that the line is on disk even when the
 * process dies right afterwards, and it never throws: a full disk must not turn an envelope into a
 * crash.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ErrorLogOptions {
  /** The folder of the log; created on the first write. */
  readonly dir: string;
  readonly fileName?: string;
  /** A file is rotated before a line would take it past this size. */
  readonly maxBytes?: number;
  /** How many files are kept in all: the current one and (files - 1) older ones (.1 newest). */
  readonly files?: number;
  readonly now?: () => Date;
}

export type LogEvent =
  /** An error nobody expected: a bug, or a failure of the machine. */
  | { readonly kind: 'internal'; readonly where: string; readonly message: string; readonly stack?: string }
  /** An input that was turned away with a clear message (bad payload, foreign file, damaged package …). */
  | { readonly kind: 'refused'; readonly where: string; readonly code: string; readonly message: string };

export const DEFAULT_MAX_LOG_BYTES = 1024 * 1024;
export const DEFAULT_LOG_FILES = 3;
/** Long enough for any of our messages; a message built from a huge input is cut. */
const MAX_MESSAGE = 1000;
const MAX_STACK = 8000;

export class ErrorLog {
  /** The file being written now: what the user is told to look at. */
  readonly file: string;
  private readonly maxBytes: number;
  private readonly files: number;
  private readonly now: () => Date;

  constructor(private readonly options: ErrorLogOptions) {
    this.file = path.join(options.dir, options.fileName ?? 'reportworks.log');
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_LOG_BYTES;
    this.files = Math.max(1, options.files ?? DEFAULT_LOG_FILES);
    this.now = options.now ?? (() => new Date());
  }

  /** Appends one line; returns false when it could not be written (the caller goes on regardless). */
  write(event: LogEvent): boolean {
    try {
      const line = `${JSON.stringify(toRecord(event, this.now()))}\n`;
      fs.mkdirSync(this.options.dir, { recursive: true });
      this.rotateIfNeeded(Buffer.byteLength(line));
      fs.appendFileSync(this.file, line, { encoding: 'utf8', mode: 0o600 });
      return true;
    } catch {
      return false;
    }
  }

  /** The files that exist, newest first (the current file, then .1, .2 …). */
  existingFiles(): string[] {
    return Array.from({ length: this.files }, (_, i) => this.rotated(i)).filter((file) => fs.existsSync(file));
  }

  private rotated(index: number): string {
    return index === 0 ? this.file : `${this.file}.${index}`;
  }

  private rotateIfNeeded(incoming: number): void {
    let size: number;
    try {
      size = fs.statSync(this.file).size;
    } catch {
      return;
    }
    if (size === 0 || size + incoming <= this.maxBytes) return;
    if (this.files === 1) {
      fs.rmSync(this.file, { force: true });
      return;
    }
    fs.rmSync(this.rotated(this.files - 1), { force: true });
    for (let i = this.files - 2; i >= 0; i -= 1) {
      const from = this.rotated(i);
      if (fs.existsSync(from)) fs.renameSync(from, this.rotated(i + 1));
    }
  }
}

function toRecord(event: LogEvent, time: Date): Record<string, string> {
  const base = { time: time.toISOString(), kind: event.kind, where: cut(event.where, 120) };
  if (event.kind === 'refused') return { ...base, code: event.code, message: cut(event.message, MAX_MESSAGE) };
  return { ...base, message: cut(event.message, MAX_MESSAGE), ...(event.stack === undefined ? {} : { stack: cut(event.stack, MAX_STACK) }) };
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** The message and stack of anything thrown (a string, an object without toString …). */
export function describeThrown(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) return error.stack === undefined ? { message: error.message } : { message: error.message, stack: error.stack };
  try {
    return { message: String(error) };
  } catch {
    return { message: Object.prototype.toString.call(error) };
  }
}
