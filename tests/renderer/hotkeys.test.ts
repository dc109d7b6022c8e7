import { commandForKey, type KeyLike } from '../../renderer/src/editor/hotkeys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, ...mods });

test("Word's shortcuts", () => {
  expect(commandForKey(key('b'))).toEqual({ kind: 'mark', mark: 'bold' });
  expect(commandForKey(key('I'))).toEqual({ kind: 'mark', mark: 'italic' });
  expect(commandForKey(key('u'))).toEqual({ kind: 'mark', mark: 'underline' });
  expect(commandForKey(key('0'))).toEqual({ kind: 'style', style: 'paragraph' });
  expect(commandForKey(key('1'))).toEqual({ kind: 'style', style: 'heading-1' });
  expect(commandForKey(key('2'))).toEqual({ kind: 'style', style: 'heading-2' });
  expect(commandForKey(key('3'))).toEqual({ kind: 'style', style: 'heading-3' });
  expect(commandForKey(key('z'))).toEqual({ kind: 'undo' });
  expect(commandForKey(key('y'))).toEqual({ kind: 'redo' });
  expect(commandForKey(key('Z', { shiftKey: true }))).toEqual({ kind: 'redo' });
  expect(commandForKey(key('s'))).toEqual({ kind: 'save' });
  expect(commandForKey(key('b', { ctrlKey: false, metaKey: true }))).toEqual({ kind: 'mark', mark: 'bold' });
});

test('plain keys, Alt combinations and IME keystrokes are not commands', () => {
  expect(commandForKey(key('b', { ctrlKey: false }))).toBeNull();
  expect(commandForKey(key('b', { altKey: true }))).toBeNull();
  expect(commandForKey(key('b', { shiftKey: true }))).toBeNull();
  expect(commandForKey(key('z', { isComposing: true }))).toBeNull();
  expect(commandForKey(key('Process'))).toBeNull();
  expect(commandForKey(key('4'))).toBeNull();
});

test("Ctrl+Alt+M is Word's 批注, also where Alt changes the character", () => {
  expect(commandForKey(key('m', { altKey: true }))).toEqual({ kind: 'comment' });
  expect(commandForKey(key('M', { altKey: true }))).toEqual({ kind: 'comment' });
  expect(commandForKey(key('µ', { altKey: true, ctrlKey: false, metaKey: true, code: 'KeyM' }))).toEqual({ kind: 'comment' });
  expect(commandForKey(key('m'))).toBeNull();
  expect(commandForKey(key('m', { altKey: true, ctrlKey: false }))).toBeNull();
  expect(commandForKey(key('m', { altKey: true, shiftKey: true }))).toBeNull();
  expect(commandForKey(key('m', { altKey: true, isComposing: true }))).toBeNull();
});
