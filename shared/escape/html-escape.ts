/**
 * The one escaper for text written into HTML: element content and quoted attribute values (the print
 * pages, the statement page, the app's statement preview). Both escape the same five characters, so
 * a value is safe in text, in a double- or a single-quoted attribute alike; nothing else needs it in
 * those contexts. Never use these for text inside <style> or <script> (see css-string.ts) or for an
 * unquoted attribute.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

export function escapeHtmlAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
