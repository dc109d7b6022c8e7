import fs from 'node:fs';
import path from 'node:path';
import { replaceFileAtomically } from '../files/replace-file';
/** One remembered project; the renderer sees it only as a handle and a name (see services/handlers.ts). */
export interface RecentFile {
  readonly path: string;
  readonly title: string;
  readonly openedAt: string;
}

const MAX_RECENT = 12;

/**
 * The recent-files list lives in the user's profile (Electron's userData, or a temp dir in the
 * harness), never inside a project: it is about this PC, not about the report.
 */
export class RecentFiles {
  private readonly file: string;

  constructor(directory: string) {
    this.file = path.join(directory, 'recent-files.json');
  }

  list(): RecentFile[] {
    let entries: RecentFile[] = [];
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as unknown;
      if (Array.isArray(parsed)) {
        entries = parsed.filter(
          (e): e is RecentFile => typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.title === 'string',
        );
      }
    } catch {
      // Missing or damaged list: start afresh, it is only a convenience.
    }
    return entries.filter((e) => fs.existsSync(e.path));
  }

  add(filePath: string, title: string): void {
    const entries = this.list().filter((e) => e.path !== filePath);
    entries.unshift({ path: filePath, title, openedAt: new Date().toISOString() });
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      replaceFileAtomically(this.file, (temp) => fs.writeFileSync(temp, JSON.stringify(entries.slice(0, MAX_RECENT), null, 2)), 'saving');
    } catch {
      // Failing to remember a recent file must never fail opening it.
    }
  }
}
