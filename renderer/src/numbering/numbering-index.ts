/**
 * Lookups over the report-wide numbering main computes (report.numbering): labels by id for
 * tables, figures, cases and headings, and the cross-references whose target no longer exists.
 * Built once per fetch, so a label lookup while rendering is a map access, not a scan.
 */
import { headingLabel, type NumberedHeading, type ReportNumbering, type ReportXref } from '../../../shared/numbering/report-numbering';
import type { NumberedStructure } from '../../../shared/numbering/structure-numbering';
import type { ContentProblem } from '../../../shared/problems/content-problems';

export interface NumberingIndex {
  /** False until the first answer from main: nothing can be called broken before that. */
  readonly ready: boolean;
  readonly headings: readonly NumberedHeading[];
  readonly structures: readonly NumberedStructure[];
  readonly xrefs: readonly ReportXref[];
  /** Cross-references whose target is neither a numbered structure nor a heading. */
  readonly broken: readonly ReportXref[];
  /** Empty sections and typed heading numbers, as main found them (shared/problems). */
  readonly problems: readonly ContentProblem[];
  structureOf(id: string): NumberedStructure | undefined;
  headingOf(id: string): NumberedHeading | undefined;
  /** What a reference to `id` shows (表 1-1, （一）立德树人), or null when there is no such target. */
  labelOf(id: string): string | null;
}

export function indexNumbering(numbering: ReportNumbering | null): NumberingIndex {
  const structures = numbering?.structures ?? [];
  const headings = numbering?.headings ?? [];
  const xrefs = numbering?.xrefs ?? [];
  const structureById = new Map(structures.map((s) => [s.id, s]));
  const headingById = new Map(headings.map((h) => [h.id, h]));
  const labelOf = (id: string): string | null => {
    const structure = structureById.get(id);
    if (structure) return structure.label;
    const heading = headingById.get(id);
    return heading ? headingLabel(heading) : null;
  };
  return {
    ready: numbering !== null,
    headings,
    structures,
    xrefs,
    broken: xrefs.filter((x) => labelOf(x.target) === null),
    problems: numbering?.problems ?? [],
    structureOf: (id) => structureById.get(id),
    headingOf: (id) => headingById.get(id),
    labelOf,
  };
}
