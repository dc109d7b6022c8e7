/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [
  { id: 'k1', width: 2 },
  { id: 'k2', width: 1 },
];
const subtotal = { kind: 'sum', range: { kind: 'range', rows: { from: 'r2', to: 'r4' }, cols: { from: 'k2', to: 'k2' } } };

export const input = (
  <editor>
    <table id="t1" caption="" source="" headerRows={1} columns={columns}>
      <tr id="r1">
        <td id="c1">专业</td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">数控技术</td>
        <td id="c4">
          23
          <cursor />
        </td>
      </tr>
      <tr id="r3">
        <td id="c5">机电一体化技术</td>
        <td id="c6">374</td>
      </tr>
      <tr id="r4">
        <td id="c7">小计</td>
        <td id="c8" formula={subtotal} computed>
          397
        </td>
      </tr>
    </table>
  </editor>
);

/** Typing a digit in a number cell recalculates the 小计 at once, in the same undo step. */
export const run = (editor: Editor): void => {
  editor.insertText('6');
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={1} columns={columns}>
      <tr id="r1">
        <td id="c1">专业</td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">数控技术</td>
        <td id="c4">
          236
          <cursor />
        </td>
      </tr>
      <tr id="r3">
        <td id="c5">机电一体化技术</td>
        <td id="c6">374</td>
      </tr>
      <tr id="r4">
        <td id="c7">小计</td>
        <td id="c8" formula={subtotal} computed>
          610
        </td>
      </tr>
    </table>
  </editor>
);
