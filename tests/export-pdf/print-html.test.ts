/**
 * The print HTML as data (shared/export/html/), without a browser: element ids are short ASCII and
 * unique (they become PDF named destinations), every in-document link has its target, every anchor
 * has a link (Chromium writes destinations only for linked ids), text is escaped, and the 目录 takes
 * the page numbers it is given.
 */
import { planReport, type ReportSource } from '../../shared/export/plan-report';
import { DEFAULT_STATEMENT_SETTINGS } from '../../shared/statement/statement-text';
import { resolveParts } from '../../shared/export/export-parts';
import { stylePreset } from '../../shared/export/style-presets';
import { buildPrintHtml } from '../../shared/export/html/print-document';
import { defaultSettings } from '../../shared/model/settings';
import type { OutlineNode } from '../../shared/model/outline';
import type { SectionContent } from '../../shared/model/document';

const node = (id: string, title: string, parentId: string | null, position: number): OutlineNode => ({ id, parentId, position, title, role: 'body', numbered: true, departmentId: null });

const contents = new Map<string, SectionContent>([
  ['n1', [{ type: 'paragraph', id: 'p1', children: [{ text: '学院 <script>alert(1)</script> & “引号”，见' }, { type: 'xref', id: 'x1', target: 'f1', children: [{ text: '' }] }] }]],
  [
    'n2',
    [
      { type: 'heading', id: 'h1', level: 1, children: [{ text: '形成大思政育人格局' }] },
      { type: 'figure', id: 'f1', asset: 'b'.repeat(64), caption: '活动现场', source: '', width: 80, children: [{ text: '' }] },
      { type: 'case', id: 'c1', title: '追寻红足迹', children: [{ type: 'paragraph', id: 'p2', children: [{ text: '案例正文。' }] }] },
    ],
  ],
]);

const source: ReportSource = {
  settings: defaultSettings('天津工业职业学院', 2025),
  outline: [node('n1', '人才培养', null, 0), node('n2', '立德树人', 'n1', 0)],
  contentOf: (id) => contents.get(id),
  departments: [],
  assets: new Map([['b'.repeat(64), { sha256: 'b'.repeat(64), mime: 'image/jpeg', width: 1200, height: 800 }]]),
  statement: { settings: DEFAULT_STATEMENT_SETTINGS, signature: null, seal: null },
};

const plan = planReport(source, resolveParts({}));
const preset = stylePreset('gongwen');
const assetUrl = (asset: { sha256: string }) => `img/${asset.sha256}.jpg`;

const ids = (html: string): string[] => [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1] as string);
const hrefs = (html: string): string[] => [...html.matchAll(/ href="#([^"]*)"/g)].map((m) => m[1] as string);

test.each(['body', 'front', 'whole'] as const)('%s: ids are short unique ASCII, every link has its target, every anchor a link', (part) => {
  const html = buildPrintHtml(plan, part, { preset, assetUrl });
  const all = ids(html);
  expect(all.length).toBeGreaterThan(3);
  expect(new Set(all).size).toBe(all.length);
  for (const id of all) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  for (const target of hrefs(html)) expect(all).toContain(target);
  for (const id of all) expect(hrefs(html)).toContain(id);
});

test('the body holds the content with its numbers, escaped, and images by URL', () => {
  const html = buildPrintHtml(plan, 'body', { preset, assetUrl });
  expect(html).toContain('学院 &lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”，见<a class="xref" href="#');
  expect(html).not.toContain('<script>');
  expect(html).toMatch(/<h1 class="h1 chapter" id="[^"]+">一、人才培养<\/h1>/);
  expect(html).toMatch(/<h3 class="h3" id="[^"]+">1\.形成大思政育人格局<\/h3>/);
  expect(html).toContain(`<img src="img/${'b'.repeat(64)}.jpg" alt="" width="1200" height="800" style="width:80%;height:auto"><p class="caption">图 1-1 活动现场</p>`);
  expect(html).toMatch(/<p class="case-title" id="[^"]+">案例 1-1 追寻红足迹<\/p>/);
  // The body alone has no front matter.
  expect(html).not.toContain('<a class="toc-entry');
});

test('the 目录 and the lists print the page numbers they are given; the front has no body content', () => {
  const pageOf = (anchor: string): string => String(plan.toc?.entries.findIndex((e) => e.anchor === anchor) ?? -1);
  const html = buildPrintHtml(plan, 'front', { preset, assetUrl, pageOf });
  expect(html).toContain('<span class="toc-text">一、人才培养</span><span class="toc-leader"></span><span class="toc-page">0</span>');
  expect(html).toContain('<span class="toc-text">（一）立德树人</span><span class="toc-leader"></span><span class="toc-page">1</span>');
  expect(html).toContain('<span class="toc-text">图 1-1 活动现场</span>');
  expect(html).not.toContain('<img');
  expect(html).not.toContain('class="text"');
});

test('the style sheet gives A4 with the preset margins, roman front folios and body folios from 1', () => {
  const html = buildPrintHtml(plan, 'whole', { preset, assetUrl });
  expect(html).toContain('size: 210mm 297mm;');
  expect(html).toContain('margin: 37mm 26mm 35mm 28mm;');
  expect(html).toContain('content: "— " counter(page) " —";');
  expect(html).toContain('content: "— " counter(front-page, upper-roman) " —";');
  expect(html).toMatch(/@page cover \{\s*counter-increment: page 0;/);
  expect(html).toMatch(/@page front \{\s*counter-increment: page 0 front-page 1;/);
});
