/**
 * Loading content into a section editor: damaged content (missing or duplicate ids, a stray list
 * item) is repaired on load and reported as such, and the repair is not an undoable step.
 */
import type { SectionContent } from '../../shared/model/document';
import { validateSectionContent } from '../../shared/model/content-validation';
import { createSectionEditor } from '../../renderer/src/editor/create-section-editor';

test('valid content is taken as is', () => {
  const content: SectionContent = [{ type: 'paragraph', id: 'p1', children: [{ text: '正文' }] }];
  const { editor, repaired } = createSectionEditor(content);
  expect(repaired).toBe(false);
  expect(editor.children).toBe(content);
});

test('missing and duplicate ids are repaired on load, outside the undo history', () => {
  const damaged = [
    { type: 'paragraph', children: [{ text: '无 id' }] },
    { type: 'paragraph', id: 'dup', children: [{ text: '一' }] },
    { type: 'paragraph', id: 'dup', children: [{ text: '二' }] },
    { type: 'list-item', id: 'li', children: [{ text: '游离的列表项' }] },
  ] as unknown as SectionContent;
  const { editor, repaired } = createSectionEditor(damaged);
  expect(repaired).toBe(true);
  const check = validateSectionContent(editor.children);
  expect(check.ok ? 'valid' : check.problem).toBe('valid');
  expect(editor.children.map((b) => ('type' in b ? b.type : ''))).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  expect((editor.children[1] as { id: string }).id).toBe('dup');
  expect(editor.history.undos).toEqual([]);
});
