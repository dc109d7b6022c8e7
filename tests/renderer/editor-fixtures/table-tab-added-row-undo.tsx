/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { moveToAdjacentCell } from '../../../shared/editor/table-navigation';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [
  { id: 'k1', width: 1 },
  { id: 'k2', width: 1 },
];

export const input = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">
          人数
          <cursor />
        </td>
      </tr>
    </table>
  </editor>
);

/** Undo after Tab added a row takes the row away again in one step and puts the caret back. */
export const run = (editor: Editor): void => {
  moveToAdjacentCell(editor, 'next');
  editor.insertText('新');
  editor.undo();
  editor.undo();
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">
          人数
          <cursor />
        </td>
      </tr>
    </table>
  </editor>
);
