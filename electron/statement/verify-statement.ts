/**
 * Checks a statement PDF: its detached PKCS#7 signature, found through the PDF structure
 * (./signature-structure.ts), parsed as one complete DER structure, its content digest and
 * signature against the embedded certificate (node-forge and node:crypto), the certificate's
 * validity at the signing time, and the report fingerprint it carries against a given report file.
 * A statement without a digital signature (signed by hand and sealed on paper) is checked by its
 * fingerprint alone, and says so. Every check yields a plain Chinese/English
 * line, so what failed and why is visible without knowing PDF internals.
 */
import crypto from 'node:crypto';
import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from '@cantoo/pdf-lib';
import forge from 'node-forge';
import { subjectCommonName, validityProblem, validityText } from './certificate-info';
import { locateSignature, signatureDictionaryTime } from './signature-structure';
import { FINGERPRINT_INFO_KEY, FINGERPRINT_KEYWORD_PREFIX } from './statement-pdf';

export interface VerifyCheck {
  readonly ok: boolean;
  /** A plain statement of fact rather than a check (ℹ in the CLI): counts as passed. */
  readonly note?: true;
  readonly zh: string;
  readonly en: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  /** Whether the file carries a digital signature at all (valid or not). */
  readonly signed: boolean;
  readonly checks: readonly VerifyCheck[];
  readonly signerCommonName: string | null;
  readonly fingerprint: string | null;
}

export interface VerifyOptions {
  /** A statement without a digital signature fails instead of being checked by its fingerprint alone. */
  readonly requireSignature?: boolean;
}

const DIGESTS: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const MESSAGE_DIGEST_OID = '1.2.840.113549.1.9.4';
const SIGNING_TIME_OID = '1.2.840.113549.1.9.5';

/** What forge captures from the first SignerInfo (its typings leave rawCapture untyped). */
interface SignerCapture {
  readonly signature: string;
  readonly authenticatedAttributes: forge.asn1.Asn1[] | undefined;
  readonly digestAlgorithm: string;
}

const fail = (zh: string, en: string): VerifyCheck => ({ ok: false, zh, en });
const pass = (zh: string, en: string): VerifyCheck => ({ ok: true, zh, en });

/**
 * The PKCS#7 blob as exactly one DER structure: its outer length says where it ends, only zero
 * padding (the rest of the reserved placeholder) may follow, and forge then parses it strictly
 * with every byte accounted for.
 */
function parseSignedData(hex: string): forge.asn1.Asn1 {
  const bytes = Buffer.from(hex, 'hex');
  if (bytes[0] !== 0x30) throw new Error('not a DER SEQUENCE');
  const first = bytes[1] ?? 0;
  let header = 2;
  let length = first;
  if (first === 0x80) throw new Error('indefinite length is not DER');
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4) throw new Error('length too long');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (bytes[2 + i] ?? 0);
    header = 2 + count;
  }
  const end = header + length;
  if (end > bytes.length) throw new Error('the structure is longer than the signature value');
  if (bytes.subarray(end).some((byte) => byte !== 0)) throw new TrailingBytesError();
  // forge takes an options object (its typings only know the old boolean `strict`).
  const fromDer = forge.asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: { strict: boolean; parseAllBytes: boolean }) => forge.asn1.Asn1;
  return fromDer(forge.util.createBuffer(bytes.subarray(0, end).toString('binary')), { strict: true, parseAllBytes: true });
}

class TrailingBytesError extends Error {}

function attributeValue(attributes: readonly forge.asn1.Asn1[], oid: string): forge.asn1.Asn1 | undefined {
  const attribute = attributes.find((attr) => {
    const parts = attr.value as forge.asn1.Asn1[];
    return forge.asn1.derToOid(parts[0]?.value as string) === oid;
  });
  return attribute ? ((attribute.value as forge.asn1.Asn1[])[1]?.value as forge.asn1.Asn1[])[0] : undefined;
}

/** The signing time the signer claims: the signed attribute, else the dictionary's /M. */
function signingTime(attributes: readonly forge.asn1.Asn1[], fallback: Date | null): Date | null {
  const value = attributeValue(attributes, SIGNING_TIME_OID);
  if (value !== undefined && typeof value.value === 'string') {
    if (value.type === forge.asn1.Type.UTCTIME) return forge.asn1.utcTimeToDate(value.value);
    if (value.type === forge.asn1.Type.GENERALIZEDTIME) return forge.asn1.generalizedTimeToDate(value.value);
  }
  return fallback;
}

function checkSignature(pdf: Buffer, doc: PDFDocument | null): { checks: VerifyCheck[]; commonName: string | null; signed: boolean } {
  if (doc === null) {
    return { checks: [fail('无法读取 PDF 结构（文件损坏或不是 PDF）', 'the PDF structure cannot be read (damaged or not a PDF)')], commonName: null, signed: false };
  }
  const location = locateSignature(pdf, doc);
  if (location.kind === 'none') return { checks: [], commonName: null, signed: false };
  if (location.kind === 'invalid') return { checks: [fail(location.problem.zh, location.problem.en)], commonName: null, signed: true };
  const { byteRange, contentsHex, dictionary, problems } = location.signature;
  const [, a, b, c] = byteRange;
  const checks: VerifyCheck[] = [pass('签名覆盖整个文件（除签名值本身）', 'the signature covers the whole file (except the signature value)')];
  for (const problem of problems) checks.push(fail(problem.zh, problem.en));
  const signed = Buffer.concat([pdf.subarray(0, a), pdf.subarray(b, b + c)]);
  let capture: SignerCapture;
  let cert: forge.pki.Certificate;
  try {
    const message = forge.pkcs7.messageFromAsn1(parseSignedData(contentsHex)) as forge.pkcs7.PkcsSignedData & { rawCapture: SignerCapture };
    const first = message.certificates[0];
    if (!first) throw new Error('no certificate');
    cert = first;
    capture = message.rawCapture;
  } catch (error) {
    if (error instanceof TrailingBytesError) {
      checks.push(fail('签名数据之后还有其他数据（不只是补零）：签名值被改动过', 'there is data after the signature structure (not just zero padding): the signature value was changed'));
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      checks.push(fail(`签名数据无法解析（文件可能已被改动）：${detail}`, `the signature data cannot be parsed (the file may have been changed): ${detail}`));
    }
    return { checks, commonName: null, signed: true };
  }
  const commonName = subjectCommonName(cert);
  const algorithm = DIGESTS[forge.asn1.derToOid(capture.digestAlgorithm)] ?? null;
  const attributes = capture.authenticatedAttributes;
  if (algorithm === null || attributes === undefined) {
    checks.push(fail('不支持的签名格式（需要带签名属性的 SHA-256/384/512 签名）', 'unsupported signature format (SHA-2 with signed attributes expected)'));
    return { checks, commonName, signed: true };
  }
  const claimed = (attributeValue(attributes, MESSAGE_DIGEST_OID)?.value as string | undefined) ?? '';
  const actual = crypto.createHash(algorithm).update(signed).digest();
  checks.push(
    Buffer.from(claimed, 'latin1').equals(actual)
      ? pass('文件内容与签名时一致（摘要匹配）', 'the content is as signed (digest matches)')
      : fail('文件内容在签名后被改动（摘要不匹配）', 'the content was changed after signing (digest mismatch)'),
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
      ? pass(`签名有效，签名证书：${commonName}`, `signature valid, signed by certificate CN=${commonName}`)
      : fail(`签名无效：与所附证书（${commonName}）不符`, `signature invalid for the embedded certificate (CN=${commonName})`),
  );
  const at = signingTime(attributes, signatureDictionaryTime(dictionary));
  const problem = at === null ? null : validityProblem(cert, at);
  checks.push(
    at === null
      ? fail('签名未注明签名时间，无法判断证书当时是否有效', 'the signature names no signing time, so the certificate’s validity then cannot be judged')
      : problem === null
        ? pass(`签名时证书在有效期内（${validityText(cert)}）`, `the certificate was valid at the signing time (${validityText(cert)})`)
        : fail(problem.zh, problem.en),
  );
  return { checks, commonName, signed: true };
}

function readFingerprint(doc: PDFDocument | null): string | null {
  if (doc === null) return null;
  try {
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

async function loadPdf(pdf: Buffer): Promise<PDFDocument | null> {
  try {
    return await PDFDocument.load(pdf, { updateMetadata: false });
  } catch {
    return null;
  }
}

export async function verifyStatement(statementPdf: Buffer, reportPdf: Buffer | null, options: VerifyOptions = {}): Promise<VerifyResult> {
  const doc = await loadPdf(statementPdf);
  const { checks, commonName, signed } = checkSignature(statementPdf, doc);
  if (!signed && doc !== null) {
    // The common case: printed, signed by hand and sealed. Only its fingerprint can be checked.
    checks.push(
      options.requireSignature === true
        ? fail('未找到数字签名（该 PDF 未签名，而 --require-signature 要求签名）', 'no digital signature found (the PDF is not signed; --require-signature asks for one)')
        : { ok: true, note: true, zh: '该声明没有数字签名（打印后手签盖章的声明），只能核对报告指纹', en: 'this statement carries no digital signature (printed, signed by hand and sealed); only its report fingerprint can be checked' },
    );
  }
  const fingerprint = readFingerprint(doc);
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
  // Without a signature and without a report to compare there is nothing verified at all.
  const verified = checks.some((c) => !c.note);
  return { ok: verified && checks.every((c) => c.ok), signed, checks, signerCommonName: commonName, fingerprint };
}
