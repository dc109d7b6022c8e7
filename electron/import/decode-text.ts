/**
 * Strict UTF-8 decoding of a text file's bytes. A report saved from Windows tools is often GB18030
 * or UTF-16; decoding those leniently would import mojibake, so they are refused with a hint.
 */
export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: 'not-utf8' | 'utf16' };

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return { ok: false, problem: 'utf16' };
  try {
    // fatal: invalid sequences throw instead of becoming U+FFFD; the BOM, if any, is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
}
