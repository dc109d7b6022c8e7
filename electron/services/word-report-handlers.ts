/**
 * 从 Word 报告创建 (issue 16): the start screen's way to begin from last year's report in Word.
 * The Word file is read, its structure recognised and its pictures prepared first (the slow part,
 * followed through export.progress); only then is the new project file created, the outline stored
 * in one transaction and the project opened. A refused Word file leaves no project file behind.
 */
import fs from 'node:fs';
import type { IpcOutput, IpcParsedInput, PickedFile, WordImportSummary } from '../../shared/ipc/contract';
import type { ExportStage } from '../../shared/ipc/contract';
import { importMarkdownIntoProject } from '../import/import-markdown-file';
import { Project } from '../project-store/project';
import { prepareDocxImport, type DocxImportProgress, type PreparedDocxImport } from '../word/report/read-report-docx';
import { cancelledError } from '../export/docx/export-docx';
import type { Dialogs } from './dialogs';
import type { ExportJobs } from './export-jobs';
import type { FileHandles } from './file-handles';
import type { ProjectSession } from './session';

export interface WordReportDeps {
  readonly session: ProjectSession;
  readonly dialogs: Dialogs;
  readonly files: FileHandles;
  readonly exportJobs: ExportJobs;
  /** The checked path behind a new-project handle. */
  readonly newProjectPath: (handle: string) => string;
}

/** Where each stage of the import sits on the bar: reading is quick, the pictures take most of it. */
function progressOf(progress: DocxImportProgress): [number, ExportStage] {
  const share = progress.total === 0 ? 1 : progress.done / progress.total;
  if (progress.stage === 'read') return [0.1 * share, 'load'];
  if (progress.stage === 'images') return [0.1 + 0.75 * share, 'images'];
  return [0.85 + 0.05 * share, 'assemble'];
}

export function summaryOf(prepared: PreparedDocxImport): WordImportSummary {
  const { report } = prepared;
  return {
    chapters: report.nodes.length,
    sections: report.nodes.reduce((sum, n) => sum + n.children.length, 0),
    headings: report.contentHeadings,
    tables: report.tally.tables,
    figures: report.tally.figures,
    images: prepared.assets.length,
    cases: report.tally.cases,
    crossReferences: report.tally.crossReferences,
    skipped: { ...report.front },
    warnings: prepared.warnings.map((w) => w.zh),
  };
}

export function createWordReportHandlers({ session, dialogs, files, exportJobs, newProjectPath }: WordReportDeps) {
  return {
    'dialog.pickWordReportPath': async (): Promise<PickedFile | null> => {
      const file = await dialogs.pickWordReportPath();
      return file === null ? null : files.grant('word-report', file);
    },
    'project.createFromWord': (input: IpcParsedInput<'project.createFromWord'>): Promise<IpcOutput<'project.createFromWord'>> => {
      const target = newProjectPath(input.file);
      const source = files.take(input.source, 'word-report').path;
      return exportJobs.run(input.jobId, async (job) => {
        const prepared = await prepareDocxImport(source, (progress) => job.progress(...progressOf(progress)));
        if (job.signal?.aborted) throw cancelledError();
        job.progress(0.9, 'write');
        Project.create(target, { unitName: input.unitName, year: input.year, noOutline: true, numberingScheme: input.numberingScheme ?? 'chapter' }).close();
        try {
          importMarkdownIntoProject(target, prepared);
        } catch (error) {
          // The file was made for this import a moment ago: nothing of the user's is in it.
          fs.rmSync(target, { force: true });
          throw error;
        }
        const snapshot = session.open(target, { readOnly: false });
        job.progress(1, 'done');
        return { snapshot, summary: summaryOf(prepared) };
      });
    },
  };
}
