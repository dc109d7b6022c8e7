/**
 * Charts in the exports, read back with independent tools: in the PDF as vector paths with text
 * (pdftotext, pdfimages: no raster image; qpdf: path operators filled with the palette's colour),
 * in Word as a 300 dpi PNG at its printed width with alternative text (the package read with fflate,
 * the PNG with sharp); in the 图目录 of both. A chart whose table is gone exports its last picture
 * with a warning.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import sharp from 'sharp';
import { Project } from '../../electron/project-store/project';
import { exportDocxBytes } from '../../electron/export/docx/export-docx';
import { chartSpec } from '../../shared/charts/chart-spec';
import type { FigureElement } from '../../shared/model/document';
import { buildReport, exportFile, engine, paragraph } from '../export-pdf/small-reports';
import { imagePages, pageTexts, squeeze } from '../export-pdf/pdf-reading';
import { tableFromSpec } from '../tables/table-spec';
import { makeTempDir } from '../support/temp-files';

let dir: string;
let file: string;

const TABLE = { ...tableFromSpec([['院系', '人数', '占比'], ['机械工程系', '939', '28.14%'], ['智能技术系', '806', '24.15%'], ['经济管理系', '571', '17.11%'], ['合计', '2316', '69.40%']], { headerRows: 1 }), id: 'tbl1', caption: '2025 届毕业生院系分布' };

const chartFigure = (id: string, caption: string, chart: FigureElement['chart']): FigureElement => ({
  type: 'figure', id, asset: null, caption, source: '全国高校毕业生就业管理系统', width: 80, chart, children: [{ text: '' }],
});

beforeAll(async () => {
  dir = makeTempDir('rw-chart-export-');
  file = path.join(dir, 'charts.rwproj');
  await buildReport(file, 0, () => [
    {
      title: '学生发展',
      content: [
        paragraph('毕业生按院系分布如下。'),
        TABLE,
        chartFigure('fig-live', '2025 届毕业生人数与占比', chartSpec('tbl1', 'combo', { unit: '人' })),
        chartFigure('fig-gone', '已删除表格的图表', chartSpec('tbl-deleted', 'pie', {
          snapshot: { categories: ['旧类别甲', '旧类别乙'], series: [{ name: '人数', values: [3, 5], percent: false, secondary: false }] },
        })),
      ],
    },
  ]);
});

afterAll(async () => {
  await engine.close();
  if (process.env.KEEP_CHART_EXPORT !== '1') fs.rmSync(dir, { recursive: true, force: true });
});

test('PDF: vector chart, no raster image, in 图目录, a warning for the deleted table', async () => {
  const out = path.join(dir, 'charts.pdf');
  const result = await exportFile(file, out);
  expect(imagePages(out)).toEqual([]);
  const text = squeeze(pageTexts(out).join('\n'));
  for (const label of ['机械工程系', '智能技术系', '经济管理系', '28.14%', '旧类别甲', '图1-1', '2025届毕业生人数与占比', '来源：全国高校毕业生就业管理系统']) expect(text).toContain(squeeze(label));
  // The 合计 row is not drawn: 2316 appears once (the table), never as a bar label.
  expect(text.split('2316').length - 1).toBe(1);
  // 图目录 lists both charts.
  expect(text).toMatch(/图目录.*图1-1.*2025届毕业生人数与占比.*图1-2.*已删除表格的图表/);
  expect(result.warnings.join('\n')).toMatch(/图 1-2 的图表：图表所依据的表格已被删除.*已导出最后一次的图形/);
  // The bars are paths filled with the palette's darkest fill (#1d3557 → 0.113 0.208 0.341 rg).
  const qdf = path.join(dir, 'charts.qdf.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', out, qdf]);
  const content = fs.readFileSync(qdf, 'latin1');
  expect(content).toMatch(/(?:^|\s)0?\.1137 0?\.2078 0?\.3412 rg/m);
  expect((content.match(/ (?:re|l|c)$/gm) ?? []).length).toBeGreaterThan(100);
});

test('Word: a 300 dpi PNG at the printed width with alternative text; charts in the list of figures', async () => {
  const project = Project.open(file, { readOnly: true });
  let bytes: Uint8Array;
  let warnings: readonly string[];
  try {
    ({ bytes, warnings } = await exportDocxBytes(project));
  } finally {
    project.close();
  }
  const files = unzipSync(bytes);
  const pngs = Object.keys(files).filter((name) => /^word\/media\/image\d+\.png$/.test(name));
  expect(pngs).toHaveLength(2);
  const documentXml = strFromU8(files['word/document.xml'] as Uint8Array);
  // Printed width of each picture (EMU, 914400 per inch) and the PNG's pixels.
  const extents = [...documentXml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => Number(m[1]) / 914400);
  expect(extents).toHaveLength(2);
  for (const [i, name] of pngs.entries()) {
    const meta = await sharp(Buffer.from(files[name] as Uint8Array)).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBeGreaterThanOrEqual(Math.floor((extents[i] as number) * 300));
    expect(meta.density).toBe(300);
  }
  const descriptions = [...documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
  expect(descriptions[0]).toMatch(/^柱形 \+ 折线（次坐标轴）：2025 届毕业生人数与占比。人数：机械工程系 939，智能技术系 806，经济管理系 571；占比：机械工程系 28\.14%/);
  expect(descriptions[1]).toMatch(/饼图：已删除表格的图表。人数：旧类别甲 3，旧类别乙 5/);
  expect(documentXml).toMatch(/SEQ 图/);
  expect(warnings.join('\n')).toMatch(/图 1-2 的图表：图表所依据的表格已被删除/);
  // The chart's picture: dark bars present (not an empty or transparent image).
  const { data, info } = await sharp(Buffer.from(files[pngs[0] as string] as Uint8Array)).raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let p = 0; p < data.length; p += info.channels) if ((data[p] as number) < 60 && (data[p + 2] as number) > 60 && (data[p + 2] as number) < 110) dark++;
  expect(dark / (info.width * info.height)).toBeGreaterThan(0.02);
});
