/**
 * What a report cannot hold is said, not silently lost: text boxes, footnotes and equations in
 * the body (a Word file whose document.xml carries them), and the 编写分工 table of a report made
 * from our template, which the app generates from its departments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { exportDocxBytes } from '../../electron/export/docx/export-docx';
import { Project } from '../../electron/project-store/project';
import { prepareDocxImport } from '../../electron/word/report/read-report-docx';
import { buildSmallReport } from '../export-docx/support';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { wordReport } from './support';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('rw-dropped-');
});
afterAll(() => removeTempDir(dir));

test('a text box, a footnote and an equation in the body are each reported with where they were', async () => {
  const parts = unzipSync(fs.readFileSync(wordReport('styled-report.docx')));
  let xml = new TextDecoder().decode(parts['word/document.xml']);
  const sentence = '学院与 1230 家企业开展合作，比上年增加 124 家。';
  expect(xml).toContain(sentence);
  const extras =
    '<w:r><w:footnoteReference w:id="1"/></w:r>' +
    '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x</m:t></m:r></m:oMath>' +
    '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>框中文字</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>';
  xml = xml.replace(`${sentence}</w:t></w:r>`, `${sentence}</w:t></w:r>${extras}`);
  const file = path.join(dir, 'extras.docx');
  fs.writeFileSync(file, zipSync({ ...parts, 'word/document.xml': strToU8(xml) }));
  const prepared = await prepareDocxImport(file);
  const dropped = prepared.warnings.filter((w) => w.kind === 'dropped-content').map((w) => w.zh.replace(/（.*）/, ''));
  expect(dropped.sort()).toEqual(['1 处公式未导入，请在应用中补上', '1 处文本框未导入，请在应用中补上', '1 处脚注未导入，请在应用中补上'].sort());
  // Negative control: the untouched file reports none of them.
  const clean = await prepareDocxImport(wordReport('styled-report.docx'));
  expect(clean.warnings.filter((w) => w.kind === 'dropped-content')).toEqual([]);
  expect(JSON.stringify(prepared.report.nodes)).not.toContain('框中文字');
});

test('our template report comes back with 编写分工 as its own node, its generated table left out with a warning', async () => {
  const { file } = await buildSmallReport(dir, 'chapter');
  const project = Project.open(file, { readOnly: true });
  const docx = path.join(dir, 'small.docx');
  try {
    fs.writeFileSync(docx, (await exportDocxBytes(project)).bytes);
  } finally {
    project.close();
  }
  const prepared = await prepareDocxImport(docx);
  const authorship = prepared.report.nodes.find((n) => n.title === '编写分工');
  expect(authorship?.role).toBe('authorship');
  expect(authorship?.content.some((b) => b.type === 'table')).toBe(false);
  expect(prepared.warnings.filter((w) => w.kind === 'dropped-content').map((w) => w.zh)).toEqual([expect.stringContaining('编写分工表由“部门”中登记的编写部门生成')]);
  expect(prepared.report.nodes.map((n) => n.title)).toEqual(['前言', '人才培养', '产教融合', '服务贡献', '国际合作', '文化传承', '发展保障', '挑战与展望', '案例附录', '编写分工']);
});
