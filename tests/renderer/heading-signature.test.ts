import type { Descendant } from 'slate';
import { headingSignature } from '../../renderer/src/editor/heading-numbers';

const p = (id: string, text: string): Descendant => ({ type: 'paragraph', id, children: [{ text }] });

test('the signature ignores text and paragraphs, and changes with heading structure', () => {
  const base: Descendant[] = [p('p1', 'a'), { type: 'heading', id: 'h1', level: 1, children: [{ text: '标题' }] }];
  const typed: Descendant[] = [p('p1', 'abc'), { type: 'heading', id: 'h1', level: 1, children: [{ text: '标题改了' }] }];
  const relevelled: Descendant[] = [p('p1', 'a'), { type: 'heading', id: 'h1', level: 2, children: [{ text: '标题' }] }];
  const unnumbered: Descendant[] = [p('p1', 'a'), { type: 'heading', id: 'h1', level: 1, numbered: false, children: [{ text: '标题' }] }];
  expect(headingSignature(typed)).toBe(headingSignature(base));
  expect(headingSignature(relevelled)).not.toBe(headingSignature(base));
  expect(headingSignature(unnumbered)).not.toBe(headingSignature(base));
  expect(headingSignature([p('p1', 'x')])).toBe('');
});
