/**
 * Checks a statement PDF: its detached PKCS#7 signature over the ByteRange (content digest and
 * signature against the embedded certificate, with node-forge and node:crypto) and the report
 * fingerprint it carries against a given report file. Every check yields a plain Chinese/English
 * line, so what failed and why is visible without knowing PDF internals.
 */
import crypto from 'node:crypto';
import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from '@cantoo/pdf-lib';
import forge from 'node-forge';
import { FINGERPRINT_INFO_KEY, FINGERPRINT_KEYWORD_PREFIX } from './statement-pdf';

export interface VerifyCheck {
  readonly ok: boolean;
  readonly zh: string;
  readonly en: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly checks: readonly VerifyCheck[];
  readonly signerCommonName: string | null;
  readonly fingerprint: string | null;
}

const DIGESTS: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const MESSAGE_DIGEST_OID = '1.2.840.113549.1.9.4';

/** What forge captures from the first SignerInfo (its typings leave rawCapture untyped). */
interface SignerCapture {
  readonly signature: string;
  readonly authenticatedAttributes: forge.asn1.Asn1[] | undefined;
  readonly digestAlgorithm: string;
}

function lastByteRange(pdf: Buffer): [number, number, number, number] | null {
  const text = pdf.toString('latin1');
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = matches.at(-1);
  return last ? [Number(last[1]), Number(last[2]), Number(last[3]), Number(last[4])] : null;
}

function checkSignature(pdf: Buffer): { checks: VerifyCheck[]; commonName: string | null } {
  const range = lastByteRange(pdf);
  if (range === null) return { checks: [{ ok: false, zh: '未找到数字签名（该 PDF 未签名）', en: 'no digital signature found (the PDF is not signed)' }], commonName: null };
  const [a, b, c, d] = range;
  const checks: VerifyCheck[] = [];
  const covers = a === 0 && b < c && c + d === pdf.length;
  checks.push(
    covers
      ? { ok: true, zh: '签名覆盖整个文件（除签名值本身）', en: 'the signature covers the whole file (except the signature value)' }
      : { ok: false, zh: '签名未覆盖整个文件：签名后文件被追加或改动过', en: 'the signature does not cover the whole file: it was extended or changed after signing' },
  );
  const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, Math.min(c + d, pdf.length))]);
  const hex = pdf.subarray(a + b, c).toString('latin1').replace(/[<>\s]/g, '');
  let capture: SignerCapture;
  let cert: forge.pki.Certificate;
  try {
    const der = forge.util.hexToBytes(hex);
    // The placeholder is zero-padded after the DER; forge accepts an options object (its typings
    // only know the old boolean) telling it to stop at the end of the structure.
    const fromDer = forge.asn1.fromDer as unknown as (bytes: string, options: { parseAllBytes: boolean }) => forge.asn1.Asn1;
    const asn1 = fromDer(der, { parseAllBytes: false });
    const message = forge.pkcs7.messageFromAsn1(asn1) as forge.pkcs7.PkcsSignedData & { rawCapture: SignerCapture };
    const first = message.certificates[0];
    if (!first) throw new Error('no certificate');
    cert = first;
    capture = message.rawCapture;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    checks.push({ ok: false, zh: `签名数据无法解析（文件可能已被改动）：${detail}`, en: `the signature data cannot be parsed (the file may have been changed): ${detail}` });
    return { checks, commonName: null };
  }
  const commonName = String(cert.subject.getField('CN')?.value ?? '');
  const algorithm = DIGESTS[forge.asn1.derToOid(capture.digestAlgorithm)] ?? null;
  const attributes = capture.authenticatedAttributes;
  if (algorithm === null || attributes === undefined) {
    checks.push({ ok: false, zh: '不支持的签名格式（需要带签名属性的 SHA-256/384/512 签名）', en: 'unsupported signature format (SHA-2 with signed attributes expected)' });
    return { checks, commonName };
  }
  const digestAttribute = attributes.find((attr) => {
    const parts = attr.value as forge.asn1.Asn1[];
    return forge.asn1.derToOid(parts[0]?.value as string) === MESSAGE_DIGEST_OID;
  });
  const claimed = digestAttribute ? (((digestAttribute.value as forge.asn1.Asn1[])[1]?.value as forge.asn1.Asn1[])[0]?.value as string) : '';
  const actual = crypto.createHash(algorithm).update(signed).digest();
  checks.push(
    Buffer.from(claimed, 'latin1').equals(actual)
      ? { ok: true, zh: '文件内容与签名时一致（摘要匹配）', en: 'the content is as signed (digest matches)' }
      : { ok: false, zh: '文件内容在签名后被改动（摘要不匹配）', en: 'the content was changed after signing (digest mismatch)' },
  );
  // The signature is over the DER of the signed attributes as a SET (RFC 5652 §5.4).
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
  const verifier = crypto.createVerify(algorithm);
  verifier.update(Buffer.from(forge.asn1.toDer(set).getBytes(), 'latin1'));
  let valid = false;
  try {
    valid = verifier.verify(forge.pki.certificateToPem(cert), Buffer.from(capture.signature, 'latin1'));
  } catch {
    valid = false;
  }
  checks.push(
    valid
      ? { ok: true, zh: `签名有效，签名证书：${commonName}`, en: `signature valid, signed by certificate CN=${commonName}` }
      : { ok: false, zh: `签名无效：与所附证书（${commonName}）不符`, en: `signature invalid for the embedded certificate (CN=${commonName})` },
  );
  return { checks, commonName };
}

async function readFingerprint(pdf: Buffer): Promise<string | null> {
  try {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const infoRef = doc.context.trailerInfo.Info;
    const info = infoRef ? doc.context.lookup(infoRef) : undefined;
    if (info instanceof PDFDict) {
      const value = info.get(PDFName.of(FINGERPRINT_INFO_KEY));
      if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
    }
    const keyword = (doc.getKeywords() ?? '').split(/\s+/).find((k) => k.startsWith(FINGERPRINT_KEYWORD_PREFIX));
    return keyword ? keyword.slice(FINGERPRINT_KEYWORD_PREFIX.length) : null;
  } catch {
    return null;
  }
}

export async function verifyStatement(statementPdf: Buffer, reportPdf: Buffer | null): Promise<VerifyResult> {
  const { checks, commonName } = checkSignature(statementPdf);
  const fingerprint = await readFingerprint(statementPdf);
  if (reportPdf !== null) {
    const actual = crypto.createHash('sha256').update(reportPdf).digest('hex');
    if (fingerprint === null) {
      checks.push({ ok: false, zh: '声明中没有报告指纹，无法与报告核对', en: 'the statement carries no report fingerprint to compare' });
    } else if (fingerprint === actual) {
      checks.push({ ok: true, zh: `报告文件与声明绑定的指纹一致（SHA-256：${actual}）`, en: `the report matches the statement's fingerprint (SHA-256 ${actual})` });
    } else {
      checks.push({
        ok: false,
        zh: `报告文件与声明不符：声明对应 SHA-256 ${fingerprint}，该报告为 ${actual}（报告已被改动或不是同一文件）`,
        en: `the report does not match: the statement names SHA-256 ${fingerprint}, this report is ${actual} (changed or a different file)`,
      });
    }
  }
  return { ok: checks.every((c) => c.ok), checks, signerCommonName: commonName, fingerprint };
}
