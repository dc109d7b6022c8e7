/**
 * The full seed-001 report (fixture with 72 generated photos) imported and exported to PDF through
 * the CLI, once for the file; then read back with poppler and qpdf. Every page number the 目录 and
 * the lists print is checked against the page the entry's text is actually printed on, as the
 * folio at the foot of that page says.
 */
import path from 'node:path';
import { fixtureWithPhotos } from '../support/generate-photos';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { reportworksOk, type CliResult } from './cli-run';
import {
  folio,
  fonts,
  linkAnnotations,
  listEntries,
  outline,
  pageCount,
  pageLines,
  pageTexts,
  squeeze,
  startsLineOn,
  textIn,
  type ListEntry,
  type OutlineNode,
} from './pdf-reading';

// Chromium prints here: longer than the suite's short default (package.json).
jest.setTimeout(120_000);

const UNIT = '天津工业职业学院';
const TITLE = `${UNIT}职业教育质量年度报告（2025 年度）`;
const FRONT_TITLES = ['目录', '图目录', '表目录', '案例目录'];
const CHAPTERS = ['前言', '一、人才培养', '二、产教融合', '三、服务贡献', '四、国际合作', '五、文化传承', '六、发展保障', '七、挑战与展望'];

let dir: string;
let pdf: string;
let exported: CliResult;
/** Page texts as laid out, and in drawing order (see pageTexts). */
let pages: string[];
let drawn: string[];
/** Printed body folio → 0-based index of the physical page. */
let bodyPage: Map<number, number>;

beforeAll(async () => {
  dir = makeTempDir('rw-pdf-full-');
  const { markdown } = await fixtureWithPhotos(dir);
  const project = path.join(dir, '年报.rwproj');
  pdf = path.join(dir, '年报.pdf');
  await reportworksOk(['new', project, '--unit', UNIT, '--year', '2025', '--blank']);
  await reportworksOk(['import-md', project, markdown]);
  exported = await reportworksOk(['export', project, '--pdf', pdf]);
  pages = pageTexts(pdf);
  drawn = pageTexts(pdf, 'raw');
  bodyPage = new Map();
  pages.forEach((page, index) => {
    const printed = folio(page);
    if (printed !== null && /^\d+$/.test(printed)) bodyPage.set(Number(printed), index);
  });
}, 300_000);

afterAll(() => removeTempDir(dir));

/**
 * Whether a line of the page starts with `text`. poppler sometimes splits a line whose pieces sit on
 * slightly different baselines (mixed fonts) in one of its modes but not the other, so either counts.
 */
function startsLineOnPage(index: number, text: string): boolean {
  return startsLineOn(pages[index] as string, text) || startsLineOn(drawn[index] as string, text);
}

/** The entry's page as printed in the list, checked against where its text first starts a line. */
function expectOnPrintedPages(entries: readonly ListEntry[]): void {
  let from = 0;
  const misplaced: string[] = [];
  for (const entry of entries) {
    const printedOn = bodyPage.get(entry.page);
    // Reading order: the entry is the first line starting with its text after the previous entry.
    let found = -1;
    for (let index = from; index < pages.length && found < 0; index += 1) {
      if (folio(pages[index] as string)?.match(/^\d+$/) && startsLineOnPage(index, entry.text)) found = index;
    }
    if (printedOn === undefined || found !== printedOn) misplaced.push(`${entry.text}: listed on ${entry.page}, printed on ${found < 0 ? 'none' : folio(pages[found] as string)}`);
    if (found >= 0) from = found;
  }
  expect(misplaced).toEqual([]);
}

test('the CLI reports the file and its page count; the page count is that of a full report', () => {
  const count = pageCount(pdf);
  expect(exported.stdout).toBe(`已导出 ${pdf}（共 ${count} 页，警告 ${exported.stderr.split('\n').filter(Boolean).length} 条）。\n`);
  expect(count).toBeGreaterThanOrEqual(80);
  expect(count).toBeLessThanOrEqual(250);
  expect(pages).toHaveLength(count);
});

test('every font is embedded, as a CID TrueType subset: no Type 3 font anywhere (print shops, PDF/A)', () => {
  const rows = fonts(pdf);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.filter((row) => !row.embedded)).toEqual([]);
  expect(rows.filter((row) => row.type.includes('Type 3'))).toEqual([]);
  expect(rows.filter((row) => row.type !== 'CID TrueType')).toEqual([]);
});

test('chapter headings print in the bold 黑体 face', () => {
  const chapterPage = pages.findIndex((page, index) => /^\d+$/.test(folio(page) ?? '') && startsLineOnPage(index, '一、人才培养'));
  expect(chapterPage).toBeGreaterThan(0);
  const onPage = fonts(pdf, chapterPage + 1).map((row) => row.name.replace(/^[A-Z]{6}\+/, ''));
  expect(onPage).toEqual(expect.arrayContaining([expect.stringMatching(/^NotoSansSC.*-Bold$/)]));
});

test('cover and statement unnumbered, front matter I, II, … then the body “— 1 —” onwards, with the running head', () => {
  const folios = pages.map(folio);
  const firstFront = folios.indexOf('I');
  const firstBody = folios.indexOf('1');
  expect(firstFront).toBe(2);
  expect(folios.slice(0, 2)).toEqual([null, null]);
  expect(pageLines(pages[0] as string)).toContain(UNIT);
  expect(pageLines(pages[1] as string)).toContain('内容真实性责任声明');
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
  expect(folios.slice(firstFront, firstBody)).toEqual(roman.slice(0, firstBody - firstFront));
  expect(folios.slice(firstBody)).toEqual(pages.slice(firstBody).map((_, i) => String(i + 1)));
  for (const page of pages.slice(firstFront)) expect(pageLines(page)[0]).toBe(squeeze(TITLE));
  for (const page of pages.slice(0, 2)) expect(pageLines(page)).not.toContain(squeeze(TITLE));
});

test('目录 entries and cross-references are links to the page they name', async () => {
  const links = await linkAnnotations(pdf);
  const pageHeight = 841.92;
  const firstBody = [...bodyPage.values()][0] as number;
  const toc = links.filter((link) => link.page === 2);
  expect(toc.length).toBeGreaterThan(15);
  const wrong = toc.flatMap((link) => {
    const text = textIn(pdf, link.page, link.rect, pageHeight);
    const printed = /(\d+)$/.exec(text)?.[1];
    return printed !== undefined && bodyPage.get(Number(printed)) === link.target ? [] : [`${text} → ${link.target + 1}`];
  });
  expect(wrong).toEqual([]);
  // Cross-references in the body (见表 1-1, 如图 1-1 所示) lead to the page where that caption starts a line.
  const xrefs = links.filter((link) => link.page >= firstBody);
  expect(xrefs.length).toBeGreaterThan(20);
  let checked = 0;
  const broken = xrefs.flatMap((link) => {
    // The crop also catches the characters around the link (见, 、, 。); a label split over two
    // lines is two links, neither holding a whole label.
    const label = /(图|表|案例)(\d+-\d+)(?!\d)/.exec(textIn(pdf, link.page, link.rect, pageHeight));
    if (label === null) return [];
    checked += 1;
    // Matched on unsqueezed lines: in 图 1-9 2025 届… only the space ends the number.
    const caption = new RegExp(`^${label[1]}\\s*${label[2]}(?!\\d)`);
    const lines = [...(pages[link.target] ?? '').split('\n'), ...(drawn[link.target] ?? '').split('\n')].map((line) => line.trim());
    return lines.some((line) => caption.test(line)) ? [] : [`${label[0]} on ${link.page + 1} → ${link.target + 1}`];
  });
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(xrefs.length / 2);
});

test('the 目录 lists every chapter, and each chapter starts on the page it gives', () => {
  const toc = listEntries(pages, '目录', TITLE, FRONT_TITLES.filter((t) => t !== '目录'));
  expect(toc.length).toBeGreaterThan(100);
  for (const chapter of CHAPTERS) expect(toc.map((e) => e.text)).toContain(chapter);
  for (const chapter of CHAPTERS) {
    const entry = toc.find((e) => e.text === chapter) as ListEntry;
    // A chapter starts a page: its title is the first line under the running head.
    expect({ chapter, first: pageLines(pages[bodyPage.get(entry.page) as number] as string)[1] }).toEqual({ chapter, first: chapter });
  }
  expectOnPrintedPages(toc);
});

test.each([
  ['图目录', '图', 72],
  ['表目录', '表', 12],
  ['案例目录', '案例', 14],
])('the %s lists every %s on the page it is printed on', (title, label, count) => {
  const entries = listEntries(pages, title, TITLE, FRONT_TITLES.filter((t) => t !== title));
  expect(entries).toHaveLength(count);
  for (const entry of entries) expect(entry.text.startsWith(label)).toBe(true);
  expectOnPrintedPages(entries);
});

test('no heading or table caption is left as the last line of a page', () => {
  const toc = listEntries(pages, '目录', TITLE, FRONT_TITLES.filter((t) => t !== '目录')).map((e) => e.text);
  const tables = listEntries(pages, '表目录', TITLE, FRONT_TITLES.filter((t) => t !== '表目录')).map((e) => e.text);
  const stranded = [...bodyPage.values()].flatMap((index) => {
    const lines = pageLines(pages[index] as string);
    const last = lines[lines.length - 2] ?? '';
    return [...toc, ...tables].filter((heading) => heading === last).map((heading) => `${heading} (page ${folio(pages[index] as string)})`);
  });
  expect(stranded).toEqual([]);
});

test('the bookmarks hold the front pages, then the 目录 entries in order, each pointing at the page the 目录 gives', () => {
  const bookmarks = outline(pdf);
  expect(bookmarks.slice(0, 6).map((b) => b.title)).toEqual(['封面', '内容真实性责任声明', '目录', '图目录', '表目录', '案例目录']);
  expect(bookmarks.slice(0, 6).map((b) => b.page)).toEqual([1, 2, 3, ...FRONT_TITLES.slice(1).map((t) => pages.findIndex((p) => pageLines(p)[1] === t) + 1)]);
  const flat = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flat(n.kids)]);
  const headings = flat(bookmarks.slice(6));
  const toc = listEntries(pages, '目录', TITLE, FRONT_TITLES.filter((t) => t !== '目录'));
  expect(headings.map((h) => squeeze(h.title))).toEqual(toc.map((e) => e.text));
  expect(headings.map((h) => h.page)).toEqual(toc.map((e) => (bodyPage.get(e.page) ?? -1) + 1));
  const first = bookmarks.find((b) => b.title === '一、人才培养') as OutlineNode;
  expect(first.kids.map((k) => k.title)).toEqual(['（一）立德树人', '（二）多样成长', '（三）数智赋能', '（四）高质就业']);
});
