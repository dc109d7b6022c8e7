/**
 * Block-level tokens of Pandoc Markdown: what the tokenizer (./tokenize-blocks.ts) produces and the
 * report builder (./build-report.ts) consumes.
 *
 * Every construct a quality report uses gets its own token kind (tables, figures, case boxes), each
 * carrying its parts (caption, cells, alignment, image source), so the builder never re-parses
 * text. Inline markdown is kept raw here; ./parse-inline.ts turns it into formatted runs.
 */

interface TokenBase {
  /** 1-based line of the source where the construct starts, for messages. */
  readonly line: number;
}

export interface HeadingToken extends TokenBase {
  readonly kind: 'heading';
  /** 1 for `#`, 2 for `##` … (setext `===` is 1, `---` is 2). */
  readonly level: number;
  /** Raw inline markdown, attributes removed. */
  readonly text: string;
  /** Pandoc's `{.unnumbered}` or `{-}`: the author asked for no number. */
  readonly unnumbered: boolean;
}

export interface ParagraphToken extends TokenBase {
  readonly kind: 'paragraph';
  /** Raw source lines, not yet joined (joining depends on the characters at the line ends). */
  readonly lines: readonly string[];
}

export interface ListToken extends TokenBase {
  readonly kind: 'list';
  readonly ordered: boolean;
  /** Number of the first item (ordered lists only; 1 for bullets). */
  readonly start: number;
  /** Each item's raw lines. Nested sub-lists arrive as further items (see tokenize-blocks). */
  readonly items: readonly (readonly string[])[];
}

export type CellAlign = 'left' | 'center' | 'right' | null;

export interface TableToken extends TokenBase {
  readonly kind: 'table';
  readonly format: 'pipe' | 'grid' | 'simple';
  /** From a `Table:` line before or after the table; raw inline markdown. */
  readonly caption: string | null;
  /** Header cells (raw inline markdown), null for a table without header. */
  readonly header: readonly string[] | null;
  readonly rows: readonly (readonly string[])[];
  readonly aligns: readonly CellAlign[];
}

/** A `Table:` caption with no table before or after it (Pandoc prints it as text). */
export interface OrphanCaptionToken extends TokenBase {
  readonly kind: 'orphan-caption';
  /** Raw inline markdown after `Table:`. */
  readonly text: string;
}

/** An image alone in its paragraph: Pandoc's implicit figure, its alt text being the caption. */
export interface FigureToken extends TokenBase {
  readonly kind: 'figure';
  readonly caption: string;
  readonly src: string;
}

/** `::: {.case}` opens a fenced div; the classes say what kind of box it is. */
export interface DivOpenToken extends TokenBase {
  readonly kind: 'div-open';
  readonly classes: readonly string[];
}

export interface DivCloseToken extends TokenBase {
  readonly kind: 'div-close';
}

export interface CodeToken extends TokenBase {
  readonly kind: 'code';
  readonly lines: readonly string[];
}

/** YAML front matter or a Pandoc `%` title block: document metadata, not report content. */
export interface MetadataToken extends TokenBase {
  readonly kind: 'metadata';
  readonly lines: readonly string[];
}

export interface ThematicBreakToken extends TokenBase {
  readonly kind: 'thematic-break';
}

export type BlockToken =
  | HeadingToken
  | ParagraphToken
  | ListToken
  | TableToken
  | OrphanCaptionToken
  | FigureToken
  | DivOpenToken
  | DivCloseToken
  | CodeToken
  | MetadataToken
  | ThematicBreakToken;
