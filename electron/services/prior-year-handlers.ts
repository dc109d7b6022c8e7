/** IPC handlers of a new year from last year's project (issue 16, part 2). */
import type { Handlers } from './handlers';
import type { FileHandles } from './file-handles';
import type { ProjectSession } from './session';
import { createFromLastYear } from '../new-year/create-from-last-year';
import { comparePriorColumn, copyPriorBlock, priorYearInfo, priorYearSection } from '../new-year/prior-year';

type PriorYearHandlers = Pick<Handlers, 'project.createFromLastYear' | 'priorYear.info' | 'priorYear.section' | 'priorYear.copyBlock' | 'priorYear.compareColumn'>;

export function createPriorYearHandlers(session: ProjectSession, files: FileHandles, outputPath: (handle: string) => string): PriorYearHandlers {
  return {
    'project.createFromLastYear': ({ file, from, year, unitName, numberingScheme, tableValues }) => {
      // The source first: a refused output handle must not use up the source's.
      const source = files.take(from, 'open-project').path;
      const target = outputPath(file);
      const summary = createFromLastYear(target, source, {
        year,
        tableValues,
        ...(unitName === undefined ? {} : { unitName }),
        ...(numberingScheme === undefined ? {} : { numberingScheme }),
      });
      const snapshot = session.open(summary.path, {});
      return { snapshot, notices: summary.notices, tables: summary.tables, clearedValues: summary.clearedValues };
    },
    // A department's package carries no 去年同期: nothing to offer, not an error.
    'priorYear.info': () => (session.contributor ? null : priorYearInfo(session.require())),
    'priorYear.section': ({ id }) => priorYearSection(session.require(), id),
    'priorYear.copyBlock': ({ id, blockId }) => {
      const project = session.require();
      const copied = copyPriorBlock(project, id, blockId);
      return { ...copied, stats: project.stats() };
    },
    'priorYear.compareColumn': ({ id, tableId, colId }) => {
      const project = session.require();
      const compared = comparePriorColumn(project, id, tableId, colId);
      return { ...compared, stats: project.stats() };
    },
  };
}
