/**
 * Column widths follow content and short tables stay whole, read back from real output: the PDF
 * through poppler (a long unit name stays on one line, 序号 is narrow; an 8-row table and its caption
 * share a page wherever the text before it ends) and the Word file's grid (same proportions) and rows.
 */
import path from 'node:path';
import { exportDocxBytes } from '../../electron/export/docx/export-docx';
import { Project } from '../../electron/project-store/project';
import type { TableElement } from '../../shared/tables/table-types';
import { docxParts, partText } from '../export-docx/support';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { folio, pageLines, pageTexts } from './pdf-reading';
import { buildReport, engine, exportFile, oneLine, paragraph, type Chapter } from './small-reports';

const NAMES = ['天津市滨海新区智能制造产业园区管理委员会', '中国石油化工股份有限公司天津分公司', '天津港集团有限公司'];

/** 序号 | 单位名称 | 接收人数, `rows` body rows, tagged so each table's rows can be found. */
function employerTable(tag: string, rows: number, caption: string): TableElement {
  let n = 0;
  const cell = (text: string) => ({ type: 'table-cell' as const, id: `${tag}c${(n += 1)}`, children: [{ text }] });
  const header = { type: 'table-row' as const, id: `${tag}r0`, children: ['序号', '单位名称', '接收人数'].map(cell) };
  const body = Array.from({ length: rows }, (_, r) => ({
    type: 'table-row' as const,
    id: `${tag}r${r + 1}`,
    children: [cell(String(r + 1)), cell(`${NAMES[r % NAMES.length]}${tag}`), cell(String(100 + r))],
  }));
  return {
    type: 'table',
    id: `${tag}t`,
    caption,
    source: '学院就业系统',
    headerRows: 1,
    columns: [
      { id: 'a', width: 1 },
      { id: 'b', width: 1 },
      { id: 'c', width: 1 },
    ],
    children: [header, ...body],
  };
}

let dir: string;
let pages: string[];
let file: string;
// Chapters whose text before the table ends at different heights of the page, so that in some of
// them the table would have to split if it were allowed to.
const FILLS = [12, 14, 15, 16, 17, 18, 19];

beforeAll(async () => {
  dir = makeTempDir('rw-table-widths-');
  file = path.join(dir, 'widths.rwproj');
  const pdf = path.join(dir, 'widths.pdf');
  await buildReport(file, 0, () =>
    FILLS.map((fill, i): Chapter => ({
      title: `第${i + 1}章`,
      content: [paragraph('下表列出主要就业单位。'), ...Array.from({ length: fill }, (_, k) => oneLine(k + 1, `G${i}`)), employerTable(`T${i}`, 8, `主要就业单位${i + 1}`)],
    })),
  );
  await exportFile(file, pdf);
  const all = pageTexts(pdf);
  pages = all.slice(all.findIndex((page) => folio(page) === '1'));
}, 120_000);

afterAll(async () => {
  await engine.close();
  removeTempDir(dir);
});

const pagesWith = (text: string): number[] => pages.flatMap((page, i) => (pageLines(page).some((line) => line.includes(text)) ? [i] : []));

test('a long unit name prints on one line beside its 序号 and count (widths follow the content)', () => {
  // With three equal columns (52 mm each) the 20-character name would wrap over two lines.
  const line = pages.flatMap(pageLines).find((l) => l.includes('管理委员会T0'));
  expect(line).toBe('1天津市滨海新区智能制造产业园区管理委员会T0100');
});

test('every 8-row table stays on one page with its caption, wherever the text before it ends', () => {
  const placement = FILLS.map((_, i) => {
    const caption = pagesWith(`主要就业单位${i + 1}`);
    const rows = Array.from({ length: 8 }, (_, r) => pagesWith(`${NAMES[r % NAMES.length]}T${i}`)[0]);
    return { table: i, pages: [...new Set([...caption, ...rows])] };
  });
  expect(placement.filter((p) => p.pages.length !== 1)).toEqual([]);
});

test('the Word file gets the same proportions and keeps short tables together', async () => {
  const project = Project.open(file, { readOnly: true });
  try {
    const xml = partText(docxParts((await exportDocxBytes(project)).bytes), 'word/document.xml');
    const start = xml.indexOf('主要就业单位1');
    const tbl = xml.slice(xml.indexOf('<w:tbl>', start), xml.indexOf('</w:tbl>', start));
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    const total = grid.reduce((a, b) => a + b, 0);
    expect((grid[0] as number) / total).toBeLessThan(0.15);
    expect((grid[1] as number) / total).toBeGreaterThan(0.55);
    // keepNext on the paragraphs of every row but the last (9 rows → 8 with keepNext).
    const rows = tbl.split('<w:tr>').slice(1);
    expect(rows.map((row) => row.includes('<w:keepNext/>'))).toEqual([true, true, true, true, true, true, true, true, false]);
    // 序号 cells print centred, counts on the right.
    expect(rows[1]).toMatch(/<w:jc w:val="center"\/>.*>1<\/w:t>/s);
    expect(rows[1]).toMatch(/<w:jc w:val="right"\/>.*>100<\/w:t>/s);
  } finally {
    project.close();
  }
});
