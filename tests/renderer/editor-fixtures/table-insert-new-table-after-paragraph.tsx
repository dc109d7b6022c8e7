/** @jsxRuntime classic */
/** @jsx jsx */
import { Editor } from 'slate';
import { insertNewTable } from '../../../shared/editor/table-commands';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      数据如下
      <cursor />
    </p>
  </editor>
);

/**
 * A new 2 × 2 table goes after the paragraph, with a paragraph after it, caret in its first cell.
 * Cells hold plain text (main refuses marks there), so bold is not applied in a table.
 */
export const run = (editor: Editor): void => {
  insertNewTable(editor, 2, 2, 1);
  editor.insertText('院系');
  Editor.addMark(editor, 'bold', true);
  editor.insertText('系');
};

export const output = (
  <editor>
    <p id="p1">数据如下</p>
    <table id="$t" caption="" source="" headerRows={1} columns={[{ id: '$k1', width: 1 }, { id: '$k2', width: 1 }]}>
      <tr id="$r1">
        <td id="$c1">
          院系系
          <cursor />
        </td>
        <td id="$c2">
          <text />
        </td>
      </tr>
      <tr id="$r2">
        <td id="$c3">
          <text />
        </td>
        <td id="$c4">
          <text />
        </td>
      </tr>
    </table>
    <p id="$p">
      <text />
    </p>
  </editor>
);
