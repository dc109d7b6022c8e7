/**
 * What an import could not carry over exactly. A warning never stops the import: the content is
 * kept as well as it can be (a placeholder figure, a padded table row) and the user is told where.
 * The Chinese text is for the app and the CLI; the short English gist is for logs and support.
 */

export type ImportWarningKind =
  /** A table whose typed numbers do not add up (checkTable), or whose shape had to be repaired. */
  | 'table-check'
  | 'table-shape'
  /** A `Table:` caption with no table next to it. */
  | 'orphan-caption'
  /** A case box whose first line is not a `案例 x-y 标题` line. */
  | 'case-title'
  /** A case box that ran into the section's next numbered heading (the converter lost its end). */
  | 'case-overrun'
  /** Two tables or figures typed with the same number: references to it stay text. */
  | 'duplicate-number'
  /** A typed reference (`见图 40`, `见案例 8`) to a number no item of the import carries: it stays text. */
  | 'unresolved-reference'
  /** A caption holding a second typed number (two photos sharing one caption: `图 9 … 图 10 …`). */
  | 'caption-number'
  /** A conversion leftover: a printed page number (`- 49 -`) that became a list item or paragraph. */
  | 'page-number'
  /** A heading that reads like a sentence fragment (ends like a sentence, or is very long). */
  | 'suspicious-heading'
  /** An image file that does not exist, or that cannot be read as an image. */
  | 'image-missing'
  | 'image-unreadable'
  // ---- import-docx (a whole Word report) ----
  /** Content a report cannot hold and that was left out: text boxes, footnotes, charts, the 编写分工 table. */
  | 'dropped-content'
  /** A case without a box (a bold “案例 N …” line): its end was guessed at the next heading. */
  | 'case-guessed';

export interface ImportWarning {
  readonly kind: ImportWarningKind;
  /** 1-based line of the Markdown source (for a Word report: the paragraph's position, 第 N 段). */
  readonly line: number;
  readonly zh: string;
  readonly en: string;
  /** What it is about as the source typed it (an image path), for one-line summaries. */
  readonly subject?: string;
}
