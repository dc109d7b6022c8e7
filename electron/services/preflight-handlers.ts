/**
 * The IPC handlers of the preflight (校对): running it on the open project or, in contributor
 * mode, on the department's sections of the package; the project's glossary, allow-list and
 * ignored findings. Spread into the one handler table of ./handlers.ts. The checking itself is
 * shared/preflight (pure) with the dictionary and converter of electron/preflight, loaded once.
 */
import type { PreflightState } from '../../shared/ipc/contract';
import { runPreflight } from '../../shared/preflight/run-preflight';
import { AppError } from '../errors/app-error';
import { packageCheckSource, projectCheckSource, type CheckSource } from '../preflight/check-source';
import { preflightTools } from '../preflight/preflight-tools';
import type { Project } from '../project-store/project';
import type { ContributorSession } from '../packages/contributor-session';
import { MAX_IGNORES, type IgnoredFindingData } from '../../shared/ipc/preflight-schemas';
import { addIgnored, listIgnored, readPreflightSettings, removeIgnored, writePreflightSettings } from '../project-store/queries/preflight-queries';
import type { Handlers } from './handlers';
import type { ProjectSession } from './session';

export type PreflightMethod = 'preflight.run' | 'preflight.settings' | 'preflight.updateSettings' | 'preflight.ignore' | 'preflight.unignore';

function state(session: ProjectSession): PreflightState {
  const contributor = session.contributor;
  if (contributor !== null) {
    // The office's settings (read-only here) and ignores, then the department's own ignores.
    const preflight = contributor.contents.preflight;
    return { settings: preflight?.settings ?? { glossary: [], traditionalAllow: [] }, ignored: [...(preflight?.ignored ?? []), ...(contributor.contents.departmentIgnored ?? [])], readOnly: true };
  }
  const project = session.require();
  return { settings: readPreflightSettings(project.db), ignored: listIgnored(project.db), readOnly: project.readOnly };
}

function writable(session: ProjectSession): Project {
  if (session.contributor !== null) throw new AppError('INVALID_OPERATION', { detail: '材料包中的校对设置由编写办公室维护，部门不能修改' });
  const project = session.require();
  if (project.readOnly) throw new AppError('READ_ONLY_SESSION');
  return project;
}

function source(session: ProjectSession): CheckSource {
  const contributor = session.contributor;
  return contributor !== null ? packageCheckSource(contributor.contents) : projectCheckSource(session.require());
}

/**
 * Contributor mode: the department ignores findings in its own sections, stored in the package
 * (never the office's list, which stays as sealed).
 */
function contributorIgnore(contributor: ContributorSession, change: (own: IgnoredFindingData[]) => IgnoredFindingData[] | null): void {
  const own = [...(contributor.contents.departmentIgnored ?? [])];
  const next = change(own);
  if (next !== null) contributor.setDepartmentIgnores(next);
}

export function createPreflightHandlers(session: ProjectSession): Pick<Handlers, PreflightMethod> {
  return {
    'preflight.run': ({ sections, rules }) => {
      const checked = source(session);
      const known = new Set(checked.report.outline.map((n) => n.id));
      const wanted = sections === undefined ? checked.editable : new Set(sections.filter((id) => known.has(id) && (checked.editable === undefined || checked.editable.has(id))));
      return runPreflight(checked.report, { sections: wanted, rules, settings: checked.settings, ignored: checked.ignored }, preflightTools());
    },
    'preflight.settings': () => state(session),
    'preflight.updateSettings': (settings) => {
      const project = writable(session);
      project.write(() => writePreflightSettings(project.db, settings));
      return state(session);
    },
    'preflight.ignore': ({ key, rule, nodeId, excerpt }) => {
      const contributor = session.contributor;
      if (contributor !== null) {
        if (!contributor.isEditable(nodeId)) throw new AppError('INVALID_OPERATION', { detail: '只能忽略分配给本部门的章节中的问题' });
        contributorIgnore(contributor, (own) => (own.some((i) => i.key === key) || own.length >= MAX_IGNORES ? null : [...own, { key, rule, nodeId, excerpt, createdAt: new Date().toISOString() }]));
        return state(session);
      }
      const project = writable(session);
      project.write(() => addIgnored(project.db, [{ key, rule, nodeId, excerpt, createdAt: new Date().toISOString() }]));
      return state(session);
    },
    'preflight.unignore': ({ key }) => {
      const contributor = session.contributor;
      if (contributor !== null) {
        // Only the department's own: the office's ignores come sealed with the package.
        contributorIgnore(contributor, (own) => (own.some((i) => i.key === key) ? own.filter((i) => i.key !== key) : null));
        return state(session);
      }
      const project = writable(session);
      project.write(() => removeIgnored(project.db, key));
      return state(session);
    },
  };
}
