/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { splitSelectedCell } from '../../../shared/editor/table-commands';
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
        <td id="c1" rowSpan={2} align="center">
          机械
          <cursor />
          工程系
        </td>
        <td id="c2">数控技术</td>
      </tr>
      <tr id="r2">
        <td id="c4">机电一体化技术</td>
      </tr>
    </table>
  </editor>
);

/** Splitting gives back single cells: the text stays in the top one, the new one is empty. */
export const run = (editor: Editor): void => {
  splitSelectedCell(editor);
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1" align="center">
          机械工程系
          <cursor />
        </td>
        <td id="c2">数控技术</td>
      </tr>
      <tr id="r2">
        <td id="$new" align="center">
          <text />
        </td>
        <td id="c4">机电一体化技术</td>
      </tr>
    </table>
  </editor>
);
