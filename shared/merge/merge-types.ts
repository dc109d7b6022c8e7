/**
 * The vocabulary of the three-way merge (see ./merge-section.ts): what a department changed in a
 * section, relative to the revision the office sent it (base), and how it meets what the office did
 * meanwhile (ours). Every value here crosses IPC to the review view, so it is plain readonly data.
 */
import type { BlockElement, ListItemElement } from '../model/document';

/**
 * The pieces a merge matches by id: top-level blocks, the blocks inside case boxes and the items of
 * lists. Table rows and cells are not units of their own: a table is compared cell by cell inside
 * one table unit (./table-merge.ts), because a table is reviewed as one thing.
 */
export type MergeNode = BlockElement | ListItemElement;

export type ChangeKind = 'insert' | 'delete' | 'modify' | 'move' | 'conflict';

/**
 * Why a change is a conflict. `modified-deleted`: the office changed what the department deleted;
 * `deleted-modified`: the office deleted what the department changed.
 */
export type ConflictReason = 'both-modified' | 'modified-deleted' | 'deleted-modified' | 'both-moved';

/**
 * What the reviewer chose. For an ordinary change 'accept' takes it and 'reject' leaves the office
 * text; for a conflict 'theirs' takes the department's version and 'ours' keeps the office's. The
 * two pairs are aliases of each other (accept = theirs, reject = ours), so one set of buttons can
 * serve both. A change without a decision is not applied.
 */
export type Decision = 'accept' | 'reject' | 'ours' | 'theirs';

export interface TextSegment {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

export interface CellRedline {
  readonly cellId: string;
  /** Grid position of the cell in the version that has it (after, else before). */
  readonly row: number;
  readonly column: number;
  /** Cell text before (office) and after (department); null when the cell is new or gone. */
  readonly before: string | null;
  readonly after: string | null;
  readonly segments: readonly TextSegment[];
  /** The office changed this cell differently. */
  readonly conflict?: true;
  /**
   * How the reviewer names the cell's row and column (shared/tables/cell-labels.ts), read in the
   * office's version when it has the cell: '' where no label names it alone (then the position).
   */
  readonly rowLabel: string;
  readonly columnLabel: string;
  /** The cell is in the table's header rows. */
  readonly header: boolean;
}

export interface FieldRedline {
  /** Property name: caption, source, title, width, asset, type, level … */
  readonly name: string;
  readonly before: string;
  readonly after: string;
  readonly segments: readonly TextSegment[];
}

/** How the review view shows a change. */
export type Redline =
  | { readonly kind: 'text'; readonly segments: readonly TextSegment[] }
  | {
      readonly kind: 'table';
      /** Rows, columns or merged cells differ: the table is shown whole, before and after. */
      readonly structural: boolean;
      readonly cells: readonly CellRedline[];
      readonly fields: readonly FieldRedline[];
    }
  | { readonly kind: 'fields'; readonly fields: readonly FieldRedline[] }
  /** Whole blocks that are inserted, deleted or moved: before/after carry them. */
  | { readonly kind: 'block' };

/** A block the review names to say where a change goes. */
export interface PlaceAnchor {
  readonly id: string;
  readonly type: MergeNode['type'];
  /** Its text as the reviewer reads it: a paragraph's or heading's text, a caption, a case's title. */
  readonly text: string;
  /** The department added it too (the office does not have it yet). */
  readonly added: boolean;
}

/** Where an inserted or moved block goes, in the department's version. */
export interface ChangePlace {
  /** The block it follows in its container; null: it comes first there. */
  readonly after: PlaceAnchor | null;
  /** The case box or list it is in; null: the section itself. */
  readonly within: PlaceAnchor | null;
}

export interface Change {
  /** `sectionId:blockId:aspect`, stable across runs of the same merge, so decisions can be stored. */
  readonly id: string;
  readonly sectionId: string;
  readonly kind: ChangeKind;
  readonly reason?: ConflictReason;
  readonly blockId: string;
  readonly blockType: MergeNode['type'];
  /** The container the block is in after the change (a case or list id), null for the section itself. */
  readonly parentId: string | null;
  /** The office's current version (null when the office does not have the block). */
  readonly before: MergeNode | null;
  /** What the block becomes when the department's side is taken (null for a deletion). */
  readonly after: MergeNode | null;
  /** The version the package was issued with (null for blocks new on both sides). */
  readonly base: MergeNode | null;
  /** The department's change, office version → department version. */
  readonly redline: Redline;
  /** For conflicts: what the office did, base → office version. */
  readonly oursRedline?: Redline;
  /** For insertions and moves: where the block goes. */
  readonly place?: ChangePlace;
}

export interface SectionMergeInput {
  readonly sectionId: string;
  readonly base: readonly BlockElement[];
  readonly ours: readonly BlockElement[];
  readonly theirs: readonly BlockElement[];
}

export type DecisionMap = ReadonlyMap<string, Decision>;
