/**
 * A whole Word report as the import reads it: the body's paragraphs and tables in document order,
 * with the few facts about each that recognising a report's structure needs (style, outline level,
 * list numbering, direct formatting, fields, pictures, borders). electron/word/report/ reads it out
 * of the .docx; ./build-docx-report.ts turns it into the outline and content. Keeping this plain
 * data between the two keeps the recognition pure (shared/) and testable without a Word file.
 */

export interface DocxRun {
  readonly text: string;
  readonly bold?: true;
  readonly italic?: true;
  readonly underline?: true;
  /** Effective font size in half-points (Word's unit), when known. */
  readonly halfPoints?: number;
  /** Effective East Asian font name, when known. */
  readonly font?: string;
}

/** Word's own list numbering on a paragraph (w:numPr), described by what it prints. */
export interface DocxListNumber {
  /** 0-based list level. */
  readonly level: number;
  /** chinese: 一、 / chinese-paren: （一） / decimal: 1. 1、 / decimal-paren: （1） / bullet / other. */
  readonly pattern: 'chinese' | 'chinese-paren' | 'decimal' | 'decimal-paren' | 'bullet' | 'other';
}

/** A picture in a paragraph: the relationship id of its image part, or why there is none. */
export interface DocxPicture {
  readonly relId: string | null;
  /** A chart, an OLE object or an externally linked picture: nothing we can store. */
  readonly unsupported?: string;
  readonly name: string;
}

export interface DocxParagraph {
  readonly kind: 'paragraph';
  /** 1-based position among the document's paragraphs, for warnings (第 N 段). */
  readonly index: number;
  /** Lower-case style name (`heading 1`, `标题 1`, `caption`, `toc 2`), null for the default. */
  readonly style: string | null;
  /** Outline level from the style or the paragraph (1 = Heading 1), null when it is body text. */
  readonly outlineLevel: number | null;
  readonly list: DocxListNumber | null;
  readonly runs: readonly DocxRun[];
  readonly pictures: readonly DocxPicture[];
  readonly centered: boolean;
  /** Has a paragraph border (a framed block of text). */
  readonly bordered: boolean;
  /** Starts on a new page (page break before it, or pageBreakBefore). */
  readonly newPage: boolean;
  /** Ends a Word section (its own sectPr). */
  readonly sectionEnd: boolean;
  /** Field types that start or show in the paragraph: `SEQ 表`, `PAGE`, `REF`, `TOC`. */
  readonly fields: readonly string[];
  /** Inside a table of contents (a TOC field or a TOC content control). */
  readonly inToc: boolean;
  /** Text boxes, footnotes, comments, equations found in the paragraph and not imported. */
  readonly dropped: readonly string[];
}

export interface DocxCell {
  readonly blocks: readonly DocxBlock[];
  readonly colSpan: number;
  /** Vertical merge: the first cell of a merged column (restart) or one it covers (continue). */
  readonly vMerge: 'restart' | 'continue' | null;
}

export interface DocxRow {
  /** Repeated as a header row on every page (w:tblHeader). */
  readonly header: boolean;
  readonly cells: readonly DocxCell[];
}

export interface DocxTable {
  readonly kind: 'table';
  /** Index of the paragraph before which the table stands, for warnings. */
  readonly index: number;
  readonly rows: readonly DocxRow[];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxDocument {
  readonly blocks: readonly DocxBlock[];
}

/** What became of a picture: stored (its hash) or a placeholder (why). */
export type PictureOutcome = { readonly sha256: string } | { readonly missing: string };
