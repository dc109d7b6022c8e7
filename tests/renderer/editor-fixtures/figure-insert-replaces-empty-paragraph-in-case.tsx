/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';
import { insertFigure } from '../../../shared/editor/with-figures';

const SHA = 'a'.repeat(64);

export const input = (
  <editor>
    <case id="k1" title="实训基地建设">
      <p id="p1">案例正文</p>
      <p id="p2">
        <cursor />
      </p>
    </case>
  </editor>
);

/**
 * A figure inserted on an empty paragraph of a box takes that paragraph's place, inside the box,
 * and a paragraph follows it so the author can go on typing below.
 */
export const run = (editor: Editor): Record<string, string> => {
  const id = insertFigure(editor, { asset: SHA, width: 60 });
  if (id === null) throw new Error('no figure inserted');
  editor.insertText('图后正文');
  return { fig: id };
};

export const output = (
  <editor>
    <case id="k1" title="实训基地建设">
      <p id="p1">案例正文</p>
      <figure id="$fig" asset={SHA} caption="" source="" width={60}>
        <text />
      </figure>
      <p id="$after">
        图后正文
        <cursor />
      </p>
    </case>
  </editor>
);
