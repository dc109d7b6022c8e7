/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [
  { id: 'k1', width: 2 },
  { id: 'k2', width: 1 },
];
const subtotal = { kind: 'sum', range: { kind: 'range', rows: { from: 'r2', to: 'r3' }, cols: { from: 'k2', to: 'k2' } } };

export const input = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r2">
        <td id="c3">数控技术</td>
        <td id="c4">236</td>
      </tr>
      <tr id="r3">
        <td id="c7">小计</td>
        <td id="c8" formula={subtotal} computed>
          236
          <cursor />
        </td>
      </tr>
    </table>
  </editor>
);

/** Typing into a computed cell makes it a typed one, which recalculation then leaves alone. */
export const run = (editor: Editor): void => {
  editor.insertText('0');
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r2">
        <td id="c3">数控技术</td>
        <td id="c4">236</td>
      </tr>
      <tr id="r3">
        <td id="c7">小计</td>
        <td id="c8">
          2360
          <cursor />
        </td>
      </tr>
    </table>
  </editor>
);
