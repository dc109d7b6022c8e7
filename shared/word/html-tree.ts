/**
 * A minimal element tree over ../tables/html-tokenizer.ts, for the well-formed HTML mammoth
 * writes (every element closed, no implied tags beyond void elements), plus the serializer that
 * hands a table back to ../tables/paste-html.ts as text.
 */
import { escapeHtmlAttribute, escapeHtmlText } from '../escape/html-escape';
import { tokenizeHtml } from '../tables/html-tokenizer';

export interface HtmlElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(['img', 'br', 'hr', 'col', 'meta', 'link', 'input']);

export function parseHtmlTree(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attrs: new Map(), children: [] };
  const stack: HtmlElement[] = [root];
  for (const token of tokenizeHtml(html)) {
    const top = stack[stack.length - 1] as HtmlElement;
    if (token.kind === 'text') top.children.push(token.text);
    else if (token.kind === 'start') {
      const element: HtmlElement = { name: token.name, attrs: token.attrs, children: [] };
      top.children.push(element);
      if (!token.selfClosing && !VOID.has(token.name)) stack.push(element);
    } else if (token.kind === 'end') {
      // Close up to the matching element; a stray end tag is ignored.
      const at = stack.map((e) => e.name).lastIndexOf(token.name);
      if (at > 0) stack.length = at;
    }
  }
  return root;
}

export function serializeHtml(node: HtmlNode): string {
  if (typeof node === 'string') return escapeHtmlText(node);
  const attrs = [...node.attrs].map(([k, v]) => ` ${k}="${escapeHtmlAttribute(v)}"`).join('');
  if (VOID.has(node.name)) return `<${node.name}${attrs}>`;
  return `<${node.name}${attrs}>${node.children.map(serializeHtml).join('')}</${node.name}>`;
}

export function textContent(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  if (node.name === 'br') return '\n';
  return node.children.map(textContent).join('');
}

/** Elements below `node` (depth first) with the given name. */
export function descendants(node: HtmlElement, name: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) out.push(child);
    out.push(...descendants(child, name));
  }
  return out;
}
