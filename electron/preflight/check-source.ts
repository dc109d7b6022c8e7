/**
 * What the preflight reads from a project file or a contribution package: the report (settings,
 * outline, every section's content as the reader sees it), the preflight settings and the ignored
 * findings. Both are opened read-only and closed before checking, so a check never changes a file
 * and works while the app has it open.
 */
import type { SectionContent } from '../../shared/model/document';
import type { PreflightReport, PreflightSettings } from '../../shared/preflight/types';
import { loadReportSource } from '../export/load-report';
import { isPackageFile, openPackageReadOnly } from '../packages/open-package';
import { readPackageContents, type PackageContents, PackageFormatError } from '../packages/package-contents';
import { Project } from '../project-store/project';
import { ignoredKeys, readPreflightSettings } from '../project-store/queries/preflight-queries';
import { AppError } from '../errors/app-error';
import path from 'node:path';

export interface CheckSource {
  readonly report: PreflightReport;
  readonly settings: PreflightSettings;
  readonly ignored: ReadonlySet<string>;
  /** In a package: the sections assigned to the department (the others are numbering context only). */
  readonly editable: ReadonlySet<string> | undefined;
}

export function projectCheckSource(project: Project): CheckSource {
  const source = loadReportSource(project);
  return {
    report: { settings: source.settings, outline: source.outline, contentOf: source.contentOf, statementDate: source.statement.settings.date },
    settings: readPreflightSettings(project.db),
    ignored: ignoredKeys(project.db),
    editable: undefined,
  };
}

/** The office's ignores and the department's own (contributor mode) both hide their findings. */
export function packageCheckSource(contents: PackageContents, ownIgnores: readonly string[] = (contents.departmentIgnored ?? []).map((i) => i.key)): CheckSource {
  const contentOf = (id: string): SectionContent | undefined => {
    const own = contents.working.get(id) ?? contents.base.get(id);
    if (own !== undefined) return own.content;
    const skeleton = contents.context.get(id);
    return skeleton === undefined ? undefined : (JSON.parse(skeleton) as SectionContent);
  };
  const preflight = contents.preflight;
  return {
    report: { settings: contents.settings, outline: contents.outline, contentOf },
    settings: preflight?.settings ?? { glossary: [], traditionalAllow: [] },
    ignored: new Set([...(preflight?.ignored ?? []).map((i) => i.key), ...ownIgnores]),
    editable: new Set(contents.base.keys()),
  };
}

/** A `.rwproj` or `.rwpkg` file, told apart by its header rather than its name. */
export function readCheckSource(file: string): CheckSource {
  if (isPackageFile(file)) {
    const opened = openPackageReadOnly(file);
    try {
      return packageCheckSource(readPackageContents(opened.db));
    } catch (error) {
      if (error instanceof PackageFormatError) throw new AppError('NOT_A_PACKAGE', { name: path.basename(file), detail: error.detail });
      throw error;
    } finally {
      opened.close();
    }
  }
  const project = Project.open(file, { readOnly: true });
  try {
    return projectCheckSource(project);
  } finally {
    project.close();
  }
}
