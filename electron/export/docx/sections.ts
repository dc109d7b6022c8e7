/**
 * Sections and page numbers: the cover and statement carry no number; the front matter (目录 and the
 * lists) is numbered I, II, III… (upper-case roman, as the PDF prints it: “— I —”); the body starts again at 1, printed "— 1 —" centred in the footer
 * as official documents print it. Every numbered page has the report title as its running head.
 * Headers and footers are docx components: they are small, and docx writes their parts and
 * relationships.
 */
import { BorderStyle, BuilderElement, Footer, Header, ImportedXmlComponent, NumberFormat, Paragraph, Run, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { StylePresetSpec } from '../../../shared/export/style-presets';
import { mmToTwips } from '../../../shared/export/style-presets';
import { STYLE } from './style-ids';

export type FolioFormat = 'upperRoman' | 'decimal';

export function sectionProperties(preset: StylePresetSpec, folio: FolioFormat | null): ISectionPropertiesOptions {
  const { page } = preset;
  return {
    page: {
      size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm) },
      margin: {
        top: mmToTwips(page.marginTopMm),
        bottom: mmToTwips(page.marginBottomMm),
        left: mmToTwips(page.marginLeftMm),
        right: mmToTwips(page.marginRightMm),
        header: mmToTwips(page.headerMm),
        footer: mmToTwips(page.footerMm),
      },
      ...(folio === null ? {} : { pageNumbers: { start: 1, formatType: folio === 'upperRoman' ? NumberFormat.UPPER_ROMAN : NumberFormat.DECIMAL } }),
    },
  };
}

export function runningHead(title: string): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } },
        children: [new TextRun(title)],
      }),
    ],
  });
}

function fieldChar(type: 'begin' | 'separate' | 'end'): Run {
  return new Run({ children: [new BuilderElement({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } })] });
}

/**
 * "— 1 —": a PAGE field, which shows the number in the section's own format (I or 1). Every reader
 * recomputes it per page; the cached result is the section's first page, as Word writes it.
 */
export function folioFooter(folio: FolioFormat): Footer {
  const instruction = new ImportedXmlComponent('w:instrText', { 'xml:space': 'preserve' });
  instruction.push(' PAGE ');
  const page = [fieldChar('begin'), new Run({ children: [instruction] }), fieldChar('separate'), new TextRun(folio === 'upperRoman' ? 'I' : '1'), fieldChar('end')];
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [new TextRun('— '), ...page, new TextRun(' —')] })] });
}
