/**
 * Test material for the statement: a red round 公章-like seal and a handwriting-like signature,
 * both transparent PNGs drawn with sharp from SVG, and a PKCS#12 certificate made with node-forge.
 */
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import sharp from 'sharp';

export async function makeSealPng(unitName = '天津工业职业学院'): Promise<Buffer> {
  const chars = [...unitName];
  // Characters around the upper arc, from about 8 o'clock to 4 o'clock, as on a school seal.
  const arc = chars
    .map((c, i) => {
      const angle = -150 + (300 / (chars.length + 1)) * (i + 1);
      return `<text x="200" y="78" font-size="44" font-family="Noto Serif CJK SC" font-weight="700" fill="#d40000" text-anchor="middle" transform="rotate(${angle} 200 200)">${c}</text>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">
    <circle cx="200" cy="200" r="186" fill="none" stroke="#d40000" stroke-width="12"/>
    ${arc}
    <polygon fill="#d40000" points="200,140 214,184 260,184 223,211 237,255 200,228 163,255 177,211 140,184 186,184"/>
    <text x="200" y="320" font-size="30" font-family="Noto Serif CJK SC" fill="#d40000" text-anchor="middle">质量年报专用章</text>
  </svg>`;
  return await sharp(Buffer.from(svg)).png().toBuffer();
}

export async function makeSignaturePng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="200">
    <g fill="none" stroke="#10205a" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">
      <path d="M30 120 C 60 40, 90 40, 80 110 S 120 170, 150 90 C 165 50, 185 60, 175 120"/>
      <path d="M190 70 C 230 60, 250 70, 220 140 C 210 165, 260 150, 280 100"/>
      <path d="M300 60 L 290 150 M 270 95 C 310 85, 340 90, 350 80"/>
      <path d="M360 130 C 390 60, 420 60, 410 120 C 405 150, 440 150, 470 110 C 485 90, 500 100, 505 115"/>
    </g>
  </svg>`;
  return await sharp(Buffer.from(svg)).png().toBuffer();
}

export interface TestCertificate {
  readonly p12: Buffer;
  readonly password: string;
  readonly commonName: string;
}

export interface CertificateOptions {
  /** Validity period; by default from yesterday for a year. */
  readonly notBefore?: Date;
  readonly notAfter?: Date;
}

/**
 * Names are UTF8String, as Chinese CAs issue them (forge's default PrintableString cannot hold
 * 测试学院 张三).
 */
export function makeP12(commonName = 'Zhang San (Tianjin Polytechnic)', password = 'correct horse 密码', options: CertificateOptions = {}): TestCertificate {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * 86_400_000);
  // forge's typings call the tag a Class; it is the universal type number (12, UTF8String).
  const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;
  const attrs = [{ name: 'commonName', value: commonName, valueTagClass: utf8 }, { name: 'organizationName', value: 'Tianjin Polytechnic', valueTagClass: utf8 }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], password, { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), password, commonName };
}

export async function writeFixtures(dir: string): Promise<{ seal: string; signature: string }> {
  const seal = path.join(dir, 'seal.png');
  const signature = path.join(dir, 'signature.png');
  fs.writeFileSync(seal, await makeSealPng());
  fs.writeFileSync(signature, await makeSignaturePng());
  return { seal, signature };
}
