/**
 * The one escaper for text written into XML (the Word parts written as strings): element content and
 * double-quoted attribute values. Characters XML 1.0 forbids become U+FFFD (xml-chars.ts). Content
 * escapes `>` too, so `]]>` can never end a CDATA section it does not open; attribute values also
 * escape quotes and the line ends and tabs an XML parser would normalise to spaces.
 */
import { replaceXmlForbidden } from './xml-chars';

// Content keeps CR, LF and tab as they are: in Word's text they are white space either way.
const CONTENT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Readonly<Record<string, string>> = { ...CONTENT, '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

export function escapeXmlText(text: string): string {
  return replaceXmlForbidden(text).replace(/[&<>]/g, (c) => CONTENT[c] as string);
}

export function escapeXmlAttribute(text: string): string {
  return replaceXmlForbidden(text).replace(/[&<>\r"'\n\t]/g, (c) => ATTRIBUTE[c] as string);
}
