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
    <table id="t1" caption="" source="" headerRows={1} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">专业</td>
      </tr>
      <tr id="r2">
        <td id="c3">
          机械
          <anchor />
          工程系
        </td>
        <td id="c4">数控技术</td>
      </tr>
      <tr id="r3">
        <td id="c5">
          <focus />
        </td>
        <td id="c6">机电一体化技术</td>
      </tr>
    </table>
  </editor>
);

/** A drag from one cell to the one below selects both; merging keeps the top cell, its text and id. */
export const run = (editor: Editor): void => {
  mergeSelectedCells(editor);
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={1} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">专业</td>
      </tr>
      <tr id="r2">
        <td id="c3" rowSpan={2}>
          机械工程系
          <cursor />
        </td>
        <td id="c4">数控技术</td>
      </tr>
      <tr id="r3">
        <td id="c6">机电一体化技术</td>
      </tr>
    </table>
  </editor>
);
