/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [
  { id: 'k1', width: 1 },
  { id: 'k2', width: 1 },
];

export const input = (
  <editor>
    <p id="p1">
      如表所示
      <anchor />
      ，各系分布
    </p>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">
          人<focus />数
        </td>
      </tr>
      <tr id="r2">
        <td id="c3">机械工程系</td>
        <td id="c4">939</td>
      </tr>
    </table>
  </editor>
);

/** A selection from text into a table deletes the text and clears the covered cells, nothing more. */
export const run = (editor: Editor): void => {
  editor.deleteFragment();
};

export const output = (
  <editor>
    <p id="p1">
      如表所示
      <cursor />
    </p>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">
          <text />
        </td>
        <td id="c2">数</td>
      </tr>
      <tr id="r2">
        <td id="c3">机械工程系</td>
        <td id="c4">939</td>
      </tr>
    </table>
  </editor>
);
