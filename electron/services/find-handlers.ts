/**
 * Find and replace over the whole report, in main: the IPC methods report.find and
 * report.replaceAll. Why here and not section by section in the renderer: the sections not open
 * are only rows in the project file, so main reads them where they are, changes them with the same
 * pure walk the editor uses (shared/find/content-matches.ts) and stores them all in ONE
 * transaction, one revision per section touched: a failure halfway leaves no half-replaced
 * report, and nothing travels over IPC twice. The renderer flushes its edits first and reloads its
 * editors after (their stored revisions moved on). Spread into the handler table of
 * handlers.ts.
 */
import { findInContent, replaceInContent } from '../../shared/find/content-matches';
import type { Handlers } from './handlers';
import type { ProjectSession } from './session';

export type FindMethod = 'report.find' | 'report.replaceAll';

export function createFindHandlers(session: ProjectSession): Pick<Handlers, FindMethod> {
  return {
    'report.find': ({ query, options }) => {
      const sections: { id: string; count: number }[] = [];
      let total = 0;
      for (const doc of session.sections().loadAllSections()) {
        const count = findInContent(doc.content, query, options ?? {}).length;
        if (count === 0) continue;
        sections.push({ id: doc.id, count });
        total += count;
      }
      return { total, sections };
    },
    'report.replaceAll': ({ query, replacement, options }) => {
      // A department's package edits only its own sections, one at a time (the editor's replace).
      const project = session.require();
      let count = 0;
      const { touched: sections, damaged } = project.replaceAcrossSections((doc) => {
        const replaced = replaceInContent(doc.content, query, replacement, options ?? {});
        count += replaced.count;
        return replaced.count === 0 ? null : replaced.content;
      });
      return { count, sections, damaged, stats: project.stats() };
    },
  };
}
