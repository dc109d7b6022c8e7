/**
 * The page numbers written into the Word file's 目录 and lists are estimates (page-estimate.ts):
 * Word replaces them when it updates the fields on opening, but LibreOffice and WPS print them as
 * written. So the full fixture, with a photo for every figure, is exported to .docx and laid out by
 * LibreOffice (one soffice run: it takes a minute), and every entry's printed number is checked
 * against the page its heading or caption actually lands on, as the folio at that page's foot says.
 * At least 95 % of each list must be within one page; the failure message gives the distribution.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { exportDocxToFile } from '../../electron/export/docx/export-docx';
import { importMarkdownIntoProject, prepareMarkdownImport } from '../../electron/import/import-markdown-file';
import { Project } from '../../electron/project-store/project';
import { folio, pageLines, pageTexts, squeeze, startsLineOn, type ListEntry } from '../export-pdf/pdf-reading';
import { fixtureWithPhotos } from '../support/generate-photos';
import { makeTempDir, removeTempDir } from '../support/temp-files';

const UNIT = '天津工业职业学院';
const RUNNING_HEAD = `${UNIT}职业教育质量年度报告（2025 年度）`;
const LISTS = ['目录', '图目录', '表目录', '案例目录'];
/** The lists the issue measured (表目录 is checked too, it just has few entries). */
const MIN_ENTRIES: Record<string, number> = { 目录: 100, 图目录: 60, 表目录: 5, 案例目录: 10 };
const SHARE_WITHIN_ONE_PAGE = 0.95;

let dir: string;
/** Page texts as laid out and in drawing order (a line poppler splits in one mode is whole in the other). */
let laid: string[];
let drawn: string[];

beforeAll(async () => {
  dir = makeTempDir('rw-toc-pages-');
  const { markdown } = await fixtureWithPhotos(dir);
  const file = path.join(dir, 'full.rwproj');
  Project.create(file, { unitName: UNIT, year: 2025 }).close();
  importMarkdownIntoProject(file, await prepareMarkdownImport(markdown));
  const project = Project.open(file, { readOnly: true });
  let docx: string;
  try {
    docx = (await exportDocxToFile(project, path.join(dir, 'full.docx'))).path;
  } finally {
    project.close();
  }
  // A profile of its own, so a LibreOffice already running elsewhere cannot swallow the job.
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 480_000, stdio: 'ignore' });
  const pdf = path.join(dir, 'full.pdf');
  if (!fs.existsSync(pdf)) throw new Error('LibreOffice did not convert full.docx');
  laid = pageTexts(pdf);
  drawn = pageTexts(pdf, 'raw');
}, 600_000);

afterAll(() => removeTempDir(dir));

/**
 * The entries of a list as LibreOffice prints them: from the page titled `title` up to the next
 * titled page or the body, each entry “text……n” (the dot leader is drawn as dots); an entry broken
 * over two lines (toc.ts breaks long ones) is joined with the line that carries its number.
 */
function printedEntries(title: string): ListEntry[] {
  const start = laid.findIndex((page) => pageLines(page).slice(0, 3).includes(title));
  const entries: ListEntry[] = [];
  for (let index = start; start >= 0 && index < laid.length; index += 1) {
    const lines = pageLines(laid[index] as string);
    if (index > start && (LISTS.some((other) => lines.slice(0, 3).includes(other)) || /^\d+$/.test(folio(laid[index] as string) ?? ''))) break;
    let pending = '';
    for (const line of lines) {
      const match = /^(.*?)(?:\.|…){3,}(\d+)$/.exec(line);
      if (match !== null) {
        entries.push({ text: pending + (match[1] as string), page: Number(match[2]) });
        pending = '';
      } else if (line !== title && line !== squeeze(RUNNING_HEAD) && !/^—.*—$/.test(line)) {
        pending += line;
      }
    }
  }
  return entries;
}

/** Printed body page → difference (printed − actual), in reading order; null when the text is not found. */
function offsets(entries: readonly ListEntry[]): (number | null)[] {
  let from = 0;
  return entries.map((entry) => {
    for (let index = from; index < laid.length; index += 1) {
      const printed = folio(laid[index] as string);
      if (printed === null || !/^\d+$/.test(printed)) continue;
      if (startsLineOn(laid[index] as string, entry.text) || startsLineOn(drawn[index] as string, entry.text)) {
        from = index;
        return entry.page - Number(printed);
      }
    }
    return null;
  });
}

describe.each(LISTS)('%s', (title) => {
  test('at least 95 % of the entries print a page within one of where LibreOffice lays the text out', () => {
    const entries = printedEntries(title);
    expect(entries.length).toBeGreaterThanOrEqual(MIN_ENTRIES[title] as number);
    const found = offsets(entries);
    const distribution = new Map<string, number>();
    for (const d of found) distribution.set(d === null ? 'not found' : String(d), (distribution.get(d === null ? 'not found' : String(d)) ?? 0) + 1);
    const within = found.filter((d) => d !== null && Math.abs(d) <= 1).length;
    const report = `${title}: ${within}/${entries.length} within ±1 page, ${found.filter((d) => d === 0).length} exact; printed − actual: ${[...distribution]
      .map(([d, n]) => `${d}: ${n}`)
      .join(', ')}; off by more than a page: ${entries
      .filter((_, i) => found[i] === null || Math.abs(found[i] as number) > 1)
      .map((e) => e.text)
      .join(' | ')}`;
    expect({ ok: within >= SHARE_WITHIN_ONE_PAGE * entries.length, report }).toEqual({ ok: true, report });
  });
});
