/**
 * WordprocessingML written as strings: runs, fields, bookmarks, hyperlinks, paragraphs.
 *
 * Why strings and not docx's object model for the body: on the full report docx's components cost
 * ~330 ms of CPU (object construction, prepForXml, XML serialisation, and the garbage they leave),
 * more than half of what pandoc needs for the whole export. The body is the bulk of the XML and has
 * a small, fixed vocabulary, so it is written directly; docx still writes the package around it
 * (styles, settings, sections, headers and footers, numbering, fonts, theme, properties).
 *
 * Child elements are written in the order the schema requires (Word rejects a file whose pPr or
 * rPr children are out of order); the order is noted where it matters.
 */

import { escapeXmlAttribute, escapeXmlText } from '../../../shared/escape/xml-escape';

// ---- runs -------------------------------------------------------------------------------------

export interface RunProps {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Hex RGB. */
  readonly color?: string;
  /** Half-points. */
  readonly size?: number;
}

/** rPr children in schema order: b, i, color, sz, u. */
function runProperties(props: RunProps): string {
  let xml = '';
  if (props.bold !== undefined) xml += props.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  if (props.italic) xml += '<w:i/><w:iCs/>';
  if (props.color !== undefined) xml += `<w:color w:val="${props.color}"/>`;
  if (props.size !== undefined) xml += `<w:sz w:val="${props.size}"/><w:szCs w:val="${props.size}"/>`;
  if (props.underline) xml += '<w:u w:val="single"/>';
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

/** A run of text; "\n" becomes a line break and "\t" a tab, as Word stores them. */
export function run(text: string, props: RunProps = {}): string {
  if (text === '') return '';
  const rPr = runProperties(props);
  let body = '';
  const pieces = text.split(/(\n|\t)/);
  for (const piece of pieces) {
    if (piece === '\n') body += '<w:br/>';
    else if (piece === '\t') body += '<w:tab/>';
    else if (piece !== '') body += `<w:t xml:space="preserve">${escapeXmlText(piece)}</w:t>`;
  }
  return `<w:r>${rPr}${body}</w:r>`;
}

/**
 * A field written the long way (begin / instruction / separate / result / end) WITH its computed
 * result, so readers that do not evaluate fields (pandoc, previewers, Word before the user agrees to
 * update) show it as written. `w:fldSimple` would be shorter, but pandoc drops its result.
 */
export function field(instruction: string, result: string, props: RunProps = {}): string {
  return fieldBegin(instruction, props) + run(result, props) + fieldEnd(props);
}

export function fieldBegin(instruction: string, props: RunProps = {}): string {
  const rPr = runProperties(props);
  return (
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rPr}<w:instrText xml:space="preserve"> ${escapeXmlText(instruction.trim())} </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>`
  );
}

export function fieldEnd(props: RunProps = {}): string {
  return `<w:r>${runProperties(props)}<w:fldChar w:fldCharType="end"/></w:r>`;
}

export function bookmark(name: string, id: number, inner: string): string {
  return `<w:bookmarkStart w:id="${id}" w:name="${escapeXmlAttribute(name)}"/>${inner}<w:bookmarkEnd w:id="${id}"/>`;
}

export function hyperlink(anchor: string, inner: string): string {
  return `<w:hyperlink w:anchor="${escapeXmlAttribute(anchor)}" w:history="1">${inner}</w:hyperlink>`;
}

// ---- paragraphs -------------------------------------------------------------------------------

export type Justify = 'left' | 'center' | 'right' | 'both';

export interface Border {
  readonly style: 'single' | 'dashed';
  /** Eighths of a point. */
  readonly size: number;
  readonly color: string;
}

export interface ParagraphProps {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly pageBreakBefore?: boolean;
  readonly border?: Border;
  /** A right tab stop with dot leader at this position (TOC entries). */
  readonly rightTabWithDots?: number;
  /** A left tab stop (list markers). */
  readonly leftTab?: number;
  /** Twips; `lineExact` in twips too. */
  readonly spacing?: { readonly before?: number; readonly after?: number; readonly lineExact?: number; readonly lineAuto?: number };
  readonly indent?: { readonly left?: number; readonly hanging?: number; readonly firstLine?: number; readonly firstLineChars?: number };
  readonly align?: Justify;
  /** 0-based, as stored. */
  readonly outlineLevel?: number;
}

/** pPr children in schema order: pStyle, keepNext, keepLines, pageBreakBefore, pBdr, tabs, spacing, ind, jc, outlineLvl. */
function paragraphProperties(p: ParagraphProps): string {
  let xml = '';
  if (p.style !== undefined) xml += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) xml += '<w:keepNext/>';
  if (p.keepLines) xml += '<w:keepLines/>';
  if (p.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (p.border !== undefined) {
    const edge = (side: string): string => `<w:${side} w:val="${p.border?.style}" w:sz="${p.border?.size}" w:space="4" w:color="${p.border?.color}"/>`;
    xml += `<w:pBdr>${edge('top')}${edge('left')}${edge('bottom')}${edge('right')}</w:pBdr>`;
  }
  if (p.rightTabWithDots !== undefined || p.leftTab !== undefined) {
    xml += '<w:tabs>';
    if (p.leftTab !== undefined) xml += `<w:tab w:val="left" w:pos="${p.leftTab}"/>`;
    if (p.rightTabWithDots !== undefined) xml += `<w:tab w:val="right" w:leader="dot" w:pos="${p.rightTabWithDots}"/>`;
    xml += '</w:tabs>';
  }
  if (p.spacing !== undefined) {
    const s = p.spacing;
    let attrs = '';
    if (s.before !== undefined) attrs += ` w:before="${s.before}"`;
    if (s.after !== undefined) attrs += ` w:after="${s.after}"`;
    if (s.lineExact !== undefined) attrs += ` w:line="${s.lineExact}" w:lineRule="exact"`;
    else if (s.lineAuto !== undefined) attrs += ` w:line="${s.lineAuto}" w:lineRule="auto"`;
    xml += `<w:spacing${attrs}/>`;
  }
  if (p.indent !== undefined) {
    const i = p.indent;
    let attrs = '';
    if (i.left !== undefined) attrs += ` w:left="${i.left}"`;
    if (i.hanging !== undefined) attrs += ` w:hanging="${i.hanging}"`;
    if (i.firstLine !== undefined) attrs += ` w:firstLine="${i.firstLine}"`;
    if (i.firstLineChars !== undefined) attrs += ` w:firstLineChars="${i.firstLineChars}"`;
    xml += `<w:ind${attrs}/>`;
  }
  if (p.align !== undefined) xml += `<w:jc w:val="${p.align}"/>`;
  if (p.outlineLevel !== undefined) xml += `<w:outlineLvl w:val="${p.outlineLevel}"/>`;
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`;
}

export function paragraph(props: ParagraphProps, content: string): string {
  return `<w:p>${paragraphProperties(props)}${content}</w:p>`;
}

/** Paragraph alignment from the model's names (Word calls justified text "both"). */
export function justify(align: 'left' | 'center' | 'right' | 'justify'): Justify {
  return align === 'justify' ? 'both' : align;
}
