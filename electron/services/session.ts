import { resolve } from 'node:path';
import type { ProjectSnapshot } from '../../shared/ipc/contract';
import type { RecentFiles } from '../app-state/recent-files';
import { AppError } from '../errors/app-error';
import { Project, type CreateOptions, type OpenOptions } from '../project-store/project';

/** The project open in one window. Opening another closes the previous one (and frees its lock). */
export class ProjectSession {
  private project: Project | null = null;

  constructor(private readonly recent: RecentFiles) {}

  get current(): Project | null {
    return this.project;
  }

  require(): Project {
    if (!this.project) throw new AppError('NO_PROJECT');
    return this.project;
  }

  create(path: string, options: CreateOptions): ProjectSnapshot {
    const project = Project.create(path, options);
    return this.adopt(project);
  }

  open(path: string, options: OpenOptions): ProjectSnapshot {
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
  }

  private adopt(project: Project): ProjectSnapshot {
    let snapshot: ProjectSnapshot;
    try {
      snapshot = project.snapshot();
    } catch (error) {
      // A project we cannot show is not adopted: free its lock and keep the previous one open.
      if (project !== this.project) project.close();
      throw error;
    }
    if (this.project !== project) this.close();
    this.project = project;
    this.recent.add(project.path, snapshot.settings.reportTitle);
    return snapshot;
  }
}
