/**
 * The one escaper for text written into XML (the Word parts written as strings): element content and
 * double-quoted attribute values. Characters XML 1.0 forbids become U+FFFD (xml-chars.ts). Content
 * escapes `>` too, so `]]>` can never end a CDATA section it does not open; attribute values also
 * escape quotes and the white space an XML parser would normalise to spaces.
 */
import { replaceXmlForbidden } from './xml-chars';

const CONTENT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE: Readonly<Record<string, string>> = { ...CONTENT, '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\t': '&#9;' };

export function escapeXmlText(text: string): string {
  return replaceXmlForbidden(text).replace(/[&<>\r]/g, (c) => CONTENT[c] as string);
}

export function escapeXmlAttribute(text: string): string {
  return replaceXmlForbidden(text).replace(/[&<>\r"'\n\t]/g, (c) => ATTRIBUTE[c] as string);
}
