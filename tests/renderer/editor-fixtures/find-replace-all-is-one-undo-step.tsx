/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { replaceAll } from '../../../shared/editor/find-replace';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      学院推进产教融合。
      <cursor />
    </p>
    <p id="p2">产教融合成效显著。</p>
  </editor>
);

/** Typing, then 全部替换, then one Ctrl+Z: only the replacement is undone, the typing stays. */
export const run = (editor: Editor): void => {
  editor.insertText('新');
  replaceAll(editor, '产教融合', '校企合作');
  editor.undo();
};

export const output = (
  <editor>
    <p id="p1">
      学院推进产教融合。新
      <cursor />
    </p>
    <p id="p2">产教融合成效显著。</p>
  </editor>
);
