/**
 * When a paste goes through the Word conversion, and which clipboard picture file stands for which
 * picture Word refers to by a path on its disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { partialParagraph, planWordPaste, type ClipboardLike } from '../../renderer/src/editor/paste/word-paste-plan';
import type { BlockElement } from '../../shared/model/document';
import { clipboardBlocks } from '../../shared/word/clipboard/clipboard-blocks';
import { normaliseClipboardHtml } from '../../shared/word/clipboard/normalise-clipboard-html';

const word = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'clipboard', 'word-2016-section.html'), 'utf8');
const plainWeb = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'clipboard', 'browser-plain.html'), 'utf8');

function clipboard(items: Record<string, string>, imageFiles: File[] = []): ClipboardLike {
  return { types: Object.keys(items), getData: (type) => items[type] ?? '', imageFiles };
}

const png = (name: string): File => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], name, { type: 'image/png' });

describe('planWordPaste', () => {
  test('Word HTML is converted', () => {
    const plan = planWordPaste(clipboard({ 'text/html': word, 'text/plain': '一、办学基础' }), false);
    expect(plan?.doc.origin).toBe('word');
    expect(plan?.files.size).toBe(0);
  });

  test('left to the other pastes: inside a table, the editor’s own fragment, no HTML, plain web HTML', () => {
    expect(planWordPaste(clipboard({ 'text/html': word }), true)).toBeNull();
    expect(planWordPaste(clipboard({ 'text/html': word, 'application/x-slate-fragment': 'x' }), false)).toBeNull();
    expect(planWordPaste(clipboard({ 'text/plain': '一、办学基础' }), false)).toBeNull();
    expect(planWordPaste(clipboard({ 'text/html': plainWeb, 'text/plain': '学校' }), false)).toBeNull();
  });

  test('a picture copied alone (HTML without text, a file beside it) is the image paste’s', () => {
    const html = '<html><body><!--StartFragment--><p class=MsoNormal><img src="file:///C:/Temp/clip_image001.png"></p><!--EndFragment--></body></html>';
    expect(planWordPaste(clipboard({ 'text/html': html }, [png('image.png')]), false)).toBeNull();
    // Without the file the picture still becomes a placeholder with its notice, not nothing.
    expect(planWordPaste(clipboard({ 'text/html': html }), false)?.doc.images).toHaveLength(1);
  });

  test('as many picture files as unreadable pictures: matched in order; any other count: none', () => {
    const html = '<p class=MsoNormal>正文<img src="file:///C:/a.png">中间<img src="file:///C:/b.png"><img src="data:image/png;base64,AAAA"></p>';
    const a = png('a.png');
    const b = png('b.png');
    const plan = planWordPaste(clipboard({ 'text/html': html }, [a, b]), false);
    expect(plan?.files.get(0)).toBe(a);
    expect(plan?.files.get(1)).toBe(b);
    expect(plan?.files.has(2)).toBe(false);
    expect(planWordPaste(clipboard({ 'text/html': html }, [a]), false)?.files.size).toBe(0);
  });
});

describe('partialParagraph', () => {
  const heading = normaliseClipboardHtml('<h1><span>办学基础</span></h1>');
  const item = normaliseClipboardHtml('<p style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.</span>完善<b>机制</b></p>');
  const blocksOf = (doc: ReturnType<typeof normaliseClipboardHtml>) => clipboardBlocks(doc, new Map()).blocks;

  test('a phrase out of a heading (no line break in the plain text) pastes as text', () => {
    expect(partialParagraph(blocksOf(heading), '办学基础')).toBe('text');
  });

  test('the whole heading (its paragraph mark copied) stays a heading', () => {
    const blocks = blocksOf(heading);
    expect(partialParagraph(blocks, '一、办学基础\r\n')).toBe(blocks);
  });

  test('a phrase out of a list item becomes a paragraph with its marks; the whole item stays a list', () => {
    const partial = partialParagraph(blocksOf(item), '完善机制');
    expect(partial).not.toBe('text');
    expect((partial as BlockElement[]).map((b) => b.type)).toEqual(['paragraph']);
    expect((partial as { children: unknown[] }[])[0]?.children).toEqual([{ text: '完善' }, { text: '机制', bold: true }]);
    expect((partialParagraph(blocksOf(item), '1.\t完善机制\r\n') as BlockElement[]).map((b) => b.type)).toEqual(['numbered-list']);
  });
});
