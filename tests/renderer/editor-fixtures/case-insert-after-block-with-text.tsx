/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';
import { insertCase } from '../../../shared/editor/with-cases';

export const input = (
  <editor>
    <p id="p1">
      前文
      <cursor />
    </p>
    <p id="p2">后文</p>
  </editor>
);

/** With the caret in a paragraph that has text, an empty box comes after it, caret inside. */
export const run = (editor: Editor): Record<string, string> => {
  const id = insertCase(editor);
  if (id === null) throw new Error('no case inserted');
  editor.insertText('案例正文');
  return { box: id };
};

export const output = (
  <editor>
    <p id="p1">前文</p>
    <case id="$box" title="">
      <p id="$para">
        案例正文
        <cursor />
      </p>
    </case>
    <p id="p2">后文</p>
  </editor>
);
