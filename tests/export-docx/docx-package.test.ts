/**
 * The packed .docx of the small test report, read back part by part: tables and merged cells,
 * fields with their cached results, bookmarks, sections and page-number formats, fonts, styles,
 * settings and images.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import type { AssembledDocx } from '../../electron/export/docx/assemble';
import { buildDocx, exportDocxBytes } from '../../electron/export/docx/export-docx';
import { compileParts, packedParts, writePackage, type PackageHooks, type PackageParts } from '../../electron/export/docx/package-docx';
import { readZipEntries } from '../../electron/export/docx/zip-format';
import { Project } from '../../electron/project-store/project';
import type { NumberingScheme } from '../../shared/model/settings';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { buildSmallReport, complexFields, count, docxParts, partText, type FieldInXml } from './support';
import { rawDatabase } from '../../electron/project-store/raw-database';

let dir: string;
const packages = new Map<NumberingScheme, { bytes: Uint8Array; parts: Map<string, Buffer>; warnings: readonly string[]; assets: string[] }>();

beforeAll(async () => {
  dir = makeTempDir('rw-docx-');
  for (const scheme of ['chapter', 'global'] as const) {
    const { file } = await buildSmallReport(dir, scheme);
    const project = Project.open(file, { readOnly: true });
    try {
      const { bytes, warnings } = await exportDocxBytes(project);
      const assets = (rawDatabase(project).prepare('SELECT sha256 FROM asset ORDER BY sha256').all() as { sha256: string }[]).map((r) => r.sha256);
      packages.set(scheme, { bytes, parts: docxParts(bytes), warnings, assets });
    } finally {
      project.close();
    }
  }
});

afterAll(() => removeTempDir(dir));

const documentXml = (scheme: NumberingScheme = 'chapter'): string => partText(packages.get(scheme)?.parts as Map<string, Buffer>, 'word/document.xml');
const fieldsOf = (scheme: NumberingScheme, kind: string): FieldInXml[] => complexFields(documentXml(scheme)).filter((f) => f.instruction.startsWith(`${kind} `));

describe('tables', () => {
  test('two data tables, two case boxes and the 编写分工 table', () => {
    expect(count(documentXml(), /<w:tbl>/)).toBe(5);
  });

  test('merged cells: gridSpan for column spans, vMerge restart + continuation for row spans', () => {
    const xml = documentXml();
    expect(count(xml, /<w:gridSpan w:val="2"\/>/)).toBe(2);
    expect(count(xml, /<w:vMerge w:val="restart"\/>/)).toBe(2);
    expect(count(xml, /<w:vMerge w:val="continue"\/>/)).toBe(2);
  });

  test('header rows repeat, widths are explicit and add up to the text width, layout is fixed', () => {
    const xml = documentXml();
    expect(count(xml, /<w:tblHeader\/>/)).toBe(2 + 1 + 1);
    const merged = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    const grid = [...merged.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    // 公文 preset: 210 − 28 − 26 = 156 mm of text width.
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(merged).toContain('<w:tblLayout w:type="fixed"/>');
    expect(merged).toMatch(/<w:tblW (?=[^>]*w:w="8844")(?=[^>]*w:type="dxa")[^>]*\/>/);
  });

  test('numbers are right-aligned, header cells centred', () => {
    const xml = documentXml();
    const cellParagraph = (text: string): string => {
      const at = xml.indexOf(`>${text}</w:t>`);
      return xml.slice(xml.lastIndexOf('<w:p>', at), at);
    };
    expect(cellParagraph('120')).toContain('<w:jc w:val="right"/>');
    expect(cellParagraph('1,106')).toContain('<w:jc w:val="right"/>');
    expect(cellParagraph('院系')).toContain('<w:jc w:val="center"/>');
    expect(cellParagraph('数控技术')).toContain('<w:jc w:val="left"/>');
  });
});

describe('fields carry their computed results', () => {
  test('chapter scheme: SEQ fields restart per chapter and cache their ordinals', () => {
    expect(fieldsOf('chapter', 'SEQ')).toEqual([
      { instruction: 'SEQ 表 \\* ARABIC \\r 1', result: '1' },
      { instruction: 'SEQ 图 \\* ARABIC \\r 1', result: '1' },
      { instruction: 'SEQ 案例 \\* ARABIC \\r 1', result: '1' },
      { instruction: 'SEQ 图 \\* ARABIC', result: '2' },
      { instruction: 'SEQ 表 \\* ARABIC \\r 1', result: '1' },
      { instruction: 'SEQ 图 \\* ARABIC \\r 1', result: '1' },
      { instruction: 'SEQ 案例 \\* ARABIC \\r 1', result: '1' },
    ]);
    // The chapter prefix is text right before the field: 表 1-<SEQ>.
    expect(documentXml()).toMatch(/>表 1-<\/w:t><\/w:r><w:r><w:fldChar w:fldCharType="begin"\/>/);
  });

  test('global scheme: plain running SEQ fields', () => {
    expect(fieldsOf('global', 'SEQ').map((f) => `${f.instruction}=${f.result}`)).toEqual([
      'SEQ 表 \\* ARABIC=1',
      'SEQ 图 \\* ARABIC=1',
      'SEQ 案例 \\* ARABIC=1',
      'SEQ 图 \\* ARABIC=2',
      'SEQ 表 \\* ARABIC=2',
      'SEQ 图 \\* ARABIC=3',
      'SEQ 案例 \\* ARABIC=2',
    ]);
  });

  test('cross-references are REF fields to bookmarks on caption numbers, with the number as result', () => {
    const refs = fieldsOf('chapter', 'REF');
    expect(refs.map((f) => `${f.instruction}=${f.result}`)).toEqual([
      'REF _Rw_tMerged \\h=表 1-1',
      'REF _Rw_fig1 \\h=图 1-1',
      'REF _Rw_fig1 \\h=图 1-1',
      'REF _Rw_case1 \\h=案例 1-1',
      'REF _Rw_h1 \\h=1.形成大思政育人格局',
      'REF _Rw_tSimple \\h=表 2-1',
      'REF _Rw_fig1 \\h=图 1-1',
    ]);
    const xml = documentXml();
    // Every REF target is a bookmark that holds exactly the label and number (plus the SEQ field).
    for (const ref of refs) {
      const name = ref.instruction.split(' ')[1] as string;
      expect(xml).toContain(`w:name="${name}"`);
    }
    const bookmark = xml.slice(xml.indexOf('w:name="_Rw_tMerged"'), xml.indexOf('<w:bookmarkEnd', xml.indexOf('w:name="_Rw_tMerged"')));
    expect(complexFields(bookmark).map((f) => f.result)).toEqual(['1']);
    expect(bookmark).toContain('>表 1-</w:t>');
    expect(count(xml, /<w:bookmarkStart /)).toBe(count(xml, /<w:bookmarkEnd /));
    expect(xml).toContain('［引用失效］');
  });

  test('table of contents and lists of figures, tables and cases: TOC fields with cached entries', () => {
    const tocs = fieldsOf('chapter', 'TOC');
    expect(tocs.map((f) => f.instruction)).toEqual(['TOC \\o "1-3" \\h \\z \\u', 'TOC \\h \\z \\c "图"', 'TOC \\h \\z \\c "表"', 'TOC \\h \\z \\c "案例"']);
    const [toc, figures] = tocs as [FieldInXml, FieldInXml];
    expect(toc.result).toMatch(/^前言\d*一、人才培养\d*（一）立德树人\d*1\.形成大思政育人格局\d*/);
    expect(figures.result).toMatch(/^图 1-1 青年代表参加活动\d+图 1-2 红色研学现场\d+图 2-1 校企合作签约仪式\d+$/);
    // Entries link to bookmarks that exist.
    const xml = documentXml();
    const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    const names = new Set([...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]));
    expect(anchors.length).toBeGreaterThan(30);
    expect(anchors.filter((a) => !names.has(a))).toEqual([]);
  });

  test('settings ask Word to update fields when the file is opened', () => {
    const settings = partText(packages.get('chapter')?.parts as Map<string, Buffer>, 'word/settings.xml');
    expect(settings).toMatch(/<w:updateFields( w:val="(true|1|on)")?\/>/);
  });
});

describe('sections and page numbers', () => {
  test('unnumbered front pages, upper-roman front matter (— I —, as the PDF), body from 1 in arabic, "— PAGE —" footers', () => {
    const xml = documentXml();
    const sections = [...xml.matchAll(/<w:sectPr>([\s\S]*?)<\/w:sectPr>/g)].map((m) => m[1] as string);
    expect(sections).toHaveLength(3);
    expect(sections[0]).not.toMatch(/<w:pgNumType w:/);
    expect(sections[0]).not.toContain('<w:footerReference');
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1" w:fmt="upperRoman"\/>/);
    expect(sections[2]).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
    const parts = packages.get('chapter')?.parts as Map<string, Buffer>;
    const footers = [...parts.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k)).map((k) => partText(parts, k));
    expect(footers.map((f) => complexFields(f))).toEqual(
      expect.arrayContaining([[{ instruction: 'PAGE', result: 'I' }], [{ instruction: 'PAGE', result: '1' }]]),
    );
    for (const footer of footers) expect(footer).toMatch(/>— <\/w:t>[\s\S]*> —<\/w:t>/);
    const headers = [...parts.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => partText(parts, k));
    for (const header of headers) expect(header).toContain('天津工业职业学院职业教育质量年度报告（2025 年度）');
  });
});

describe('fonts and styles', () => {
  const styles = (): string => partText(packages.get('chapter')?.parts as Map<string, Buffer>, 'word/styles.xml');

  test('named styles are defined once each', () => {
    const names = [...styles().matchAll(/<w:name w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    for (const name of ['Normal', 'heading 1', 'heading 2', 'heading 3', 'heading 4', 'caption', '数据来源', '案例标题', '案例正文', '表格文字', 'toc 1', 'toc 2', 'toc 3', 'table of figures']) {
      expect(names.filter((n) => n === name)).toEqual([name]);
    }
  });

  test('headings carry outline levels, so the TOC \\u switch (WPS) and \\o (Word) both find them', () => {
    const xml = styles();
    for (let level = 1; level <= 4; level++) {
      const style = xml.slice(xml.indexOf(`w:styleId="Heading${level}"`), xml.indexOf('</w:style>', xml.indexOf(`w:styleId="Heading${level}"`)));
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
  });

  test('East Asian fonts with hint, Times New Roman for Latin and digits, zh-CN language, two-character indent', () => {
    const xml = styles();
    expect(xml).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:hint="eastAsia"\/>/);
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    expect(xml).toMatch(/<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
    expect(xml).toMatch(/<w:spacing w:after="0" w:before="0" w:line="560" w:lineRule="exact"\/>/);
  });

  test('each heading level is stronger than the next: larger, or as large and bold where the next is not', () => {
    const xml = styles();
    const levels = [1, 2, 3, 4].map((level) => {
      const start = xml.indexOf(`w:styleId="Heading${level}"`);
      const style = xml.slice(start, xml.indexOf('</w:style>', start));
      return { level, halfPoints: Number(/<w:sz w:val="(\d+)"\/>/.exec(style)?.[1]), bold: /<w:b\/>/.test(style) };
    });
    // 公文: 黑体 小二 bold, 黑体 三号 bold, 仿宋 三号 bold, 仿宋 三号.
    expect(levels).toEqual([
      { level: 1, halfPoints: 36, bold: true },
      { level: 2, halfPoints: 32, bold: true },
      { level: 3, halfPoints: 32, bold: true },
      { level: 4, halfPoints: 32, bold: false },
    ]);
    expect(xml.slice(xml.indexOf('w:styleId="Heading2"'), xml.indexOf('w:styleId="Heading3"'))).toContain('w:eastAsia="黑体"');
    expect(xml.slice(xml.indexOf('w:styleId="Heading3"'), xml.indexOf('w:styleId="Heading4"'))).toContain('w:eastAsia="仿宋_GB2312"');
  });

  test('the font table names each preset font with the font to use where it is missing; no font is embedded', () => {
    const parts = packages.get('chapter')?.parts as Map<string, Buffer>;
    const table = partText(parts, 'word/fontTable.xml');
    const alt = (name: string): string | undefined => new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"/><w:charset w:val="86"/>`).exec(table)?.[1];
    expect([alt('仿宋_GB2312'), alt('楷体_GB2312'), alt('黑体'), alt('宋体'), alt('方正小标宋简体')]).toEqual(['仿宋', '楷体', 'SimHei', 'SimSun', '宋体']);
    expect(table).toContain('<w:font w:name="Times New Roman">');
    expect(table).not.toMatch(/w:embed/);
    expect([...parts.keys()].filter((name) => name.startsWith('word/fonts/') || /\.odttf$/.test(name))).toEqual([]);
  });
});

describe('images', () => {
  test('each distinct image is embedded once, stored (not deflated), byte for byte as the project holds it', () => {
    const { bytes, assets } = packages.get('chapter') as { bytes: Uint8Array; assets: string[] };
    const media = readZipEntries(bytes).filter((e) => e.name.startsWith('word/media/'));
    expect(media.map((e) => e.method)).toEqual([0, 0]);
    expect(media.map((e) => crypto.createHash('sha256').update(e.data).digest('hex')).sort()).toEqual(assets);
    // Four pictures in the text (the case figure twice: in the body and in the appendix copy).
    expect(count(documentXml(), /<w:drawing>/)).toBe(4);
  });

  test('figures are scaled to their share of the text width, keeping the aspect ratio', () => {
    const extents = [...documentXml().matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    // 8844 twips of text width = 589.6 px; fig1 is 60 % of it, 400×300.
    const [cx, cy] = extents[0] as readonly [number, number];
    expect(Math.round(cx / 9525)).toBe(Math.round((8844 / 15) * 0.6));
    expect(cy / cx).toBeCloseTo(0.75, 2);
  });
});

test('the statement and the cover are in the document', () => {
  const xml = documentXml();
  expect(xml).toContain('学校对天津工业职业学院职业教育质量年度报告（2025年度）的真实性、完整性和准确性负责。');
  expect(xml).toContain('法定代表人（签名）：');
  expect(xml).toContain('TIANJIN POLYTECHNIC COLLEGE');
});

test('the fast path (docx’s compiler) and the public one (Packer.pack, unzipped) give the same package', async () => {
  const project = Project.open(path.join(dir, 'small-chapter.rwproj'), { readOnly: true });
  try {
    const hooks: PackageHooks = { imageBytes: (sha) => project.asset(sha)?.bytes ?? new Uint8Array() };
    const write = (parts: PackageParts, assembled: AssembledDocx): Map<string, Buffer> => {
      const chunks: Uint8Array[] = [];
      writePackage(parts, assembled, (chunk) => chunks.push(chunk), hooks);
      return docxParts(Buffer.concat(chunks));
    };
    const first = buildDocx(project).assembled;
    const compiled = compileParts(first.scaffold);
    expect(compiled).toBeDefined();
    const fast = write(compiled as PackageParts, first);
    const second = buildDocx(project).assembled;
    const slow = write(await packedParts(second.scaffold), second);
    expect([...fast.keys()]).toEqual([...slow.keys()]);
    // Creation times differ between the two runs; everything else is the same, byte for byte.
    const timeless = (b: Buffer): string => b.toString('latin1').replace(/<dcterms:(created|modified)[^<]*<\/dcterms:\1>/g, '');
    for (const [name, bytes] of fast) expect({ name, same: timeless(bytes) === timeless(slow.get(name) as Buffer) }).toEqual({ name, same: true });
  } finally {
    project.close();
  }
});
