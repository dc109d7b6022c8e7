/** The small pure helpers of the Word export, each with the cases that made it necessary. */
import zlib from 'node:zlib';
import sharp from 'sharp';
import { columnTwips } from '../../electron/export/docx/tables';
import { figureBox } from '../../electron/export/docx/figures';
import { imagePixelSize } from '../../electron/export/image-size';
import { paragraph, run } from '../../electron/export/docx/ooxml';
import { escapeXmlText } from '../../shared/escape/xml-escape';
import { spliceBody } from '../../electron/export/docx/package-docx';
import { breakLines, countLines, textEms } from '../../electron/export/docx/text-metrics';
import { entryText } from '../../electron/export/docx/toc';
import { DEFLATED, readZipEntries, STORED, ZipWriter } from '../../electron/export/docx/zip-format';
import { AnchorNames } from '../../shared/export/anchors';
import { coverTitleLines } from '../../shared/export/front-matter';

describe('text metrics', () => {
  test('CJK is one em, Latin and digits half, spaces a quarter', () => {
    expect(textEms('年报2025 ab')).toBe(2 + 2 + 0.25 + 1);
  });

  test('quotes, dashes and ellipses in Chinese text are one em (drawn in the Chinese font)', () => {
    expect(textEms('“入学—在校”‘…’')).toBe(10);
    // LibreOffice sets this line of the fixture, 16 pt on 442 pt, as exactly 27 characters.
    expect(breakLines('构建“启蒙—提升—践行”三阶闭环。入学启蒙阶段，思政课教师', 27.6)[0]).toBe('构建“启蒙—提升—践行”三阶闭环。入学启蒙阶段，思政课');
  });

  test('closing punctuation stays at the end of a full line instead of starting the next', () => {
    const full = '学'.repeat(27);
    expect(breakLines(`${full}，学`, 27.6)).toEqual([`${full}，`, '学']);
    expect(breakLines(`${full}学，`, 27.6)).toEqual([full, '学，']);
    for (const sample of [`${full}，学`, `${full}。`, `${full}”${full}`]) expect(countLines(sample, 27.6)).toBe(breakLines(sample, 27.6).length);
  });

  test('lines fill greedily with whole characters; counting agrees with breaking', () => {
    // 16 pt characters on 442 pt: 27.6 ems a line holds 27 Chinese characters.
    const text = '学'.repeat(60);
    expect(breakLines(text, 27.6).map((l) => l.length)).toEqual([27, 27, 6]);
    expect(breakLines(text, 27.6, 2).map((l) => l.length)).toEqual([25, 27, 8]);
    for (const sample of ['', '一', '学'.repeat(27), `${'学'.repeat(26)}ab`, '𠀀𠀀学'.repeat(20)]) {
      expect(countLines(sample, 27.6, 2)).toBe(breakLines(sample, 27.6, 2).length);
    }
  });

  test('a TOC entry too long for its line is broken before the page-number area', () => {
    const style = { id: 'TableofFigures', sizePt: 14, indentTwips: 0 };
    expect(entryText('图 1-1 短标题', style, 8844)).toBe('图 1-1 短标题');
    const long = `图 3-2 ${'学院与涉县经济开发区举行共建乡村振兴电商基地签约仪式'}`;
    const lines = entryText(long, style, 8844).split('\n');
    expect(lines).toHaveLength(2);
    // 8844 twips of 14 pt = 31.6 ems; three are kept for the leader and the number.
    expect(textEms(lines[0] as string)).toBeLessThanOrEqual(31.6 - 3);
    expect(lines.join('')).toBe(long);
  });
});

describe('geometry', () => {
  test('column weights become integer twips that add up exactly', () => {
    expect(columnTwips([1, 1, 1], 8844)).toEqual([2948, 2948, 2948]);
    // Weights that are not positive numbers count as 1; the rounding remainder goes to the last column.
    const odd = columnTwips([3, 2, 5, 0, Number.NaN], 8845);
    expect(odd).toEqual([2211, 1474, 3685, 737, 738]);
    expect(odd.reduce((a, b) => a + b, 0)).toBe(8845);
  });

  test('figures keep their aspect ratio and shrink to fit the height limit', () => {
    expect(figureBox(50, 0.75, { widthTwips: 9000, maxImageHeightTwips: 10_000 })).toEqual({ widthPx: 300, heightPx: 225 });
    // A tall portrait at full width would overflow: height capped, width follows.
    expect(figureBox(100, 2, { widthTwips: 9000, maxImageHeightTwips: 9000 })).toEqual({ widthPx: 300, heightPx: 600 });
  });

  test('image sizes are read from PNG and JPEG headers', async () => {
    const png = await sharp({ create: { width: 37, height: 21, channels: 3, background: '#808080' } }).png().toBuffer();
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#204080' } }).jpeg().toBuffer();
    expect(imagePixelSize(png)).toEqual({ width: 37, height: 21 });
    expect(imagePixelSize(jpeg)).toEqual({ width: 640, height: 480 });
    expect(imagePixelSize(Buffer.from('not an image'))).toBeNull();
  });
});

describe('names and text', () => {
  test('anchors are stable per id, sanitised, unique and short enough for Word (≤ 40)', () => {
    const names = new AnchorNames();
    expect(names.of('b7k2m9q0xz')).toBe('_Rw_b7k2m9q0xz');
    expect(names.of('b7k2m9q0xz')).toBe('_Rw_b7k2m9q0xz');
    expect(names.of('b7k2m9q0xz!')).toBe('_Rw_b7k2m9q0xz_');
    expect(names.of('b7k2m9q0xz?')).toBe('_Rw_b7k2m9q0xz__2');
    expect(names.of('x'.repeat(80)).length).toBeLessThanOrEqual(40);
  });

  test('text XML cannot carry is replaced visibly, markup characters escaped, breaks and tabs kept', () => {
    expect(escapeXmlText('a\u0001b<c>&d\uFFFE')).toBe('a\uFFFDb&lt;c&gt;&amp;d\uFFFD');
    expect(run('一\n二\t三')).toBe('<w:r><w:t xml:space="preserve">一</w:t><w:br/><w:t xml:space="preserve">二</w:t><w:tab/><w:t xml:space="preserve">三</w:t></w:r>');
    expect(run('')).toBe('');
  });

  test('the cover puts the year in brackets on a line of its own', () => {
    expect(coverTitleLines('天津工业职业学院职业教育质量年度报告（2025 年度）')).toEqual(['天津工业职业学院职业教育质量年度报告', '（2025 年度）']);
    expect(coverTitleLines('某学院高等职业教育质量年度报告(2024年度)')).toEqual(['某学院高等职业教育质量年度报告', '（2024年度）']);
    expect(coverTitleLines('质量报告')).toEqual(['质量报告']);
  });
});

describe('package', () => {
  test('zip entries written with known sizes read back intact, stored and deflated', () => {
    const chunks: Uint8Array[] = [];
    const writer = new ZipWriter((c) => chunks.push(c));
    const xml = Buffer.from('<w:document>年报</w:document>');
    const image = Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]);
    writer.add({ name: 'word/document.xml', method: DEFLATED, crc: zlib.crc32(xml), size: xml.length, dosDate: 0x5b77, dosTime: 0, data: zlib.deflateRawSync(xml) });
    writer.add({ name: 'word/media/image1.jpg', method: STORED, crc: zlib.crc32(image), size: image.length, dosDate: 0x5b77, dosTime: 0, data: image });
    writer.finish();
    const entries = readZipEntries(Buffer.concat(chunks));
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['word/document.xml', DEFLATED, xml.length],
      ['word/media/image1.jpg', STORED, image.length],
    ]);
    expect(zlib.inflateRawSync(entries[0]?.data as Uint8Array)).toEqual(xml);
    expect(Buffer.from(entries[1]?.data as Uint8Array)).toEqual(image);
  });

  test('section bodies replace their markers; a section break moves to an empty paragraph after the body', () => {
    const sectPr = '<w:sectPr><w:pgNumType w:fmt="lowerRoman"/></w:sectPr>';
    const scaffold =
      `<w:body><w:p><w:pPr>${sectPr}</w:pPr><w:r><w:t xml:space="preserve">RW-SECTION-BODY-0</w:t></w:r></w:p>` +
      '<w:p><w:r><w:t xml:space="preserve">RW-SECTION-BODY-1</w:t></w:r></w:p><w:sectPr/></w:body>';
    const spliced = spliceBody(scaffold, [paragraph({}, run('目录')), paragraph({}, run('正文'))]);
    expect(spliced).toBe(
      '<w:body><w:p><w:r><w:t xml:space="preserve">目录</w:t></w:r></w:p>' +
        `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>${sectPr}</w:pPr></w:p>` +
        '<w:p><w:r><w:t xml:space="preserve">正文</w:t></w:r></w:p><w:sectPr/></w:body>',
    );
  });
});
