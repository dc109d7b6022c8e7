/**
 * What the problems panel lists, from the one problems model the export warns from too
 * (shared/problems): cross-references whose target no longer exists, empty sections, and headings
 * that start with a typed number; each with the section it stands in, so the author knows where
 * to look before clicking.
 */
import type { OutlineNode } from '../../../shared/model/outline';
import type { ReportXref } from '../../../shared/numbering/report-numbering';
import type { ContentProblem } from '../../../shared/problems/content-problems';

export type ProblemKind = 'broken-xref' | ContentProblem['kind'];

export interface Problem {
  /** Unique in the list (React key). */
  readonly id: string;
  readonly nodeId: string;
  /** Where a click goes: the reference, the heading, or the section itself (its id). */
  readonly blockId: string;
  readonly kind: ProblemKind;
  /** The section, as the outline shows it: （一）立德树人. */
  readonly where: string;
  /** The heading as typed (typed-heading-number), else ''. */
  readonly text: string;
}

export function reportProblems(
  broken: readonly ReportXref[],
  content: readonly ContentProblem[],
  outline: readonly OutlineNode[],
  labels: ReadonlyMap<string, string>,
): Problem[] {
  const titles = new Map(outline.map((n) => [n.id, `${labels.get(n.id) ?? ''}${n.title}`]));
  const where = (nodeId: string): string => titles.get(nodeId) ?? '';
  return [
    ...broken.map((x): Problem => ({ id: x.id, nodeId: x.nodeId, blockId: x.id, kind: 'broken-xref', where: where(x.nodeId), text: '' })),
    ...content
      // A section deleted since the numbering was fetched is no longer a problem.
      .filter((p) => titles.has(p.nodeId))
      .map((p): Problem => ({ id: `${p.kind}:${p.nodeId}:${p.blockId ?? ''}`, nodeId: p.nodeId, blockId: p.blockId ?? p.nodeId, kind: p.kind, where: where(p.nodeId), text: p.text })),
  ];
}
