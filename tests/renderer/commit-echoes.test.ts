/** A one-line field's commits coming back as its value (renderer/src/editor/commit-echoes.ts). */
import { CommitEchoes } from '../../renderer/src/editor/commit-echoes';

test('an echo arriving after the author typed on is recognised, and so are the newer ones after it', () => {
  const echoes = new CommitEchoes();
  echoes.sent('智慧'); // compositionend
  echoes.sent('智慧校园'); // typed on before the first commit came back
  expect(echoes.isEcho('智慧')).toBe(true); // late: must not put '智慧' back into the field
  expect(echoes.isEcho('智慧校园')).toBe(true);
  // Nothing in flight: a value now is a change from elsewhere (undo).
  expect(echoes.isEcho('智慧')).toBe(false);
});

test('a change from elsewhere is not an echo and ends the wait for older commits', () => {
  const echoes = new CommitEchoes();
  echoes.sent('a');
  echoes.sent('ab');
  expect(echoes.isEcho('ab')).toBe(true); // 'a' was overtaken: its echo will not come alone
  expect(echoes.isEcho('a')).toBe(false); // so a later 'a' is someone's undo
  echoes.sent('x');
  expect(echoes.isEcho('y')).toBe(false);
  expect(echoes.isEcho('x')).toBe(false);
});

test('negative control: without the record every late echo looks like a change from elsewhere', () => {
  const echoes = new CommitEchoes();
  expect(echoes.isEcho('智慧')).toBe(false);
});

test('commits whose echoes never come are not kept without bound', () => {
  const echoes = new CommitEchoes();
  for (let i = 0; i < 200; i += 1) echoes.sent(`t${i}`);
  expect(echoes.isEcho('t0')).toBe(false);
  for (let i = 0; i < 200; i += 1) echoes.sent(`u${i}`);
  expect(echoes.isEcho('u199')).toBe(true);
});
