/**
 * Fonts in the exported PDF (issue items 6 and 7), on a small report that uses every text style:
 * - no Type 3 font (Chromium writes CFF faces such as an installed Noto CJK, and every synthesised
 *   bold, as Type 3), and the text in embedded CID TrueType subsets of the shipped faces;
 * - each heading level visibly stronger than the next, measured as poppler draws the page: the ink
 *   of a heading line per character, for headings of the same words.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Project } from '../../electron/project-store/project';
import type { StylePreset } from '../../shared/model/settings';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { fonts, pageTexts, folio, renderPage, type Raster } from './pdf-reading';
import { buildReport, caseBox, engine, exportFile, heading, longTable, paragraph } from './small-reports';

// Chromium prints here: longer than the suite's short default (package.json).
jest.setTimeout(120_000);

/** The same words under every heading level, so only the style differs. */
const WORDS = '深化产教融合';
const CHAPTER = `人才培养${WORDS}`;

let dir: string;

beforeAll(() => {
  dir = makeTempDir('rw-pdf-fonts-');
});

afterAll(async () => {
  await engine.close();
  removeTempDir(dir);
});

async function exportWithPreset(preset: StylePreset): Promise<string> {
  const file = path.join(dir, `${preset}.rwproj`);
  const pdf = path.join(dir, `${preset}.pdf`);
  await buildReport(file, 1, (photos) => [
    {
      title: CHAPTER,
      content: [
        paragraph('正文段落：学院立德树人，坚持“三全育人”，毕业生去向落实率 95.6%。'),
        heading(`第二级${WORDS}`, 1),
        paragraph('正文段落。'),
        heading(`第三级${WORDS}`, 2),
        paragraph('正文段落。'),
        heading(`第四级${WORDS}`, 3),
        { type: 'paragraph', id: 'bold-run', children: [{ text: '加粗的正文', bold: true }, { text: '和不加粗的正文。' }] },
        caseBox('案例标题 楷体正文', [paragraph('案例正文用楷体排印，立德树人。')]),
        longTable(3, '各专业毕业生去向落实率'),
        { type: 'figure', id: 'fig', asset: photos[0] as string, caption: '实训基地', source: '学院', width: 60, children: [{ text: '' }] },
      ],
    },
  ]);
  const project = Project.open(file);
  try {
    project.updateSettings({ stylePreset: preset });
  } finally {
    project.close();
  }
  await exportFile(file, pdf);
  return pdf;
}

interface Line {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Text lines of one page with their boxes in points (pdftotext -bbox-layout). */
function pageLinesWithBoxes(pdf: string, page: number): Line[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', '-f', String(page + 1), '-l', String(page + 1), pdf, '-'], { encoding: 'utf8' });
  const lines: Line[] = [];
  for (const match of html.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
    const words = [...(match[5] as string).matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join('');
    lines.push({ text: words, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]) });
  }
  return lines;
}

/** Dark pixels inside a line's box (poppler's rendering), per character of the line. */
function inkPerCharacter(raster: Raster, line: Line, dpi: number): number {
  const scale = dpi / 72;
  let dark = 0;
  for (let y = Math.floor(line.yMin * scale); y < Math.ceil(line.yMax * scale); y += 1) {
    for (let x = Math.floor(line.xMin * scale); x < Math.ceil(line.xMax * scale); x += 1) {
      const at = (y * raster.width + x) * 3;
      if ((raster.data[at] as number) + (raster.data[at + 1] as number) + (raster.data[at + 2] as number) < 3 * 128) dark += 1;
    }
  }
  return dark / [...line.text].length;
}

describe.each<StylePreset>(['gongwen', 'report'])('preset %s', (preset) => {
  let pdf: string;

  beforeAll(async () => {
    pdf = await exportWithPreset(preset);
  }, 120_000);

  test('no Type 3 font: every font is an embedded CID TrueType subset of a shipped face', () => {
    const rows = fonts(pdf);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.type.includes('Type 3') || !row.embedded)).toEqual([]);
    expect(rows.filter((row) => row.type !== 'CID TrueType')).toEqual([]);
    const names = rows.map((row) => row.name.replace(/^[A-Z]{6}\+/, ''));
    // 黑体 bold (headings), the Song that stands in for 宋体/仿宋 regular and bold, 楷体 (case bodies).
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^NotoSansSC.*-Bold$/), expect.stringMatching(/^NotoSerifSC.*-Regular$/), expect.stringMatching(/^NotoSerifSC.*-Bold$/), 'LXGWWenKai-Regular']));
  });

  test('each heading level is visibly stronger than the next: more ink per character as poppler draws it', async () => {
    const pages = pageTexts(pdf);
    const page = pages.findIndex((text) => folio(text) === '1');
    expect(page).toBeGreaterThanOrEqual(0);
    const lines = pageLinesWithBoxes(pdf, page);
    const find = (text: string): Line => {
      const line = lines.find((l) => l.text.includes(text));
      if (line === undefined) throw new Error(`no line with ${text} on page ${page}: ${lines.map((l) => l.text).join(' | ')}`);
      return line;
    };
    const dpi = 150;
    const raster = await renderPage(pdf, page, dpi);
    const ink = [CHAPTER, `第二级${WORDS}`, `第三级${WORDS}`, `第四级${WORDS}`].map((text) => Math.round(inkPerCharacter(raster, find(text), dpi)));
    // Strictly decreasing, each level at least 10 % above the next: a difference the eye sees.
    const ratios = ink.slice(1).map((next, i) => (ink[i] as number) / next);
    expect({ ink, tooClose: ratios.filter((ratio) => ratio < 1.1) }).toEqual({ ink, tooClose: [] });
  });
});
