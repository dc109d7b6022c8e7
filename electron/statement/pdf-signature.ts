/**
 * Digital signature of a statement PDF: a signature field with a visible widget at the signer's
 * place, then a detached PKCS#7 (SHA-256) signature by @signpdf/signpdf with a PKCS#12 signer.
 *
 * The placeholder is built here with @cantoo/pdf-lib (the maintained pdf-lib fork the project
 * already uses) following @signpdf/placeholder-pdf-lib, because that package imports the
 * unmaintained `pdf-lib` and its objects cannot be mixed with @cantoo/pdf-lib documents.
 */
import { PDFDocument, PDFHexString, PDFInvalidObject, PDFName, PDFNumber, PDFString, StandardFonts, PDFArray } from '@cantoo/pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { DEFAULT_BYTE_RANGE_PLACEHOLDER } from '@signpdf/utils';
import forge from 'node-forge';
import { statementRefused } from './statement-refused';
import { subjectCommonName, validityProblem, type ValidityText } from './certificate-info';

/** Bytes reserved for the PKCS#7 blob: a 2048/4096-bit chain of two or three certificates fits. */
const SIGNATURE_LENGTH = 16384;
/** Annotation flag "Print": the visible signature appears on paper too. */
const PRINT_FLAG = 4;

export interface P12Identity {
  readonly p12: Buffer;
  readonly password: string;
  /** The certificate's common name, shown in the visible signature and verify's report. */
  readonly commonName: string;
  /** The certificate, to check its validity period at the signing time. */
  readonly certificate: forge.pki.Certificate;
}

/** Opens the PKCS#12 before anything is written, so a wrong password fails with a clear message. */
export function openP12(p12: Buffer, password: string): P12Identity {
  let certificate: forge.pki.Certificate;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
    const bundle = forge.pkcs12.pkcs12FromAsn1(asn1, password);
    const certOid = forge.pki.oids.certBag as string;
    const keyOid = forge.pki.oids.pkcs8ShroudedKeyBag as string;
    const certBags = bundle.getBags({ bagType: certOid })[certOid] ?? [];
    const keyBags = bundle.getBags({ bagType: keyOid })[keyOid] ?? [];
    const cert = certBags[0]?.cert;
    if (!cert || keyBags.length === 0) throw new Error('no certificate or key');
    certificate = cert;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|MAC/i.test(message)) {
      throw statementRefused('证书密码错误：无法打开 PKCS#12 证书文件，未写入任何文件', 'wrong certificate password: cannot open the PKCS#12 file; nothing was written');
    }
    throw statementRefused(`证书文件无法读取（需要含私钥和证书的 .p12/.pfx 文件）：${message}`, `cannot read the certificate (a .p12/.pfx with key and certificate is needed): ${message}`);
  }
  return { p12, password, commonName: subjectCommonName(certificate), certificate };
}

/**
 * A certificate outside its validity period still signs (the user may be re-issuing an old
 * statement on purpose), but says so: `verify` will report that signature as failed.
 */
export function signingValidityWarning(identity: P12Identity, signingTime: Date): ValidityText | null {
  const problem = validityProblem(identity.certificate, signingTime);
  return problem === null ? null : { zh: `${problem.zh}，核验时将判为失败`, en: `${problem.en}; verify will report it as failed` };
}

/** Helvetica can only show Latin-1: Chinese names in the visible stamp are left to the page text. */
function latin(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '').trim();
}

export interface PlaceholderOptions {
  /** The page carrying the visible signature (the statement page); 0 by default. */
  readonly pageIndex?: number;
  /** Why it was signed, shown by PDF readers in the signature panel. */
  readonly reason?: string;
}

export async function addSignaturePlaceholder(
  doc: PDFDocument,
  rect: [number, number, number, number],
  identity: P12Identity,
  signingTime: Date,
  options: PlaceholderOptions = {},
): Promise<void> {
  const page = doc.getPage(options.pageIndex ?? 0);
  const context = doc.context;
  const byteRange = PDFArray.withContext(context);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i += 1) byteRange.push(PDFName.of(DEFAULT_BYTE_RANGE_PLACEHOLDER));
  const signatureDict = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'adbe.pkcs7.detached',
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(SIGNATURE_LENGTH * 2)),
    Reason: PDFHexString.fromText(options.reason ?? '内容真实性责任声明'),
    Name: PDFHexString.fromText(identity.commonName),
    M: PDFString.fromDate(signingTime),
  });
  // Serialised once, as is: signpdf later finds /ByteRange and /Contents in these exact bytes.
  const raw = new Uint8Array(signatureDict.sizeInBytes());
  signatureDict.copyBytesInto(raw, 0);
  const signatureRef = context.register(PDFInvalidObject.of(raw));

  const font = await doc.embedFont(StandardFonts.Helvetica);
  const width = rect[2] - rect[0];
  const height = rect[3] - rect[1];
  const label = latin(identity.commonName) || 'certificate holder';
  const appearance = context.stream(
    [
      'q 0.75 0.1 0.1 RG 0.6 w 1 1 ' + `${width - 2} ${height - 2} re S Q`,
      // Along the bottom edge, below the handwritten signature image that fills the top of the box.
      `BT 0.55 0.1 0.1 rg /Helv 5 Tf 3 9 Td (Digitally signed by ${label.replace(/[()\\]/g, '')}) Tj`,
      `0 -6 Td (${signingTime.toISOString().slice(0, 19).replace('T', ' ')} UTC) Tj ET`,
    ].join('\n'),
    { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height], Resources: { Font: { Helv: font.ref } } },
  );
  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: rect,
    V: signatureRef,
    T: PDFString.of('LegalRepresentativeSignature'),
    F: PRINT_FLAG,
    P: page.ref,
    AP: { N: context.register(appearance) },
  });
  const widgetRef = context.register(widget);
  // Added beside the page's own annotations: a report's statement page may carry links.
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (annots instanceof PDFArray) annots.push(widgetRef);
  else page.node.set(PDFName.of('Annots'), context.obj([widgetRef]));
  doc.catalog.set(PDFName.of('AcroForm'), context.obj({ SigFlags: 3, Fields: [widgetRef] }));
}

export async function signPdf(pdf: Buffer, identity: P12Identity, signingTime: Date): Promise<Buffer> {
  const signer = new P12Signer(identity.p12, { passphrase: identity.password });
  return await new SignPdf().sign(pdf, signer, signingTime);
}
