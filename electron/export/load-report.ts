/**
 * Reads what an export needs from a project: settings, outline, every section's content, the
 * 编写分工 departments, and the metadata of the images the content uses (their bytes are read later,
 * one at a time, while the package is written).
 */
import type { SectionContent } from '../../shared/model/document';
import type { AssetRef } from '../../shared/export/report-plan';
import type { ReportSource } from '../../shared/export/plan-report';
import { readStatementSettings } from '../statement/statement-store';
import type { Project } from '../project-store/project';
import { listDepartments } from '../project-store/queries/department-queries';
import { imagePixelSize } from './image-size';

/** Hashes of the images a section's content refers to (figures, also inside case boxes). */
function collectAssetHashes(content: SectionContent, into: Set<string>): void {
  const stack: unknown[] = [...content];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: unknown; asset?: unknown; children?: unknown };
    if (node.type === 'figure' && typeof node.asset === 'string') into.add(node.asset);
    if (Array.isArray(node.children)) stack.push(...(node.children as unknown[]));
  }
}

function assetRef(project: Project, sha256: string | null): AssetRef | null {
  if (sha256 === null) return null;
  const info = project.assetInfo(sha256);
  return info === undefined ? null : { sha256, mime: info.mime, width: info.width, height: info.height };
}

export function loadReportSource(project: Project, onSection?: (done: number, total: number) => void): ReportSource {
  const outline = project.outline();
  const contents = new Map<string, SectionContent>();
  const hashes = new Set<string>();
  const recovered = new Map<string, number | null>();
  outline.forEach((node, index) => {
    const section = project.loadSection(node.id);
    const content = section.content;
    if (section.recovered !== undefined) recovered.set(node.id, section.recovered.fromRevision);
    contents.set(node.id, content);
    collectAssetHashes(content, hashes);
    onSection?.(index + 1, outline.length);
  });
  const assets = new Map<string, AssetRef>();
  for (const sha256 of hashes) {
    const info = project.assetInfo(sha256);
    if (info === undefined) continue;
    let { width, height } = info;
    if (width === null || height === null) {
      const stored = project.asset(sha256);
      const size = stored === undefined ? null : imagePixelSize(stored.bytes);
      width = size?.width ?? null;
      height = size?.height ?? null;
    }
    assets.set(sha256, { sha256, mime: info.mime, width, height });
  }
  const statement = readStatementSettings(project);
  return {
    settings: project.settings(),
    outline,
    contentOf: (id) => contents.get(id),
    departments: project.query(listDepartments).map(({ name, lead, writers }) => ({ name, lead, writers })),
    assets,
    recovered,
    statement: { settings: statement, signature: assetRef(project, statement.signatureImage), seal: assetRef(project, statement.sealImage) },
  };
}
