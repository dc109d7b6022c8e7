/**
 * How content breaks across pages, on small reports made for each case and read back with poppler:
 * table header rows repeat, case boxes split with their border on every piece, a figure that does
 * not fit moves whole with its caption, and a heading never ends a page.
 */
import path from 'node:path';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { folio, imagePages, pageLines, pageTexts, renderPage, rowsWhere } from './pdf-reading';
import { buildReport, caseBox, engine, exportFile, figure, heading, longTable, oneLine, paragraph } from './small-reports';

let dir: string;

beforeAll(() => {
  dir = makeTempDir('rw-pdf-layout-');
});

afterAll(async () => {
  await engine.close();
  removeTempDir(dir);
});

/** Exports a report and returns its body pages' text (the pages with arabic folios). */
async function exportBody(name: string, photos: number, chapters: Parameters<typeof buildReport>[2]): Promise<{ pdf: string; pages: string[]; firstBody: number }> {
  const file = path.join(dir, `${name}.rwproj`);
  const pdf = path.join(dir, `${name}.pdf`);
  await buildReport(file, photos, chapters);
  await exportFile(file, pdf);
  const all = pageTexts(pdf);
  const firstBody = all.findIndex((page) => folio(page) === '1');
  return { pdf, pages: all.slice(firstBody), firstBody };
}

const pagesWith = (pages: readonly string[], text: string): number[] => pages.flatMap((page, i) => (pageLines(page).some((line) => line.includes(text)) ? [i] : []));

test('a table longer than a page repeats its header row at the top of each following page', async () => {
  const { pages } = await exportBody('table', 0, () => [{ title: '表格', content: [paragraph('下表列出各专业的去向落实率。'), longTable(70, '各专业毕业生去向落实率'), paragraph('表格之后的正文。')] }]);
  // Row r prints as “专业r   (100 + r - 1)   9x.xx%”, on exactly one page (rows never split).
  const rowPages = Array.from({ length: 70 }, (_, r) => {
    const row = new RegExp(`^专业${r + 1}\\s+${100 + r}\\s+\\d+\\.\\d+%$`);
    return pages.flatMap((page, i) => page.split('\n').filter((line) => row.test(line.trim())).map(() => i));
  });
  expect(rowPages.filter((found) => found.length !== 1)).toEqual([]);
  const order = rowPages.map((found) => found[0] as number);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  const tablePages = [...new Set(order)];
  expect(tablePages.length).toBeGreaterThanOrEqual(2);
  for (const page of tablePages.slice(1)) {
    // Line 0 is the running head; the repeated header row comes right under it.
    expect({ page, second: pageLines(pages[page] as string)[1] }).toEqual({ page, second: '专业名称毕业生人数去向落实率' });
  }
  expect(pageLines(pages[tablePages[0] as number] as string)).toContain('专业名称毕业生人数去向落实率');
  // The caption is not repeated.
  expect(pagesWith(pages, '表1-1各专业毕业生去向落实率')).toHaveLength(1);
});

test('a case box longer than a page splits with its border closed on both pieces', async () => {
  const text = (n: number) => paragraph(`案例正文第${n}段：学院组织学生深入企业开展岗位实践，校企双导师共同指导，学生的职业能力明显提升。`);
  const { pdf, pages, firstBody } = await exportBody('case', 0, () => [
    { title: '案例', content: [paragraph('以下是一个较长的案例。'), caseBox('长案例 跨页排版', Array.from({ length: 40 }, (_, i) => text(i + 1))), paragraph('案例之后的正文。')] },
  ]);
  const casePages = [...new Set(Array.from({ length: 40 }, (_, i) => pagesWith(pages, `案例正文第${i + 1}段`)).flat())].sort((a, b) => a - b);
  expect(casePages.length).toBeGreaterThanOrEqual(2);
  expect(pagesWith(pages, '案例1-1长案例跨页排版')).toEqual([0]);
  // The box border (#5B7FA6) as horizontal lines: a piece that continues on the next page keeps its
  // bottom border, and the next piece starts with a top border (box-decoration-break: clone).
  const dpi = 100;
  const mm = dpi / 25.4;
  const bluish = (r: number, g: number, b: number): boolean => b - r > 40 && b < 215 && r < 160;
  const first = rowsWhere(await renderPage(pdf, firstBody + (casePages[0] as number), dpi), 0.5, bluish);
  const next = rowsWhere(await renderPage(pdf, firstBody + (casePages[1] as number), dpi), 0.5, bluish);
  const pageHeight = 297 * mm;
  // 公文 margins: top 37 mm, bottom 35 mm.
  expect(first.some((y) => y > pageHeight - 35 * mm - 15 * mm && y < pageHeight - 35 * mm + 2 * mm)).toBe(true);
  expect(next.some((y) => y > 37 * mm - 2 * mm && y < 37 * mm + 15 * mm)).toBe(true);
});

test('a figure that does not fit at the foot of a page moves whole to the next page with its caption', async () => {
  // Each chapter starts a page. With 8 to 12 lines before it, a full-width photo (104 mm tall) ends
  // up, in at least one chapter, where the image would still fit but its caption would not.
  const counts = [8, 9, 10, 11, 12];
  const { pdf, pages, firstBody } = await exportBody('figure', counts.length, (photos) =>
    counts.map((count, i) => ({
      title: `第${count}组`,
      content: [...Array.from({ length: count }, (_, n) => oneLine(n + 1, `F${count}`)), figure(photos[i] as string, `第${count}组的照片`, 100), oneLine(99, `F${count}`)],
    })),
  );
  const images = imagePages(pdf).map((page) => page - 1 - firstBody);
  expect(images).toHaveLength(counts.length);
  const placed = counts.map((count, i) => ({
    count,
    lastLine: pagesWith(pages, `F${count}组第${String(count).padStart(2, '0')}行`)[0],
    image: images[i],
    caption: pagesWith(pages, `第${count}组的照片`)[0],
  }));
  for (const { count, image, caption } of placed) expect({ count, image }).toEqual({ count, image: caption });
  // The case the rule exists for happened: a figure went to the next page, leaving room behind.
  expect(placed.some(({ lastLine, image }) => lastLine !== undefined && image !== undefined && image > lastLine)).toBe(true);
});

test('a heading is never the last line of a page: it moves on with the paragraph after it', async () => {
  // Each chapter starts a page; 17 to 21 one-line paragraphs put its heading at or near the foot.
  const counts = [17, 18, 19, 20, 21];
  const { pages } = await exportBody('headings', 0, () =>
    counts.map((count) => ({
      title: `第${count}组`,
      content: [...Array.from({ length: count }, (_, i) => oneLine(i + 1, `G${count}`)), heading(`第${count}组小标题`), paragraph(`第${count}组小标题后的第一段正文。`)],
    })),
  );
  const placed = counts.map((count) => ({
    count,
    lastLine: pagesWith(pages, `G${count}组第${count}行`)[0],
    heading: pagesWith(pages, `第${count}组小标题`).find((p) => pageLines(pages[p] as string).some((l) => l.endsWith(`第${count}组小标题`))),
    next: pagesWith(pages, `第${count}组小标题后的第一段`)[0],
  }));
  for (const { count, heading: at, next } of placed) expect({ count, at }).toEqual({ count, at: next });
  // The case the rule exists for happened: a heading that would have fitted went to the next page.
  expect(placed.some(({ lastLine, heading: at }) => at !== undefined && lastLine !== undefined && at > lastLine)).toBe(true);
});
