/**
 * Imports waiting for the office's decisions between package.import and package.decide. They live
 * in memory only: a review is cheap to make again from the file, and keeping it out of the project
 * means looking at a package never changes the project.
 */
import { AppError } from '../errors/app-error';
import type { PreparedImport } from './prepared-import';

/** Prepared imports hold the package's images; a handful is all a reviewer has open at once. */
const MAX_PENDING = 4;

export class PendingImports {
  private readonly byId = new Map<string, PreparedImport>();

  add(prepared: PreparedImport): void {
    this.byId.set(prepared.review.importId, prepared);
    while (this.byId.size > MAX_PENDING) this.byId.delete(this.byId.keys().next().value as string);
  }

  get(importId: string, projectPath: string): PreparedImport {
    const prepared = this.byId.get(importId);
    if (!prepared || prepared.projectPath !== projectPath) throw new AppError('NOT_FOUND', { what: '待审阅的导入（请重新导入材料包）', id: importId });
    return prepared;
  }

  delete(importId: string): void {
    this.byId.delete(importId);
  }

  clear(): void {
    this.byId.clear();
  }
}
