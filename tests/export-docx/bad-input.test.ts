/**
 * Projects an export must survive: missing images (no asset, or an asset that is not stored), a
 * broken cross-reference, an empty section, an empty case, a 1000-row table with merged cells. The
 * export completes, says what is wrong, and shows placeholders where content is missing. Also:
 * cancelling, progress, and refusing a target folder that does not exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportDocxToFile } from '../../electron/export/docx/export-docx';
import type { DocxExportStage } from '../../electron/export/docx/docx-options';
import { AppError } from '../../electron/errors/app-error';
import { Project } from '../../electron/project-store/project';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { BIG_ROWS, buildBadReport, complexFields, count, docxParts, partText } from './support';

let dir: string;
let file: string;

beforeAll(() => {
  dir = makeTempDir('rw-bad-');
  file = buildBadReport(dir);
});

afterAll(() => removeTempDir(dir));

test('the export completes, warns about each problem and shows placeholders', async () => {
  const project = Project.open(file, { readOnly: true });
  const out = path.join(dir, 'bad.docx');
  try {
    const result = await exportDocxToFile(project, out);
    expect(result.path).toBe(out);
    expect(result.images).toBe(0);
    expect(result.warnings).toEqual([
      '“一、人才培养”中有一处交叉引用的目标已不存在，已显示为“［引用失效］”。',
      '图 1-1 的图片缺失（photo-7.jpg），已用占位文字“［图片缺失：photo-7.jpg］”代替。',
      '图 1-2 的图片缺失（校园全景），已用占位文字“［图片缺失：校园全景］”代替。',
      '“（一）多样成长”没有内容。',
    ]);
    const parts = docxParts(fs.readFileSync(out));
    const xml = partText(parts, 'word/document.xml');
    expect(xml).toContain('［图片缺失：photo-7.jpg］');
    expect(xml).toContain('［图片缺失：校园全景］');
    expect(xml).toContain('［引用失效］');
    expect([...parts.keys()].some((k) => k.startsWith('word/media/'))).toBe(false);
    // The big table: header + 1000 rows, 100 merged groups, the header repeated on each page.
    const big = xml.slice(xml.lastIndexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>'));
    expect(count(big, /<w:tr>/)).toBe(BIG_ROWS + 1);
    expect(count(big, /<w:vMerge w:val="restart"\/>/)).toBe(100);
    expect(count(big, /<w:vMerge w:val="continue"\/>/)).toBe(900);
    expect(count(big, /<w:tblHeader\/>/)).toBe(1);
    expect(complexFields(xml).filter((f) => f.instruction.startsWith('REF')).map((f) => f.result)).toEqual(['表 1-1']);
  } finally {
    project.close();
  }
  expect(fs.readdirSync(dir).sort()).toEqual(['bad.docx', 'bad.rwproj']);
});

test('progress runs from 0 to 1 through the stages in order', async () => {
  const project = Project.open(file, { readOnly: true });
  const seen: [number, DocxExportStage][] = [];
  try {
    await exportDocxToFile(project, path.join(dir, 'progress.docx'), { onProgress: (fraction, stage) => seen.push([fraction, stage]) });
  } finally {
    project.close();
  }
  const fractions = seen.map(([f]) => f);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  expect(seen[0]).toEqual([0, 'load']);
  expect(seen[seen.length - 1]).toEqual([1, 'done']);
  const stages = [...new Set(seen.map(([, s]) => s))];
  expect(stages).toEqual(['load', 'layout', 'pack', 'images', 'write', 'done']);
  fs.rmSync(path.join(dir, 'progress.docx'));
});

test('cancelling leaves neither the file nor a temporary file behind, and keeps an older export', async () => {
  const target = path.join(dir, 'cancelled.docx');
  fs.writeFileSync(target, 'older export');
  const project = Project.open(file, { readOnly: true });
  const controller = new AbortController();
  try {
    const exporting = exportDocxToFile(project, target, {
      signal: controller.signal,
      onProgress: (_fraction, stage) => {
        if (stage === 'pack') controller.abort();
      },
    });
    const error = await exporting.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual({ cancelled: true });
    expect((error as AppError).message).toBe('无法执行此操作：导出已取消');
  } finally {
    project.close();
  }
  expect(fs.readFileSync(target, 'utf8')).toBe('older export');
  expect(fs.readdirSync(dir).filter((name) => name.startsWith('.rw-'))).toEqual([]);
  fs.rmSync(target);
});

test('a target folder that does not exist is refused before any work', async () => {
  const project = Project.open(file, { readOnly: true });
  try {
    await expect(exportDocxToFile(project, path.join(dir, 'nope', 'x.docx'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  } finally {
    project.close();
  }
});
