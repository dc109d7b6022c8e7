/**
 * `reportworks export <file.rwproj> --docx <out.docx>`, run in-process through runCli with captured
 * output: success prints one summary line and one "警告：" line per warning, exit 0; mistakes print
 * one bilingual error line and exit non-zero, leaving no output file behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../electron/cli/run-cli';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { buildSmallReport, docxParts, partText } from './support';

let dir: string;
let project: string;

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function reportworks(...args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function expectOneLineError(run: Run, code: number, ...fragments: string[]): void {
  const lines = run.err.split('\n').filter((l) => l !== '');
  expect({ code: run.code, lines: lines.length, out: run.out }).toEqual({ code, lines: 1, out: '' });
  expect(lines[0]).toMatch(/^错误：.+ \/ Error: .+/);
  for (const fragment of fragments) expect(lines[0]).toContain(fragment);
}

beforeAll(async () => {
  dir = makeTempDir('rw-cli-export-');
  project = (await buildSmallReport(dir, 'chapter')).file;
});

afterAll(() => removeTempDir(dir));

test('writes the file, prints a summary and one 警告 line per warning, exit 0', async () => {
  const out = path.join(dir, '年报.docx');
  const run = await reportworks('export', project, '--docx', out);
  expect(run.code).toBe(0);
  const warnings = run.err.split('\n').filter((l) => l !== '');
  expect(run.out).toBe(`已导出 ${out}（图片 2 张，警告 ${warnings.length} 条）。\n`);
  expect(warnings.length).toBeGreaterThan(0);
  for (const line of warnings) expect(line).toMatch(/^警告：\S/);
  expect(warnings).toContain('警告：“（一）立德树人”中有一处交叉引用的目标已不存在，已显示为“［引用失效］”。');
  expect(fs.statSync(out).size).toBeGreaterThan(10_000);
});

test('--without leaves parts out', async () => {
  const out = path.join(dir, 'body-only.docx');
  const run = await reportworks('export', project, '--docx', out, '--without', 'cover,statement,toc,figureList,tableList,caseList');
  expect(run.code).toBe(0);
  const xml = partText(docxParts(fs.readFileSync(out)), 'word/document.xml');
  const has = (text: string): boolean => xml.includes(text);
  expect({ statement: has('内容真实性责任声明'), cover: has('TIANJIN POLYTECHNIC COLLEGE'), toc: has('TOC \\'), body: has('>人才培养<') }).toEqual({
    statement: false,
    cover: false,
    toc: false,
    body: true,
  });
  // Body only: one section, numbered from 1.
  expect(xml.match(/<w:sectPr[\s>]/g)).toHaveLength(1);
});

describe('mistakes', () => {
  test('no --docx', async () => expectOneLineError(await reportworks('export', project), 2, '缺少 --docx', 'missing --docx'));
  test('an output that is not .docx', async () =>
    expectOneLineError(await reportworks('export', project, '--docx', path.join(dir, 'x.pdf')), 2, '.docx 结尾', 'must end in .docx'));
  test('an unknown part', async () =>
    expectOneLineError(await reportworks('export', project, '--docx', path.join(dir, 'y.docx'), '--without', 'cover,preface'), 2, '未知的部分：preface', 'unknown part: preface'));
  test('a project that does not exist', async () =>
    expectOneLineError(await reportworks('export', path.join(dir, 'none.rwproj'), '--docx', path.join(dir, 'z.docx')), 2, '找不到文件', 'file not found'));
  test('an output folder that does not exist', async () =>
    expectOneLineError(await reportworks('export', project, '--docx', path.join(dir, 'missing', 'z.docx')), 2, '找不到文件', 'missing'));
  test('nothing is left behind by the failures', () => {
    expect(fs.readdirSync(dir).filter((n) => /^[xyz]\.|^\.rw-/.test(n))).toEqual([]);
  });
});
