/**
 * The export plan: the whole report resolved into what an exporter writes, in order, as plain data.
 * Everything that depends on the report as a whole is decided here once, so every output format
 * agrees on it: which parts are included, heading numbers (一、 （一） 1.), figure/table/case numbers and
 * captions, what each cross-reference shows, the 经典案例 appendix, the 编写分工 table, the entries of
 * the table of contents and of the lists of figures, tables and cases, and the warnings.
 *
 * Exporters only decide how things look. The plan is also what the export tests assert on, before
 * any file is written.
 */
import type { StatementPosition, StatementText } from '../statement/statement-text';
import type { StructureKind } from '../numbering/structure-numbering';
import type { ReportSettings } from '../model/settings';
import type { TableElement } from '../tables/table-types';
import type { ExportParts } from './export-parts';
import type { ChartData, ChartSpec } from '../charts/chart-spec';

/** Text, or a cross-reference resolved to what it shows. */
export type PlanInline =
  | { readonly kind: 'text'; readonly text: string; readonly bold?: true; readonly italic?: true; readonly underline?: true }
  /** A live reference (Word: REF field) to an anchor written in this document; `result` is its current text. */
  | { readonly kind: 'ref'; readonly anchor: string; readonly result: string }
  /** A reference whose target exists but is not in this export (its part is switched off): plain text. */
  | { readonly kind: 'ref-text'; readonly result: string }
  /** A reference whose target no longer exists. */
  | { readonly kind: 'broken-ref'; readonly text: string };

/**
 * A caption number: `label` (图) + `prefix` (chapter and dash, `1-`, or '' in the global scheme) +
 * the running ordinal. `restartAt` is set where a counter must be reset to the ordinal (first of its
 * kind in a chapter, or after a part that was left out), so readers that count for themselves
 * (LibreOffice renumbers SEQ fields on load and ignores `\s`) arrive at our numbers.
 */
export interface CaptionPlan {
  readonly kind: StructureKind;
  readonly label: string;
  readonly prefix: string;
  readonly ordinal: number;
  readonly restartAt: number | null;
  /** `1-1` or `7`. */
  readonly number: string;
  /** Caption or case title, without the number. */
  readonly title: string;
  /** Anchor on `label number` for cross-references and list entries; null for copies (appendix). */
  readonly anchor: string | null;
  /** A copy of a numbered item (classic case repeated in the appendix): number as plain text, not counted. */
  readonly copy: boolean;
}

export type BlockRole = 'body' | 'case';

export interface HeadingBlock {
  readonly kind: 'heading';
  /** Absolute level: 1 chapter, 2 section, 3.. headings inside a section's content. */
  readonly level: number;
  /** Computed number label (一、), '' for unnumbered ones. */
  readonly number: string;
  readonly content: readonly PlanInline[];
  readonly anchor: string;
  /** Listed in the table of contents (levels 1–3). */
  readonly inToc: boolean;
  /** Chapters (level 1) start on a new page. */
  readonly pageBreakBefore: boolean;
}

/** An unnumbered sub-head (——编制目的和过程, headings inside a case): emphasised, not in the outline. */
export interface SubheadBlock {
  readonly kind: 'subhead';
  readonly role: BlockRole;
  readonly content: readonly PlanInline[];
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly role: BlockRole;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  readonly content: readonly PlanInline[];
}

export interface ListBlock {
  readonly kind: 'list';
  readonly role: BlockRole;
  readonly ordered: boolean;
  readonly items: readonly (readonly PlanInline[])[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly caption: CaptionPlan;
  /** The 数据来源 text without its label; '' for none. */
  readonly source: string;
  /** Normalized (rectangular) table. */
  readonly table: TableElement;
  /** Relative printed widths per grid column: the author's, or following the content (autofit-widths.ts). */
  readonly columnWidths: readonly number[];
  /** Short enough to keep on one page with its caption. */
  readonly keepTogether: boolean;
}

export interface AssetRef {
  readonly sha256: string;
  readonly mime: string;
  readonly width: number | null;
  readonly height: number | null;
}

export interface FigureBlock {
  readonly kind: 'figure';
  readonly caption: CaptionPlan;
  readonly source: string;
  /** null when the image is missing: a visible placeholder is written instead. */
  readonly asset: AssetRef | null;
  /** Name for the placeholder of a missing image. */
  readonly missingName: string;
  /** Percentage of the available width, 10–100. */
  readonly widthPercent: number;
  /** Set for a chart (drawn from a table, no image): what to draw, or null data for a placeholder. */
  readonly chart?: ChartPlan;
}

/**
 * A chart resolved for export: its data from the table now, or the last rendering's data when the
 * table cannot give any (`problem` says why; the export warns), or none at all (placeholder).
 */
export interface ChartPlan {
  readonly spec: ChartSpec;
  readonly data: ChartData | null;
  readonly problem: string | null;
  /** Alternative text (Word's picture description, the SVG's title): type, caption and the numbers. */
  readonly alt: string;
}

export interface CaseBlock {
  readonly kind: 'case';
  readonly caption: CaptionPlan;
  readonly children: readonly PlanBlock[];
}

/** A plain table generated by the export itself (编写分工), not a numbered data table. */
export interface GridBlock {
  readonly kind: 'grid';
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Relative column widths. */
  readonly widths: readonly number[];
}

/** A short remark the export writes in place of missing content (编写分工尚未填写). */
export interface NoteBlock {
  readonly kind: 'note';
  readonly text: string;
}

export type PlanBlock = HeadingBlock | SubheadBlock | ParagraphBlock | ListBlock | TableBlock | FigureBlock | CaseBlock | GridBlock | NoteBlock;

export interface CoverPlan {
  readonly unitName: string;
  readonly unitNameEn: string;
  /** The report title split for the cover: main line(s) and the （2025 年度） line, if it has one. */
  readonly titleLines: readonly string[];
  /** Bottom line: 2025 年 12 月. */
  readonly dateLine: string;
}

/**
 * The 内容真实性责任声明 page: the words from the statement settings, and the signer's signature and
 * the unit's seal where the project has them (null: left blank to sign and stamp by hand).
 */
export interface StatementPlan {
  readonly text: StatementText;
  readonly signature: AssetRef | null;
  readonly seal: AssetRef | null;
  /** Right after the cover (seed 001) or the very first page. */
  readonly position: StatementPosition;
}

export interface TocEntry {
  readonly level: number;
  readonly text: string;
  readonly anchor: string;
}

export interface CaptionListPlan {
  readonly kind: StructureKind;
  /** 图目录 / 表目录 / 案例目录. */
  readonly title: string;
  /** The SEQ identifier the list collects (图, 表, 案例). */
  readonly label: string;
  readonly entries: readonly TocEntry[];
}

export interface ReportPlan {
  readonly settings: ReportSettings;
  readonly parts: ExportParts;
  readonly cover: CoverPlan | null;
  readonly statement: StatementPlan | null;
  /** Table of contents, levels 1–3; null when switched off. */
  readonly toc: { readonly title: string; readonly entries: readonly TocEntry[] } | null;
  /** Lists of figures, tables and cases that are switched on and not empty, in that order. */
  readonly captionLists: readonly CaptionListPlan[];
  /** Preface, chapters, case appendix and authorship, in reading order. */
  readonly body: readonly PlanBlock[];
  /** For the user, in Chinese, in document order. */
  readonly warnings: readonly string[];
}
