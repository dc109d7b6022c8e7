/**
 * Hostile strings: text a user (or a returned department package) can type into any field, built to
 * break out of every context the exports write it into: HTML text and attributes, the inline
 * <style> with the running head, CSS strings, XML text and attributes (document.xml, headers,
 * docProps/core.xml), templates with placeholders, and characters XML 1.0 cannot carry.
 *
 * The script breakers write a marker only when they run: the marker is assembled at run time
 * ('PW' + 'NED'), so the literal text itself never contains it. `{canary}` is replaced by the URL of
 * a local file whose content must never show up in an export.
 */

/** Written by an injected script or pulled in from the canary file; never in any output. */
export const INJECTED_MARKERS = ['PWNED', 'CANARYFILECONTENT'] as const;

export const CANARY_FILE_CONTENT = '<!doctype html><p>CANARYFILECONTENT</p>';

export const HOSTILE = {
  /** The unit name: closes the running head's <style> and runs a script. */
  styleBreak: `测试</style><script>document.write('PW'+'NED')</script><style>院`,
  /** Runs a script and pulls a local file into the PDF through an iframe, out of the <style> or in the text. */
  iframe: `年报</style><script>document.write('PW'+'NED')</script><iframe src="{canary}" width="600" height="300"></iframe><style>标题`,
  /** Attribute and event-handler breaker. */
  attribute: `"><img src=x onerror="document.body.append('PW'+'NED')">图'\`=`,
  /** CSS string breaker: quotes, backslash, a newline and a comment opener. */
  css: `引号"'\\"; } body { display: none } /* 段\n行 x{content:"PW"}`,
  /** XML and template breakers: CDATA end, entities that must stay literal, placeholders. */
  xml: `]]><![CDATA[数据]]>&amp;&lt;&#60;{{unit}}{unit}{title}<!--注释-->`,
  /** Line and paragraph separators (U+2028 / U+2029), CR LF and a tab. */
  separators: `行一\u2028行二\u2029行三\r\n行四\t完`,
  /** Noncharacters XML 1.0 forbids. */
  nonCharacters: `非字符\uFFFE与\uFFFF结束`,
  /** Lone surrogates (a high one and a low one). */
  loneSurrogates: `孤代理\uD800与\uDC00结束`,
  /** C0 controls, NUL included. */
  controls: `控制\u0000\u0001\u0008\u000B\u001F字符`,
  /** Bidi overrides and isolates, around single characters so their order cannot matter. */
  bidi: `双向\u202E甲\u202C与\u2066乙\u2069结束`,
  /** A 100-character name. */
  long: '很长的名称'.repeat(20),
} as const;

export type HostileKey = keyof typeof HOSTILE;

export const HOSTILE_KEYS = Object.keys(HOSTILE) as HostileKey[];

export function hostile(key: HostileKey, canaryUrl: string): string {
  return HOSTILE[key].replace('{canary}', canaryUrl);
}

/** Characters an export may not show as typed: XML 1.0 forbids them, or they are invisible (bidi, separators). */
const UNSHOWABLE = /[\u0000-\u001F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFD\uFFFE\uFFFF]|[\uD800-\uDFFF]|\s/gu;

/**
 * The pieces of `text` that must appear, in order of writing, in the text read back from an export
 * (whitespace dropped on both sides: PDF extraction breaks and spaces lines freely). Invisible and
 * unshowable characters split the text into pieces.
 */
export function visibleFragments(text: string): string[] {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')
    .split(UNSHOWABLE)
    .filter((piece) => piece.length > 0);
}

/** Text without any whitespace (PDF extraction breaks and spaces lines freely). */
export const squeeze = (text: string): string => text.replace(/\s+/gu, '');
