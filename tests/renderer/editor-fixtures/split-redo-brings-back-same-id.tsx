/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      年度<cursor />报告
    </p>
  </editor>
);

/** Redo re-applies the recorded split: the block it recreates is the one the split had made. */
export const run = (editor: Editor): Record<string, string> => {
  editor.insertBreak();
  const created = (editor.children[1] as { id: string }).id;
  editor.undo();
  editor.redo();
  return { split: created };
};

export const output = (
  <editor>
    <p id="p1">年度</p>
    <p id="$split">
      <cursor />
      报告
    </p>
  </editor>
);
