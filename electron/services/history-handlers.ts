/** IPC handlers of the history: revisions' content and named versions of the report (issue 15). */
import type { Handlers } from './handlers';
import type { ProjectSession } from './session';
import {
  deleteReportVersion,
  listReportVersions,
  previewReportVersion,
  renameReportVersion,
  restoreReportVersion,
  saveReportVersion,
  undoReportRestore,
} from '../history/report-versions';

type HistoryHandlers = Pick<
  Handlers,
  'section.revision' | 'versions.list' | 'versions.save' | 'versions.rename' | 'versions.delete' | 'versions.preview' | 'versions.restore' | 'versions.undoRestore'
>;

export function createHistoryHandlers(session: ProjectSession): HistoryHandlers {
  return {
    'section.revision': ({ id, revision }) => session.require().revisionContent(id, revision),
    // A department's package keeps no history: nothing to list, not an error.
    'versions.list': () => (session.contributor ? [] : listReportVersions(session.require())),
    'versions.save': ({ name }) => saveReportVersion(session.require(), name),
    'versions.rename': ({ id, name }) => renameReportVersion(session.require(), id, name),
    'versions.delete': ({ id }) => {
      deleteReportVersion(session.require(), id);
      return null;
    },
    'versions.preview': ({ id }) => previewReportVersion(session.require(), id),
    'versions.restore': ({ id }) => {
      const project = session.require();
      return { ...restoreReportVersion(project, id), stats: project.stats() };
    },
    'versions.undoRestore': ({ restored, previous }) => {
      const project = session.require();
      return { restored: undoReportRestore(project, { restored, previous }), stats: project.stats() };
    },
  };
}
