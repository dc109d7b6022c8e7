/**
 * An XML part of a .docx → a small element tree (qualified names such as `w:p`, attributes, children).
 *
 * Parsed with saxes (ISC, maintained; a strict, fast, streaming XML parser that exceljs already
 * brings in, now a direct dependency): it checks well-formedness, decodes entities and never fetches
 * anything (no DTDs, no external entities), which is what an untrusted Word file needs. The tree is
 * built here rather than taking a full DOM (xmldom) because the reader walks it once, top to bottom,
 * and only text inside w:t / w:instrText / w:delText is kept: the whitespace between elements of
 * a 3 MB document.xml is never stored.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const TEXT_ELEMENTS = new Set(['w:t', 'w:instrText', 'w:delText']);

/** Throws an Error (from saxes) when the XML is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attrs: tag.attributes, children: [] };
    (stack[stack.length - 1] as XmlElement).children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1] as XmlElement;
    if (TEXT_ELEMENTS.has(top.name)) top.children.push(text);
  });
  parser.on('cdata', (text) => {
    const top = stack[stack.length - 1] as XmlElement;
    if (TEXT_ELEMENTS.has(top.name)) top.children.push(text);
  });
  parser.write(xml).close();
  return root;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  for (const node of element.children) if (typeof node !== 'string' && node.name === name) return node;
  return undefined;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((node): node is XmlElement => typeof node !== 'string' && node.name === name);
}

export function elements(element: XmlElement): XmlElement[] {
  return element.children.filter((node): node is XmlElement => typeof node !== 'string');
}

/** The first element named `name` anywhere below `element` (depth first). */
export function find(element: XmlElement, name: string): XmlElement | undefined {
  for (const node of element.children) {
    if (typeof node === 'string') continue;
    if (node.name === name) return node;
    const deeper = find(node, name);
    if (deeper) return deeper;
  }
  return undefined;
}

export function findAll(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const node of element.children) {
    if (typeof node === 'string') continue;
    if (node.name === name) out.push(node);
    findAll(node, name, out);
  }
  return out;
}

export function textOf(element: XmlElement): string {
  return element.children.map((node) => (typeof node === 'string' ? node : '')).join('');
}

/** `w:val` of a child element, e.g. val(pPr, 'w:pStyle'). */
export function val(element: XmlElement | undefined, name: string): string | undefined {
  if (element === undefined) return undefined;
  return child(element, name)?.attrs['w:val'];
}

/** An on/off property (w:b, w:i): present and not switched off. Undefined when absent. */
export function onOff(element: XmlElement | undefined, name: string): boolean | undefined {
  if (element === undefined) return undefined;
  const found = child(element, name);
  if (found === undefined) return undefined;
  const value = found.attrs['w:val'];
  return !(value === '0' || value === 'false' || value === 'off');
}
