/**
 * Problems in the project do not stop the export: a figure whose image was never found, one whose
 * image is not in the project, and a cross-reference whose target was deleted. The PDF is written
 * with visible placeholders, and the CLI prints one “警告：” line for each problem. The same export
 * through the IPC contract (the loopback harness wires the playwright engine) answers
 * {path, pages, warnings}; the print-preview HTML carries the real page numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startHarness, type Harness } from '../../electron/harness/server';
import { dispatch } from '../../electron/services/handlers';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { reportworks } from './cli-run';
import { pageCount, pageTexts, squeeze } from './pdf-reading';
import { buildReport, figure, heading, paragraph } from './small-reports';

// Chromium prints here: longer than the suite's short default (package.json).
jest.setTimeout(120_000);

const NOT_STORED = 'a'.repeat(64);

/** What each warning must say (the wording itself belongs to shared/export/export-warnings.ts). */
const EXPECTED_WARNINGS = [/交叉引用.*［引用失效］/, /图 1-1.*lost-photo\.jpg/, /图 1-2.*未入库的照片/];

function expectWarnings(lines: readonly string[]): void {
  expect(lines).toHaveLength(EXPECTED_WARNINGS.length);
  EXPECTED_WARNINGS.forEach((pattern, i) => expect(lines[i]).toMatch(pattern));
}

let dir: string;
let file: string;

beforeAll(async () => {
  dir = makeTempDir('rw-pdf-bad-');
  file = path.join(dir, 'bad.rwproj');
  await buildReport(file, 0, () => [
    {
      title: '人才培养',
      content: [
        heading('立德树人'),
        { type: 'paragraph', id: 'pref', children: [{ text: '详见' }, { type: 'xref', id: 'x1', target: 'gone', children: [{ text: '' }] }, { text: '。' }] },
        figure(null, '青年代表参加活动', 60, 'lost-photo.jpg'),
        figure(NOT_STORED, '未入库的照片', 60),
        paragraph('正文继续。'),
      ],
    },
  ]);
}, 60_000);

afterAll(() => removeTempDir(dir));

test('the CLI writes the PDF with placeholders and prints one 警告 line per problem, exit 0', async () => {
  const out = path.join(dir, 'bad.pdf');
  const run = await reportworks(['export', file, '--pdf', out]);
  expect(run.status).toBe(0);
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  for (const line of lines) expect(line).toMatch(/^警告：\S/);
  expectWarnings(lines);
  expect(run.stdout).toBe(`已导出 ${out}（共 ${pageCount(out)} 页，警告 3 条）。\n`);
  const text = squeeze(pageTexts(out).join('\n'));
  for (const placeholder of ['［图片缺失：lost-photo.jpg］', '［图片缺失：未入库的照片］', '详见［引用失效］。']) expect(text).toContain(placeholder);
}, 120_000);

test('CLI mistakes are one error line and no file', async () => {
  const run = await reportworks(['export', file, '--pdf', path.join(dir, 'bad.txt')]);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^错误：输出文件名应以 \.pdf 结尾.* \/ Error: the output file name must end in \.pdf/);
  expect(fs.existsSync(path.join(dir, 'bad.txt'))).toBe(false);
});

describe('through the IPC contract', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({ rendererDir: path.join(dir, 'no-renderer'), workDir: path.join(dir, 'harness') });
    const opened = await dispatch(harness.handlers, 'project.open', { file: harness.files.grant('open-project', file).handle, readOnly: true });
    expect(opened.ok).toBe(true);
  });

  afterAll(() => harness.close());

  test('export.pdf answers the file, its page count and the warnings', async () => {
    const out = path.join(dir, 'ipc.pdf');
    const result = await dispatch(harness.handlers, 'export.pdf', { file: harness.files.grant('export-pdf', out).handle });
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as { path: string; pages: number; warnings: string[] };
    expect({ path: value.path, pages: value.pages }).toEqual({ path: out, pages: pageCount(out) });
    expectWarnings(value.warnings);
  }, 120_000);
});
