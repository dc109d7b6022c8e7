/**
 * The table of contents and the lists of figures, tables and cases, as real TOC fields WITH their
 * entries written as the field's result, so they read correctly before anyone updates fields (and in
 * readers that never do: LibreOffice keeps the written entries, pandoc reads them as text).
 *
 * - 目录: `TOC \o "1-3" \h \z \u` (field-codes.ts); 图目录 / 表目录 / 案例目录: `TOC \h \z \c "图"`.
 * - Entries link to our bookmarks (\h). Page numbers in the written entries are ESTIMATES from
 *   page-estimate.ts: Word recomputes them when it updates the fields on opening (updateFields is set
 *   in settings.xml), WPS and LibreOffice when the user updates the table.
 */
import type { TocEntry } from '../../../shared/export/report-plan';
import type { StylePresetSpec, TextStyleSpec } from '../../../shared/export/style-presets';
import { fieldBegin, fieldEnd, hyperlink, paragraph, run } from './ooxml';
import { STYLE } from './style-ids';
import { breakLines, textEms } from './text-metrics';

export interface TocFieldOptions {
  readonly title: string;
  readonly instruction: string;
  readonly entries: readonly TocEntry[];
  /** Estimated page of each anchor, as printed (arabic for body pages); '' when unknown. */
  readonly pageOf: (anchor: string) => string;
  readonly styleOf: (entry: TocEntry) => EntryStyle;
  readonly widthTwips: number;
  readonly pageBreakBefore: boolean;
}

export interface EntryStyle {
  readonly id: string;
  readonly sizePt: number;
  /** Left indent of the entry, twips. */
  readonly indentTwips: number;
}

/** Room kept on an entry's last line for the dot leader and the page number, in characters. */
const NUMBER_ROOM_EMS = 3;

/**
 * An entry too long for one line is broken by hand before the page-number area: otherwise the
 * number does not fit on the line, and LibreOffice breaks it in two ("9" / "1"). Word rebuilds the
 * entries when it updates the field.
 */
export function entryText(text: string, style: EntryStyle, widthTwips: number): string {
  const lineEms = (widthTwips - style.indentTwips) / (style.sizePt * 20);
  if (textEms(text) + NUMBER_ROOM_EMS <= lineEms) return text;
  return breakLines(text, lineEms - NUMBER_ROOM_EMS).join('\n');
}

export function renderTocField(options: TocFieldOptions): string {
  let xml = paragraph({ style: STYLE.frontTitle, pageBreakBefore: options.pageBreakBefore }, run(options.title));
  const begin = fieldBegin(options.instruction);
  if (options.entries.length === 0) {
    return xml + paragraph({ style: STYLE.toc[0] }, begin + run('（请在 Word 中右键“更新域”生成目录）') + fieldEnd());
  }
  const last = options.entries.length - 1;
  options.entries.forEach((entry, index) => {
    const style = options.styleOf(entry);
    const link = hyperlink(entry.anchor, run(entryText(entry.text, style, options.widthTwips)) + run(`\t${options.pageOf(entry.anchor)}`));
    xml += paragraph({ style: style.id, rightTabWithDots: options.widthTwips }, (index === 0 ? begin : '') + link + (index === last ? fieldEnd() : ''));
  });
  return xml;
}

/** TOC 1–3 entries, indented two characters per level (see styles.ts). */
export function tocEntryStyle(preset: StylePresetSpec): (entry: TocEntry) => EntryStyle {
  return (entry) => {
    const index = Math.min(Math.max(entry.level, 1), 3) - 1;
    const sizePt = (preset.tocEntries[index] as TextStyleSpec).font.sizePt;
    return { id: STYLE.toc[index] as string, sizePt, indentTwips: Math.round(index * 2 * sizePt * 20) };
  };
}

/** Entries of the lists of figures, tables and cases: not indented. */
export function captionListEntryStyle(preset: StylePresetSpec): (entry: TocEntry) => EntryStyle {
  return () => ({ id: STYLE.tableOfFigures, sizePt: preset.tocEntries[2].font.sizePt, indentTwips: 0 });
}
