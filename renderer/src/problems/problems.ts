/**
 * What the problems panel lists: cross-references whose target no longer exists, with the section
 * they stand in (so the author knows where to look before clicking).
 */
import type { OutlineNode } from '../../../shared/model/outline';
import type { ReportXref } from '../../../shared/numbering/report-numbering';

export interface Problem {
  readonly id: string;
  readonly nodeId: string;
  readonly kind: 'broken-xref';
  /** The section, as the outline shows it: （一）立德树人. */
  readonly where: string;
}

export function reportProblems(broken: readonly ReportXref[], outline: readonly OutlineNode[], labels: ReadonlyMap<string, string>): Problem[] {
  const titles = new Map(outline.map((n) => [n.id, `${labels.get(n.id) ?? ''}${n.title}`]));
  return broken.map((x) => ({ id: x.id, nodeId: x.nodeId, kind: 'broken-xref', where: titles.get(x.nodeId) ?? '' }));
}
