/** The window's keys for find and zoom, and the zoom steps, as tables (renderer/src/find/find-keys.ts). */
import { nextZoom, workspaceKey } from '../../renderer/src/find/find-keys';
import { commandForKey, type KeyLike } from '../../renderer/src/editor/hotkeys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, ...mods });

test.each([
  [key('f'), { kind: 'find', replace: false }],
  [key('F', { code: 'KeyF' }), { kind: 'find', replace: false }],
  [key('h'), { kind: 'find', replace: true }],
  [key('f', { ctrlKey: false, metaKey: true }), { kind: 'find', replace: false }],
  [key('='), { kind: 'zoom', to: 'in' }],
  [key('+', { shiftKey: true }), { kind: 'zoom', to: 'in' }],
  [key('-'), { kind: 'zoom', to: 'out' }],
  [key('0'), { kind: 'zoom', to: 'reset' }],
  // Not ours: without Ctrl, with Alt, during an IME composition, Ctrl+Shift+F.
  [key('f', { ctrlKey: false }), null],
  [key('f', { altKey: true }), null],
  [key('f', { isComposing: true }), null],
  [key('Process'), null],
  [key('f', { shiftKey: true }), null],
  [key('b'), null],
] as const)('%j → %j', (event, expected) => {
  expect(workspaceKey(event)).toEqual(expected);
});

test('Ctrl+0 in the text stays 正文 (the editor handles it first; the window zooms only when it did not)', () => {
  expect(commandForKey(key('0'))).toEqual({ kind: 'style', style: 'paragraph' });
});

test.each([
  [100, 'in', 110],
  [100, 'out', 90],
  [200, 'in', 200],
  [50, 'out', 50],
  [112, 'in', 125],
  [112, 'out', 110],
  [67, 'out', 50],
  [175, 'reset', 100],
] as const)('zoom %d %s → %d', (from, to, expected) => {
  expect(nextZoom(from, to)).toBe(expected);
});
