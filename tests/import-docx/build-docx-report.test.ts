/**
 * The recognition of captions, sources and orphans on hand-made Word blocks (the model the .docx
 * reader produces), for the layouts the generated reports do not cover.
 */
import type { BlockElement } from '../../shared/model/document';
import { buildDocxReport, type DocxReport } from '../../shared/word/report/build-docx-report';
import type { DocxBlock, DocxParagraph, DocxTable } from '../../shared/word/report/docx-model';
import { describe as line } from './support';

let index = 0;
function p(text: string, extra: Partial<DocxParagraph> = {}): DocxParagraph {
  index += 1;
  return { kind: 'paragraph', index, style: null, outlineLevel: null, list: null, runs: text === '' ? [] : [{ text }], pictures: [], centered: false, bordered: false, newPage: false, sectionEnd: false, fields: [], inToc: false, dropped: [], ...extra };
}
const h1 = (text: string): DocxParagraph => p(text, { style: 'heading 1', outlineLevel: 1 });
const picture = (): DocxParagraph => p('', { pictures: [{ relId: 'rId9', name: 'photo' }] });
const table = (): DocxTable => ({
  kind: 'table',
  index,
  rows: [
    { header: false, cells: [{ blocks: [p('年份')], colSpan: 1, vMerge: null }, { blocks: [p('人数')], colSpan: 1, vMerge: null }] },
    { header: false, cells: [{ blocks: [p('2025')], colSpan: 1, vMerge: null }, { blocks: [p('120')], colSpan: 1, vMerge: null }] },
  ],
});

function build(blocks: readonly DocxBlock[]): { lines: string[]; report: DocxReport } {
  const report = buildDocxReport(blocks, { picture: () => ({ sha256: 'a'.repeat(64) }) });
  if (report === null) throw new Error('no report');
  const lines = report.nodes.flatMap((n) => n.content.map((b: BlockElement) => line(b)));
  return { lines, report };
}

const CASES: readonly [string, () => DocxBlock[], string[], string[]][] = [
  ['an empty line between a table and its 数据来源 line', () => [h1('一、概况'), p('表 1 在校生人数'), table(), p(''), p('数据来源：教务系统')], ['table:在校生人数|教务系统'], []],
  ['a table title below the table when nothing stands above it', () => [h1('一、概况'), table(), p('表 1 在校生人数')], ['table:在校生人数|'], []],
  ['a figure caption above its picture', () => [h1('一、概况'), p('图 1 校园全景'), picture(), p('来源：宣传部')], ['figure:image:校园全景|宣传部'], []],
  ['a caption in the Caption style without a number, below a picture', () => [h1('一、概况'), picture(), p('校园全景', { style: 'caption' })], ['figure:image:校园全景|'], []],
  ['a table caption with no table near it', () => [h1('一、概况'), p('表 3 不存在的表'), p('正文。')], ['paragraph:表 3 不存在的表', 'paragraph:正文。'], ['orphan-caption']],
  ['a SEQ 表 field makes a caption even when the label is not typed 表 (English Word)', () => [h1('一、概况'), p('Table 1 在校生人数', { fields: ['SEQ 表'] }), table()], ['table:在校生人数|'], []],
  ['(control) the same line without the field is text', () => [h1('一、概况'), p('Table 1 在校生人数'), table()], ['paragraph:Table 1 在校生人数', 'table:|'], []],
];

test.each(CASES)('%s', (_name, blocks, expected, warnings) => {
  const { lines, report } = build(blocks());
  expect(lines).toEqual(expected);
  expect(report.warnings.map((w) => w.kind)).toEqual(warnings);
});

test('no heading at all: nothing to build an outline from', () => {
  expect(buildDocxReport([p('只有正文。')], { picture: () => ({ missing: '' }) })).toBeNull();
});
