/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { mergeSelectedCells } from '../../../shared/editor/table-commands';
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
        <td id="c1">
          <anchor />
          甲
        </td>
        <td id="c2">
          乙
          <focus />
        </td>
      </tr>
      <tr id="r2">
        <td id="c3">丙</td>
        <td id="c4">丁</td>
      </tr>
    </table>
  </editor>
);

/** One undo takes a merge back completely: both cells, their texts and ids, and the selection. */
export const run = (editor: Editor): void => {
  mergeSelectedCells(editor);
  editor.undo();
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">
          <anchor />
          甲
        </td>
        <td id="c2">
          乙
          <focus />
        </td>
      </tr>
      <tr id="r2">
        <td id="c3">丙</td>
        <td id="c4">丁</td>
      </tr>
    </table>
  </editor>
);
