/**
 * An element tree for clipboard HTML from any source. ../html-tree.ts expects the closed markup
 * mammoth writes; a browser's or an older editor's clipboard may leave `<p>`, `<li>`, `<td>` and
 * `<tr>` open, which HTML closes implicitly. Those implied end tags are applied here (the subset
 * that matters for pasted documents), so an open paragraph does not swallow the table after it.
 */
import { tokenizeHtml } from '../../tables/html-tokenizer';
import type { HtmlElement } from '../html-tree';

const VOID = new Set(['img', 'br', 'hr', 'col', 'meta', 'link', 'input', 'wbr', 'area', 'base', 'source']);

/**
 * Starting one of these closes an open `<p>` (HTML's “p end tag omitted” rule, abridged). Not
 * `<table>`: Word's HTML has no doctype, and in that (quirks) mode a table stays inside the
 * paragraph, which is where Word puts a text box's frame.
 */
const CLOSES_P = new Set(['p', 'div', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'hr', 'dl', 'center']);

/** Elements an implied close does not reach past (a `<p>` inside a cell stays in the cell). */
const SCOPE = new Set(['table', 'td', 'th', 'ul', 'ol', '#root']);

export function parseLenientTree(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attrs: new Map(), children: [] };
  const stack: HtmlElement[] = [root];
  const names = (): string[] => stack.map((e) => e.name);
  /** Closes the innermost open `name` unless one of `barrier` is open inside it. */
  const closeOpen = (name: string, barrier: ReadonlySet<string>): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      const open = (stack[i] as HtmlElement).name;
      if (open === name) {
        stack.length = i;
        return;
      }
      if (barrier.has(open)) return;
    }
  };
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'style') continue;
    if (token.kind === 'text') {
      (stack[stack.length - 1] as HtmlElement).children.push(token.text);
      continue;
    }
    if (token.kind === 'end') {
      const at = names().lastIndexOf(token.name);
      if (at > 0) stack.length = at;
      continue;
    }
    const name = token.name;
    if (CLOSES_P.has(name)) closeOpen('p', SCOPE);
    if (name === 'li') closeOpen('li', new Set(['ul', 'ol', 'table', '#root']));
    if (name === 'td' || name === 'th') {
      closeOpen('td', new Set(['tr', 'table']));
      closeOpen('th', new Set(['tr', 'table']));
    }
    if (name === 'tr') closeOpen('tr', new Set(['table']));
    const element: HtmlElement = { name, attrs: token.attrs, children: [] };
    (stack[stack.length - 1] as HtmlElement).children.push(element);
    if (!token.selfClosing && !VOID.has(name)) stack.push(element);
  }
  return root;
}
