/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';
import { insertXref } from '../../../shared/editor/with-xrefs';

export const input = (
  <editor>
    <p id="p1">
      详见表1-
      <cursor />
    </p>
  </editor>
);

/** Accepting the offered reference for 见表1- replaces “表1-” and keeps “详见”. */
export const run = (editor: Editor): Record<string, string> => {
  const path = [0, 0];
  const id = insertXref(editor, 't1', { anchor: { path, offset: 2 }, focus: { path, offset: 5 } });
  if (id === null) throw new Error('no reference inserted');
  editor.insertText('。');
  return { ref: id };
};

export const output = (
  <editor>
    <p id="p1">
      详见<xref id="$ref" target="t1"><text /></xref>。
      <cursor />
    </p>
  </editor>
);
