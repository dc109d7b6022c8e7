import { basename, resolve } from 'node:path';
import type { ProjectSnapshot } from '../../shared/ipc/contract';
import type { RecentFiles } from '../app-state/recent-files';
import { AppError } from '../errors/app-error';
import { ContributorSession } from '../packages/contributor-session';
import { isPackageFile } from '../project-store/package-file';
import { Project, type CreateOptions, type OpenOptions } from '../project-store/project';

/** What section editing needs, served by a project or, in contributor mode, by a package. */
export type SectionStore = Pick<Project, 'loadSection' | 'saveSection' | 'stats' | 'numbering' | 'loadAllSections'>;

/**
 * The project open in one window. Opening another closes the previous one (and frees its lock).
 * A department's package (.rwpkg) opens in contributor mode instead: then only section editing,
 * comments and 提交 work, and everything that needs a project is refused with a message.
 */
export class ProjectSession {
  private project: Project | null = null;
  private contribution: ContributorSession | null = null;

  constructor(private readonly recent: RecentFiles) {}

  get current(): Project | null {
    return this.project;
  }

  /** The package open in contributor mode, if that is what is open. */
  get contributor(): ContributorSession | null {
    return this.contribution;
  }

  require(): Project {
    if (this.contribution) {
      throw new AppError('INVALID_OPERATION', { detail: '当前打开的是部门材料包，只能编辑分配给本部门的章节、回复批注和提交' });
    }
    if (!this.project) throw new AppError('NO_PROJECT');
    return this.project;
  }

  requireContributor(): ContributorSession {
    if (!this.contribution) throw new AppError('INVALID_OPERATION', { detail: '只有打开部门材料包（.rwpkg）时才能提交' });
    return this.contribution;
  }

  /** Where section loads and saves go: the package in contributor mode, else the project. */
  sections(): SectionStore {
    return this.contribution ?? this.require();
  }

  /** Where images are stored and read: the package in contributor mode, else the project. */
  assetStore(): Pick<Project, 'readOnly' | 'storeAsset' | 'asset'> | ContributorSession {
    return this.contribution ?? this.require();
  }

  /** Whatever is open (package or project), without throwing: for "is it still the same file?" checks. */
  get currentFile(): Project | ContributorSession | null {
    return this.contribution ?? this.project;
  }

  snapshot(): ProjectSnapshot | null {
    return this.contribution?.snapshot() ?? this.project?.snapshot() ?? null;
  }

  create(path: string, options: CreateOptions): ProjectSnapshot {
    const project = Project.create(path, options);
    return this.adopt(project);
  }

  open(path: string, options: OpenOptions): ProjectSnapshot {
    // Told by the file's header, not its name: a package renamed by a mail client still opens as one.
    if (isPackageFile(path)) return this.openContribution(path);
    // Project paths are absolute; compare resolved, or a relative spelling would collide with our own lock.
    if (this.project && this.project.path === resolve(path) && !options.readOnly) return this.project.snapshot();
    const project = Project.open(path, options);
    return this.adopt(project);
  }

  /** Save as: write the copy, then continue editing the copy, as Word does. */
  saveAs(path: string): string {
    const current = this.require();
    const target = current.saveCopyAs(path);
    const copy = Project.open(target);
    this.adopt(copy);
    return target;
  }

  close(): void {
    this.project?.close();
    this.project = null;
    this.contribution?.close();
    this.contribution = null;
  }

  private openContribution(path: string): ProjectSnapshot {
    if (this.contribution && this.contribution.path === resolve(path)) return this.contribution.snapshot();
    const opened = ContributorSession.open(path);
    let snapshot: ProjectSnapshot;
    try {
      snapshot = opened.snapshot();
    } catch (error) {
      opened.close();
      throw error;
    }
    this.close();
    this.contribution = opened;
    this.recent.add(opened.path, `${snapshot.contribution?.department.name ?? ''}材料包：${snapshot.settings.reportTitle}`);
    return snapshot;
  }

  private adopt(project: Project): ProjectSnapshot {
    let snapshot: ProjectSnapshot;
    try {
      snapshot = project.snapshot();
    } catch (error) {
      // A project we cannot show is not adopted: free its lock and keep the previous one open.
      if (project !== this.project) project.close();
      throw unshowable(project.path, error);
    }
    if (this.project !== project) this.close();
    this.project = project;
    this.recent.add(project.path, snapshot.settings.reportTitle);
    return snapshot;
  }
}

/**
 * Why a project that opened cannot be shown, for the user: a missing table or column (a file
 * altered with a database tool, or cut short) is damage to the file, not an internal error.
 */
function unshowable(file: string, error: unknown): unknown {
  // Read by shape, not instanceof: better-sqlite3 registers its error class once per process, so
  // under Jest's per-file sandboxes its errors may come from another realm's Error.
  const message = typeof (error as { message?: unknown } | null)?.message === 'string' ? (error as { message: string }).message : '';
  if (error instanceof AppError || !/^no such (table|column)/.test(message)) return error;
  return new AppError('CORRUPT_FILE', { name: basename(file), detail: `缺少数据表（${message}）` });
}
