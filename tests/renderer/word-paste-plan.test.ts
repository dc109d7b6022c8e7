/**
 * When a paste goes through the Word conversion, and which clipboard picture file stands for which
 * picture Word refers to by a path on its disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planWordPaste, type ClipboardLike } from '../../renderer/src/editor/paste/word-paste-plan';

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
