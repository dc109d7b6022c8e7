/**
 * word/document.xml → the paragraphs and tables of ../../../shared/word/report/docx-model.ts.
 *
 * What the reader has to get right about Word's XML:
 * - Fields (w:fldChar begin / instrText / separate / end, and w:fldSimple) may span runs and
 *   paragraphs: only their result is text (a REF shows “表 1-1”, a SEQ the number, a PAGE the page),
 *   never the instruction. A TOC field's result is the table of contents: every paragraph inside it
 *   is marked, as is the content of a TOC content control (Word 2010+ wraps the TOC in one).
 * - Deleted text of tracked changes (w:del) is not text; inserted text (w:ins) is.
 * - mc:AlternateContent holds one thing twice (a modern drawing and a VML fallback): the choice is
 *   read, the fallback not, so a picture is not imported twice.
 * - Pictures: DrawingML (a:blip r:embed, or r:link for a linked file we do not fetch) and VML
 *   (v:imagedata r:id). Charts, text boxes, equations, footnotes are reported, not imported.
 */
import type { DocxBlock, DocxCell, DocxDocument, DocxParagraph, DocxPicture, DocxRow, DocxRun } from '../../../shared/word/report/docx-model';
import type { DocxNumbering, DocxStyles, RunLook } from './docx-styles';
import { mergeLooks, readRunLook } from './docx-styles';
import { child, childrenNamed, elements, find, textOf, val, type XmlElement } from './xml-tree';

interface FieldFrame {
  instruction: string;
  separated: boolean;
  recorded: boolean;
}

interface ParagraphDraft {
  runs: DocxRun[];
  pictures: DocxPicture[];
  fields: string[];
  dropped: string[];
  pageBreakBeforeText: boolean;
  pageBreakAfterText: boolean;
  inToc: boolean;
}

/** `SEQ 表 \* ARABIC` → `SEQ 表`; `PAGE \* MERGEFORMAT` → `PAGE`. */
function fieldKind(instruction: string): string {
  const words = instruction.trim().split(/\s+/);
  const first = (words[0] ?? '').toUpperCase();
  if (first === 'SEQ') return `SEQ ${(words[1] ?? '').replace(/^"|"$/g, '')}`;
  return first;
}

const SKIPPED_INLINE = new Set(['w:del', 'w:moveFrom', 'w:rPr', 'w:pPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:permStart', 'w:permEnd', 'w:sdtPr', 'w:sdtEndPr']);

export class DocumentReader {
  private readonly fields: FieldFrame[] = [];
  private paragraphs = 0;
  private pendingNewPage = false;
  private tocControls = 0;

  constructor(
    private readonly styles: DocxStyles,
    private readonly numbering: DocxNumbering,
  ) {}

  read(root: XmlElement): DocxDocument {
    const body = find(root, 'w:body');
    return { blocks: body === undefined ? [] : this.blocks(body) };
  }

  private visible(): boolean {
    return this.fields.every((f) => f.separated);
  }

  private inTocField(): boolean {
    return this.fields.some((f) => /^\s*TOC\b/i.test(f.instruction));
  }

  private blocks(container: XmlElement): DocxBlock[] {
    const out: DocxBlock[] = [];
    for (const node of elements(container)) {
      if (node.name === 'w:p') out.push(this.paragraph(node));
      else if (node.name === 'w:tbl') out.push(this.table(node));
      else if (node.name === 'w:sdt') {
        const gallery = find(child(node, 'w:sdtPr') ?? node, 'w:docPartGallery')?.attrs['w:val'] ?? '';
        const toc = /table of contents|目录/i.test(gallery);
        if (toc) this.tocControls += 1;
        const content = child(node, 'w:sdtContent');
        if (content) out.push(...this.blocks(content));
        if (toc) this.tocControls -= 1;
      } else if (node.name === 'w:customXml' || node.name === 'w:ins' || node.name === 'w:moveTo') out.push(...this.blocks(node));
    }
    return out;
  }

  private table(tbl: XmlElement): DocxBlock {
    const index = this.paragraphs + 1;
    const rows: DocxRow[] = [];
    for (const tr of childrenNamed(tbl, 'w:tr')) {
      const trPr = child(tr, 'w:trPr');
      const header = trPr !== undefined && child(trPr, 'w:tblHeader') !== undefined && child(trPr, 'w:tblHeader')?.attrs['w:val'] !== '0';
      const cells: DocxCell[] = [];
      const cellEls = elements(tr).flatMap((el) => (el.name === 'w:tc' ? [el] : el.name === 'w:sdt' ? childrenNamed(child(el, 'w:sdtContent') ?? el, 'w:tc') : []));
      for (const tc of cellEls) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Number(val(tcPr, 'w:gridSpan') ?? 1);
        const merge = tcPr === undefined ? undefined : child(tcPr, 'w:vMerge');
        const vMerge = merge === undefined ? null : merge.attrs['w:val'] === 'restart' ? 'restart' : 'continue';
        cells.push({ blocks: this.blocks(tc), colSpan: Number.isFinite(span) && span > 0 ? Math.min(span, 64) : 1, vMerge });
      }
      rows.push({ header, cells });
    }
    return { kind: 'table', index, rows };
  }

  private paragraph(p: XmlElement): DocxParagraph {
    this.paragraphs += 1;
    const index = this.paragraphs;
    const pPr = child(p, 'w:pPr');
    const styleId = val(pPr, 'w:pStyle');
    const style = this.styles.paragraph(styleId) ?? this.styles.paragraph('Normal') ?? this.styles.paragraph('a');
    const ownLevel = val(pPr, 'w:outlineLvl');
    const outlineLevel = ownLevel !== undefined ? (Number(ownLevel) < 9 ? Number(ownLevel) + 1 : null) : (style?.outlineLevel ?? null);
    const numPr = pPr === undefined ? undefined : child(pPr, 'w:numPr');
    const numId = val(numPr, 'w:numId') ?? style?.numbering?.numId;
    const ilvl = val(numPr, 'w:ilvl') ?? (numPr === undefined ? style?.numbering?.level : undefined);
    const list = numId === undefined ? null : this.numbering.describe(numId, Number(ilvl ?? 0));
    const base = mergeLooks(this.styles.defaults, style?.run, pPr === undefined ? undefined : readRunLook(child(pPr, 'w:rPr')));
    const draft: ParagraphDraft = { runs: [], pictures: [], fields: [], dropped: [], pageBreakBeforeText: false, pageBreakAfterText: false, inToc: this.tocControls > 0 || this.inTocField() };
    this.inline(p, base, draft);
    if (this.inTocField()) draft.inToc = true;
    const pBdr = pPr === undefined ? undefined : child(pPr, 'w:pBdr');
    const newPage = this.pendingNewPage || draft.pageBreakBeforeText || (pPr !== undefined && child(pPr, 'w:pageBreakBefore') !== undefined && child(pPr, 'w:pageBreakBefore')?.attrs['w:val'] !== '0');
    const sectionEnd = pPr !== undefined && child(pPr, 'w:sectPr') !== undefined;
    this.pendingNewPage = draft.pageBreakAfterText || sectionEnd;
    const jc = val(pPr, 'w:jc');
    return {
      kind: 'paragraph',
      index,
      style: style?.name ?? null,
      outlineLevel,
      list,
      runs: draft.runs,
      pictures: draft.pictures,
      centered: jc === 'center',
      bordered: (pBdr !== undefined && elements(pBdr).some((b) => b.attrs['w:val'] !== 'none' && b.attrs['w:val'] !== 'nil')) || (style?.bordered ?? false),
      newPage,
      sectionEnd,
      fields: [...new Set(draft.fields)],
      inToc: draft.inToc,
      dropped: draft.dropped,
    };
  }

  private inline(container: XmlElement, base: RunLook, draft: ParagraphDraft): void {
    for (const node of elements(container)) {
      if (SKIPPED_INLINE.has(node.name)) continue;
      switch (node.name) {
        case 'w:r':
          this.run(node, base, draft);
          break;
        case 'w:fldSimple': {
          const instruction = node.attrs['w:instr'] ?? '';
          draft.fields.push(fieldKind(instruction));
          const frame: FieldFrame = { instruction, separated: true, recorded: true };
          this.fields.push(frame);
          if (/^\s*TOC\b/i.test(instruction)) draft.inToc = true;
          this.inline(node, base, draft);
          this.fields.splice(this.fields.indexOf(frame), 1);
          break;
        }
        case 'm:oMath':
        case 'm:oMathPara':
          draft.dropped.push('公式');
          break;
        case 'w:sdt':
          this.inline(child(node, 'w:sdtContent') ?? node, base, draft);
          break;
        default:
          // w:hyperlink, w:ins, w:smartTag, w:customXml, w:bdo, w:dir, w:moveTo: their runs count.
          this.inline(node, base, draft);
      }
    }
  }

  private addText(draft: ParagraphDraft, text: string, look: RunLook): void {
    if (text === '' || !this.visible()) return;
    if (this.inTocField()) draft.inToc = true;
    const run: { -readonly [K in keyof DocxRun]: DocxRun[K] } = { text };
    if (look.bold) run.bold = true;
    if (look.italic) run.italic = true;
    if (look.underline) run.underline = true;
    if (look.halfPoints !== undefined) run.halfPoints = look.halfPoints;
    if (look.font !== undefined) run.font = look.font;
    draft.runs.push(run);
  }

  private hasText(draft: ParagraphDraft): boolean {
    return draft.runs.some((r) => r.text.trim() !== '') || draft.pictures.length > 0;
  }

  private run(r: XmlElement, base: RunLook, draft: ParagraphDraft): void {
    const rPr = child(r, 'w:rPr');
    const look = mergeLooks(base, this.styles.character(val(rPr, 'w:rStyle')), readRunLook(rPr));
    for (const node of elements(r)) {
      switch (node.name) {
        case 'w:t':
          this.addText(draft, textOf(node), look);
          break;
        case 'w:tab':
          this.addText(draft, '\t', look);
          break;
        case 'w:br':
          if (node.attrs['w:type'] === 'page') {
            if (this.hasText(draft)) draft.pageBreakAfterText = true;
            else draft.pageBreakBeforeText = true;
          } else this.addText(draft, '\n', look);
          break;
        case 'w:cr':
          this.addText(draft, '\n', look);
          break;
        case 'w:noBreakHyphen':
          this.addText(draft, '-', look);
          break;
        case 'w:fldChar': {
          const type = node.attrs['w:fldCharType'];
          if (type === 'begin') this.fields.push({ instruction: '', separated: false, recorded: false });
          else if (type === 'separate' || type === 'end') {
            const top = this.fields[this.fields.length - 1];
            if (top && !top.recorded) {
              top.recorded = true;
              draft.fields.push(fieldKind(top.instruction));
              if (/^\s*TOC\b/i.test(top.instruction)) draft.inToc = true;
            }
            if (top && type === 'separate') top.separated = true;
            if (top && type === 'end') this.fields.pop();
          }
          break;
        }
        case 'w:instrText': {
          const top = this.fields[this.fields.length - 1];
          if (top && !top.separated) top.instruction += textOf(node);
          break;
        }
        case 'w:drawing':
          if (this.visible()) this.drawing(node, draft);
          break;
        case 'w:pict':
        case 'w:object':
          if (this.visible()) this.vml(node, draft, node.name === 'w:object');
          break;
        case 'mc:AlternateContent': {
          const choice = child(node, 'mc:Choice');
          if (choice) this.run({ ...r, children: choice.children }, base, draft);
          break;
        }
        case 'w:footnoteReference':
          draft.dropped.push('脚注');
          break;
        case 'w:endnoteReference':
          draft.dropped.push('尾注');
          break;
        default:
          break;
      }
    }
  }

  private drawing(drawing: XmlElement, draft: ParagraphDraft): void {
    const name = find(drawing, 'wp:docPr')?.attrs.descr || find(drawing, 'wp:docPr')?.attrs.name || '图片';
    const blip = find(drawing, 'a:blip');
    if (blip) {
      const embed = blip.attrs['r:embed'];
      if (embed !== undefined) draft.pictures.push({ relId: embed, name });
      else draft.pictures.push({ relId: null, unsupported: '链接到外部文件的图片（未嵌入 Word 文件）', name });
      return;
    }
    if (find(drawing, 'c:chart')) {
      draft.pictures.push({ relId: null, unsupported: 'Word 图表对象（请另存为图片后插入）', name });
      return;
    }
    const box = find(drawing, 'w:txbxContent');
    if (box && this.boxText(box) !== '') draft.dropped.push('文本框');
  }

  private vml(pict: XmlElement, draft: ParagraphDraft, oleObject: boolean): void {
    const image = find(pict, 'v:imagedata');
    const relId = image?.attrs['r:id'];
    if (relId !== undefined) {
      draft.pictures.push(oleObject ? { relId, name: '嵌入对象', unsupported: '嵌入的对象（OLE，如 Excel 图表或 Visio 图），请另存为图片后插入' } : { relId, name: image?.attrs['o:title'] || '图片' });
      return;
    }
    const box = find(pict, 'w:txbxContent');
    if (box && this.boxText(box) !== '') draft.dropped.push('文本框');
  }

  private boxText(box: XmlElement): string {
    const texts: string[] = [];
    const walk = (el: XmlElement): void => {
      for (const node of elements(el)) {
        if (node.name === 'w:t') texts.push(textOf(node));
        else walk(node);
      }
    };
    walk(box);
    return texts.join('').trim();
  }
}
