/** @jsxRuntime classic */
/** @jsx jsx */
import { Editor, Transforms } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <h id="h1" level={1}>
      标题
    </h>
    <p id="p1">正文</p>
  </editor>
);

/** main refuses empty content, so the editor never becomes empty. */
export const run = (editor: Editor): void => {
  Transforms.removeNodes(editor, { at: [1] });
  Transforms.removeNodes(editor, { at: [0] });
  Editor.normalize(editor, { force: true });
};

export const output = (
  <editor>
    <p id="$new">
      <text />
    </p>
  </editor>
);
