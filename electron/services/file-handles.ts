/**
 * The renderer never names a file path. Main's dialogs (and its recent list and launch file) put
 * the path they chose here and give the renderer an opaque handle instead: 24 random bytes, bound
 * to one purpose (a spreadsheet handle cannot open a project or become an export target), living a
 * short while, and used once unless the purpose needs it again (re-reading a sheet, retrying an
 * open read-only). A method that reads or writes a file takes the handle and asks for its path.
 *
 * For save dialogs the handle also records which file, if any, the user agreed to replace: the
 * dialog asked before answering with an existing file (see ./output-target.ts for how it is used).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import type { FilePurpose, PickedFile } from '../../shared/ipc/contract';
import { AppError } from '../errors/app-error';
import { fileIdentity, type FileIdentity } from './output-target';

/** Purposes whose dialog chose where to write (a save dialog). */
const SAVE_PURPOSES: ReadonlySet<FilePurpose> = new Set(['new-project', 'save-as', 'package', 'export-docx', 'export-pdf']);

/** Purposes whose handle is used more than once: the import dialog re-reads the sheet per range, an in-use project is opened again read-only. */
const REUSABLE_PURPOSES: ReadonlySet<FilePurpose> = new Set(['open-project', 'spreadsheet']);

/** Long enough for a user to fill in a dialog after choosing the file, short enough that a stray handle soon dies. */
export const HANDLE_LIFETIME_MS = 30 * 60 * 1000;

/** A renderer asking for handles in a loop cannot grow main's memory without bound; the oldest go first. */
const MAX_HANDLES = 1000;

/** What main learns back from a handle. */
export interface GrantedFile {
  readonly path: string;
  readonly purpose: FilePurpose;
  /** Save purposes only: the existing file the save dialog confirmed replacing, or null when there was none. */
  readonly confirmedReplace: FileIdentity | null;
}

interface Grant extends GrantedFile {
  /** Epoch ms, or null for handles that live until revoked (the recent list's). */
  readonly expires: number | null;
  readonly group: string | null;
}

export interface GrantOptions {
  /** Live until revokeGroup(group) instead of HANDLE_LIFETIME_MS (the recent list is shown for as long as the start screen is). */
  readonly group?: string;
}

export class FileHandles {
  private readonly grants = new Map<string, Grant>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Registers a path main chose and returns what the renderer may see of it. */
  grant(purpose: FilePurpose, file: string, options: GrantOptions = {}): PickedFile {
    const resolved = path.resolve(file);
    const handle = crypto.randomBytes(24).toString('base64url');
    // Asked right after the dialog answered: an existing file here is one its user agreed to replace.
    const confirmedReplace = SAVE_PURPOSES.has(purpose) ? fileIdentity(resolved) : null;
    const group = options.group ?? null;
    this.grants.set(handle, { path: resolved, purpose, confirmedReplace, group, expires: group === null ? this.now() + HANDLE_LIFETIME_MS : null });
    this.prune();
    return { handle, displayName: path.basename(resolved) };
  }

  /** The file behind `handle`, which must have been granted for `purpose`; a single-use handle is used up. */
  take(handle: string, purpose: FilePurpose): GrantedFile {
    const grant = this.grants.get(handle);
    if (grant === undefined) throw new AppError('INVALID_HANDLE', { reason: '这次选择已用过或无法识别' });
    if (grant.expires !== null && grant.expires <= this.now()) {
      this.grants.delete(handle);
      throw new AppError('INVALID_HANDLE', { reason: '选择文件后等待过久' });
    }
    // A mismatch leaves the handle alone: it was not used.
    if (grant.purpose !== purpose) throw new AppError('INVALID_HANDLE', { reason: '这个文件不是为此操作选择的' });
    if (!REUSABLE_PURPOSES.has(purpose)) this.grants.delete(handle);
    return { path: grant.path, purpose: grant.purpose, confirmedReplace: grant.confirmedReplace };
  }

  /** Forgets every handle of a group (the previous recent list, when a new one is handed out). */
  revokeGroup(group: string): void {
    for (const [handle, grant] of this.grants) if (grant.group === group) this.grants.delete(handle);
  }

  get size(): number {
    return this.grants.size;
  }

  private prune(): void {
    const now = this.now();
    for (const [handle, grant] of this.grants) if (grant.expires !== null && grant.expires <= now) this.grants.delete(handle);
    // Maps iterate in insertion order: the first keys are the oldest.
    for (const handle of this.grants.keys()) {
      if (this.grants.size <= MAX_HANDLES) break;
      this.grants.delete(handle);
    }
  }
}
