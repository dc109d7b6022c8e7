/** Inline content of the plan (text runs and resolved cross-references) as HTML. */
import type { PlanInline } from '../report-plan';
import { escapeHtmlAttribute, escapeHtmlText } from '../../escape/html-escape';

function run(part: Extract<PlanInline, { kind: 'text' }>): string {
  let html = escapeHtmlText(part.text);
  if (part.bold) html = `<b>${html}</b>`;
  if (part.italic) html = `<i>${html}</i>`;
  if (part.underline) html = `<u>${html}</u>`;
  return html;
}

export function inlineHtml(content: readonly PlanInline[]): string {
  let html = '';
  for (const part of content) {
    switch (part.kind) {
      case 'text':
        html += run(part);
        break;
      case 'ref':
        // Chromium turns an in-document link into a PDF link to the named destination `anchor`.
        html += `<a class="xref" href="#${escapeHtmlAttribute(part.anchor)}">${escapeHtmlText(part.result)}</a>`;
        break;
      case 'ref-text':
        html += escapeHtmlText(part.result);
        break;
      case 'broken-ref':
        html += `<span class="xref-broken">${escapeHtmlText(part.text)}</span>`;
        break;
    }
  }
  return html;
}
