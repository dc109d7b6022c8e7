import { crossTarget, decideCrossSectionMove, type ArrowKeyInput, type CaretFacts, type SectionReach } from '../../renderer/src/whole-report/cross-section-keys';

const key = (k: string, mods: Partial<ArrowKeyInput> = {}): ArrowKeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  isComposing: false,
  keyCode: 0,
  ...mods,
});

const caret = (facts: Partial<CaretFacts> = {}): CaretFacts => ({
  collapsed: true,
  atStart: false,
  atEnd: false,
  onFirstLine: false,
  onLastLine: false,
  ...facts,
});

test('↓ on the last line and → at the very end go to the start of the next section', () => {
  expect(decideCrossSectionMove(key('ArrowDown'), caret({ onLastLine: true }))).toEqual({ direction: 'next', landing: 'start', keepColumn: true, phase: 'after-editor' });
  expect(decideCrossSectionMove(key('ArrowRight'), caret({ atEnd: true, onLastLine: true }))).toEqual({ direction: 'next', landing: 'start', keepColumn: false, phase: 'before-editor' });
});

test('↑ on the first line and ← at the very start go to the end of the previous section', () => {
  expect(decideCrossSectionMove(key('ArrowUp'), caret({ onFirstLine: true }))).toEqual({ direction: 'previous', landing: 'end', keepColumn: true, phase: 'after-editor' });
  expect(decideCrossSectionMove(key('ArrowLeft'), caret({ atStart: true, onFirstLine: true }))).toEqual({ direction: 'previous', landing: 'end', keepColumn: false, phase: 'before-editor' });
});

test('inside the section the editor keeps the arrows: lines before the last, characters before the end', () => {
  expect(decideCrossSectionMove(key('ArrowDown'), caret({ onFirstLine: true }))).toBeNull();
  expect(decideCrossSectionMove(key('ArrowUp'), caret({ onLastLine: true }))).toBeNull();
  // On the last line but not at its end: → moves along the line.
  expect(decideCrossSectionMove(key('ArrowRight'), caret({ onLastLine: true }))).toBeNull();
  expect(decideCrossSectionMove(key('ArrowLeft'), caret({ onFirstLine: true }))).toBeNull();
  // → at the very start / ← at the very end stay inside.
  expect(decideCrossSectionMove(key('ArrowRight'), caret({ atStart: true }))).toBeNull();
  expect(decideCrossSectionMove(key('ArrowLeft'), caret({ atEnd: true }))).toBeNull();
  expect(decideCrossSectionMove(key('Enter'), caret({ atEnd: true, onLastLine: true }))).toBeNull();
});

test('a selected range is collapsed by the editor, not carried over', () => {
  const all = { collapsed: false, atStart: true, atEnd: true, onFirstLine: true, onLastLine: true };
  for (const k of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight']) expect(decideCrossSectionMove(key(k), caret(all))).toBeNull();
});

test('Shift, Ctrl, Alt and Meta arrows and keys of an IME are left alone', () => {
  const edge = caret({ atStart: true, atEnd: true, onFirstLine: true, onLastLine: true });
  for (const k of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight']) {
    expect(decideCrossSectionMove(key(k), edge)).not.toBeNull();
    expect(decideCrossSectionMove(key(k, { shiftKey: true }), edge)).toBeNull();
    expect(decideCrossSectionMove(key(k, { ctrlKey: true }), edge)).toBeNull();
    expect(decideCrossSectionMove(key(k, { altKey: true }), edge)).toBeNull();
    expect(decideCrossSectionMove(key(k, { metaKey: true }), edge)).toBeNull();
    expect(decideCrossSectionMove(key(k, { isComposing: true }), edge)).toBeNull();
    expect(decideCrossSectionMove(key(k, { keyCode: 229 }), edge)).toBeNull();
  }
  expect(decideCrossSectionMove(key('Process'), edge)).toBeNull();
});

test('only the facts the key needs are read (the line facts measure the layout)', () => {
  const read: string[] = [];
  const spy = new Proxy(caret({ atEnd: true }), {
    get(target, prop: string) {
      read.push(prop);
      return target[prop as keyof CaretFacts];
    },
  });
  decideCrossSectionMove(key('ArrowRight'), spy);
  expect(read).not.toContain('onLastLine');
  expect(read).not.toContain('onFirstLine');
  read.length = 0;
  decideCrossSectionMove(key('ArrowDown', { shiftKey: true }), spy);
  expect(read).toEqual([]);
});

test('the target is the nearest section that can take the caret, none past the first or last', () => {
  const order = ['a', 'b', 'c', 'd'];
  const reach =
    (map: Record<string, SectionReach>) =>
    (id: string): SectionReach =>
      map[id] ?? 'editable';
  expect(crossTarget(order, 'a', 'next', reach({}))).toBe('b');
  expect(crossTarget(order, 'c', 'previous', reach({}))).toBe('b');
  expect(crossTarget(order, 'd', 'next', reach({}))).toBeNull();
  expect(crossTarget(order, 'a', 'previous', reach({}))).toBeNull();
  // Read-only (or not loaded) sections are skipped; one not mounted yet is a target (it gets mounted).
  expect(crossTarget(order, 'a', 'next', reach({ b: 'unreachable' }))).toBe('c');
  expect(crossTarget(order, 'a', 'next', reach({ b: 'unreachable', c: 'unmounted' }))).toBe('c');
  expect(crossTarget(order, 'd', 'previous', reach({ c: 'unreachable', b: 'unreachable' }))).toBe('a');
  expect(crossTarget(order, 'a', 'next', reach({ b: 'unreachable', c: 'unreachable', d: 'unreachable' }))).toBeNull();
  expect(crossTarget(order, 'x', 'next', reach({}))).toBeNull();
});
