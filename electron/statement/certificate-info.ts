/**
 * What a signature report says about a certificate: its holder's name, decoded as the certificate
 * encodes it (UTF8String and BMPString carry Chinese names; forge hands back their raw bytes), and
 * whether it was within its validity period at the signing time.
 */
import forge from 'node-forge';

/** The subject's common name as text; '' when the certificate has none. */
export function subjectCommonName(cert: forge.pki.Certificate): string {
  const field = cert.subject.getField('CN') as { value?: unknown; valueTagClass?: number } | null;
  const raw = typeof field?.value === 'string' ? field.value : '';
  if (field?.valueTagClass === forge.asn1.Type.UTF8) {
    return Buffer.from(raw, 'latin1').toString('utf8');
  }
  if (field?.valueTagClass === forge.asn1.Type.BMPSTRING) {
    // UCS-2 big-endian: swap to the little-endian order Node decodes.
    const bytes = Buffer.from(raw, 'latin1');
    return Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  }
  return raw;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
}

export interface ValidityText {
  readonly zh: string;
  readonly en: string;
}

/** Null when `at` lies within the certificate's validity period, otherwise what is wrong. */
export function validityProblem(cert: forge.pki.Certificate, at: Date): ValidityText | null {
  const { notBefore, notAfter } = cert.validity;
  const period = `${day(notBefore)} – ${day(notAfter)}`;
  if (at.getTime() < notBefore.getTime()) {
    return { zh: `签名时证书尚未生效（有效期 ${period}，签名时间 ${day(at)}）`, en: `the certificate was not yet valid at the signing time (valid ${period}, signed ${day(at)})` };
  }
  if (at.getTime() > notAfter.getTime()) {
    return { zh: `签名时证书已过期（有效期 ${period}，签名时间 ${day(at)}）`, en: `the certificate had expired at the signing time (valid ${period}, signed ${day(at)})` };
  }
  return null;
}

export function validityText(cert: forge.pki.Certificate): string {
  return `${day(cert.validity.notBefore)} – ${day(cert.validity.notAfter)}`;
}
