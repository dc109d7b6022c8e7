/**
 * Word/WPS clipboard HTML → the blocks a paste inserts, as data: each fixture of
 * tests/fixtures/clipboard/ (see its README) with the blocks, pictures and notices expected in
 * expected.json; then small cases for the rules one at a time, each with its negative control.
 */
import fs from 'node:fs';
import path from 'node:path';
import { clipboardBlocks, type ImageOutcome } from '../../shared/word/clipboard/clipboard-blocks';
import { normaliseClipboardHtml } from '../../shared/word/clipboard/normalise-clipboard-html';
import { describeBlocks } from './describe-blocks';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'clipboard');

interface Expected {
  origin: string;
  structured: boolean;
  images: string[];
  outcomes: Record<string, ImageOutcome>;
  blocks: unknown[];
  lost: string[];
  notes: string[];
}

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, Expected>;

function convert(html: string, outcomes: Record<string, ImageOutcome> = {}) {
  const doc = normaliseClipboardHtml(html);
  const result = clipboardBlocks(doc, new Map(Object.entries(outcomes).map(([k, v]) => [Number(k), v])));
  return { doc, ...result, lines: describeBlocks(result.blocks) };
}

describe('clipboard fixtures', () => {
  test('every fixture has an expectation', () => {
    const files = fs.readdirSync(FIXTURES).filter((name) => name.endsWith('.html'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.keys(expected))('%s', (name) => {
    const want = expected[name] as Expected;
    const got = convert(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), want.outcomes);
    expect(got.doc.origin).toBe(want.origin);
    expect(got.doc.structured).toBe(want.structured);
    expect(got.doc.images.map((image) => `${image.kind} ${image.name}`)).toEqual(want.images);
    expect(got.lines).toEqual(want.blocks);
    expect(got.lost).toEqual(want.lost);
    expect(got.notes).toEqual(want.notes);
  });
});

/** [what, clipboard HTML, expected lines]: each rule with a case where it must not fire. */
const RULES: [string, string, unknown[]][] = [
  ['a source line break between Chinese characters disappears', '<p>中文\r\n文字 Eng\r\nlish</p>', ['p 中文文字 Eng lish']],
  ['font-weight:normal inside <b> cancels bold', '<p><b>粗<span style="font-weight:normal">细</span></b></p>', ['p **粗**细']],
  ['font-weight:700 is bold, 400 is not', '<p><span style="font-weight:700">粗</span><span style="font-weight:400">细</span></p>', ['p **粗**细']],
  ['mso-bidi-font-weight does not make text bold', '<p><span style="mso-bidi-font-weight:bold">细</span><b>粗</b></p>', ['p 细**粗**']],
  ['a picture splits its paragraph and stays in place', '<p>前<img src="data:image/png;base64,AAAA">后</p>', ['p 前', 'figure missing:图片 “” 80%', 'p 后']],
  [
    'the list marker in comment form (after a DOM round trip) is dropped too',
    '<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span>1.&nbsp;</span><!--[endif]-->第一项</p>',
    ['ol 第一项'],
  ],
  ['a bullet typed by Word (no @list rule) makes a bulleted list', '<p style="mso-list:l3 level1 lfo4"><span style="mso-list:Ignore">·&nbsp;</span>要点</p>', ['ul 要点']],
  [
    'bulleted and numbered items next to each other are two lists',
    '<p style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.</span>甲</p><p style="mso-list:l1 level1 lfo2"><span style="mso-list:Ignore">·</span>乙</p>',
    ['ol 甲', 'ul 乙'],
  ],
  ['a list number on a heading is dropped (numbers are computed)', '<h2 style="mso-list:l0 level1 lfo1"><![if !supportLists]>（三）<![endif]>社会服务</h2>', ['h1 社会服务']],
  ['typed heading numbers are dropped', '<h1>一、办学基础</h1><h2>（一）办学条件</h2><h3>1.师资</h3>', ['h1 办学基础', 'h2 办学条件', 'h3 师资']],
  ['a bold short numbered line is a heading', '<p><b>（二）社会服务</b></p>', ['h1 社会服务']],
  ['…but not when only the number is bold', '<p><b>（二）</b>社会服务</p>', ['p **（二）**社会服务']],
  ['…nor a bold line without a number', '<p><b>社会服务</b></p>', ['p **社会服务**']],
  ['tracked deletions are not text', '<p>保留<del cite="mailto:x">删去</del>的文字</p>', ['p 保留的文字']],
  ['a page break is not a line break', "<p>上</p><br clear=all style='page-break-before:always'><p>下</p>", ['p 上', 'p 下']],
  ['an unclosed paragraph does not swallow the list after it', '<p>说明<ul><li>一<li>二</ul>', ['p 说明', 'ul 一 | 二']],
  ['bare inline text at the top becomes a paragraph', '<b>加粗</b> 与普通', ['p **加粗** 与普通']],
  ['a MsoHeading2 class makes a heading; MsoTitle does not', '<p class=MsoTitle>年度报告</p><p class=MsoHeading2>（一）师资</p>', ['p 年度报告', 'h1 师资']],
  ['mso-outline-level makes a heading', '<p class=MsoNormal style="mso-outline-level:2">校企合作</p><p>正文</p>', ['h1 校企合作', 'p 正文']],
  ['a raw CF_HTML header is skipped', 'Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n<html><body><p>正文</p></body></html>', ['p 正文']],
  ['a one-cell table framing 案例 is a case box', '<table><tr><td><p>案例 1 订单培养</p><p>学校与企业共建订单班。</p></td></tr></table>', [{ case: '订单培养', children: ['p 学校与企业共建订单班。'] }]],
];

describe('rules', () => {
  test.each(RULES)('%s', (_what, html, lines) => {
    expect(convert(html).lines).toEqual(lines);
  });

  test('pictures inside a data table are left out and counted; a picture beside it is not', () => {
    const got = convert('<table><tr><td>甲<img src="file:///C:/a.png"></td><td>乙</td></tr></table><p><img src="file:///C:/b.png"></p>');
    expect(got.doc.dropped.tableImages).toBe(1);
    expect(got.doc.images.map((image) => image.name)).toEqual(['b.png']);
    expect(got.lost).toEqual([
      '1 张图片无法从剪贴板读取，请用 插入图片 添加（已在原处放了占位图，也可点占位图上的“选择图片…”）',
      '粘贴时略去了 表格中的 1 张图片，如需要请另行添加',
    ]);
  });

  test('a stored portrait picture gets the narrow width; a refused one a placeholder and its reason', () => {
    const html = '<p><img src="data:image/png;base64,AAAA"></p><p>图 2 竖图</p><p><img src="data:image/bmp;base64,Qk0="></p>';
    const got = convert(html, {
      0: { kind: 'stored', sha256: 'a'.repeat(64), width: 300, height: 600 },
      1: { kind: 'refused', message: '不支持 BMP 图片，请另存为 PNG 或 JPEG 后再插入' },
    });
    expect(got.lines).toEqual([`figure asset:${'a'.repeat(64)} “竖图” 50%`, 'figure missing:图片 “” 80%']);
    expect(got.lost).toEqual(['粘贴的图片（图片）未能导入：不支持 BMP 图片，请另存为 PNG 或 JPEG 后再插入；已在原处放了占位图']);
  });

  test('origin: Word by its markup, WPS by its build marker, anything else is HTML', () => {
    expect(normaliseClipboardHtml('<p class=MsoNormal>文字</p>').origin).toBe('word');
    expect(normaliseClipboardHtml('<xml><o:KSOProductBuildVer>2052-12</o:KSOProductBuildVer></xml><p class=MsoNormal>文字</p>').origin).toBe('wps');
    expect(normaliseClipboardHtml('<p class="intro">文字</p>').origin).toBe('html');
  });

  test('plain HTML is not structured; a clipboard holding only a picture has no text', () => {
    expect(normaliseClipboardHtml('<div><span>只有文字</span></div>').structured).toBe(false);
    expect(normaliseClipboardHtml('<div><span>只有<b>加粗</b></span></div>').structured).toBe(true);
    const picture = normaliseClipboardHtml('<img src="file:///C:/x.png">');
    expect(picture.hasText).toBe(false);
    expect(picture.images).toHaveLength(1);
  });
});
