/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { caretAtEnd, cutFragment } from '../support/clipboard';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      前文
      <anchor />
    </p>
    <h id="h1" level={1}>
      专业建设
    </h>
    <p id="p2">
      正文
      <focus />
    </p>
    <p id="p3">
      见<xref id="x1" target="h1"><text /></xref>。
    </p>
  </editor>
);

/** A heading and its paragraph cut and pasted after another paragraph: both keep their ids. */
export const run = (editor: Editor): void => {
  const fragment = cutFragment(editor);
  caretAtEnd(editor, [1]);
  editor.insertFragment(fragment);
};

export const output = (
  <editor>
    <p id="p1">前文</p>
    <p id="p3">
      见<xref id="x1" target="h1"><text /></xref>。
    </p>
    <h id="h1" level={1}>
      专业建设
    </h>
    <p id="p2">
      正文
      <cursor />
    </p>
  </editor>
);
