/** @jsxRuntime classic */
/** @jsx jsx */
import type { Descendant, Editor } from 'slate';
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
          <cursor />
          人数
        </td>
      </tr>
    </table>
  </editor>
);

/** Copied cells pasted in a cell fill the grid from there, and the table grows to hold them. */
export const run = (editor: Editor): void => {
  const copied = {
    type: 'table',
    id: 'x1',
    caption: '',
    source: '',
    headerRows: 0,
    columns: [
      { id: 'y1', width: 1 },
      { id: 'y2', width: 1 },
    ],
    children: [
      { type: 'table-row', id: 'x2', children: [{ type: 'table-cell', id: 'x3', children: [{ text: '939' }] }, { type: 'table-cell', id: 'x4', children: [{ text: '28.14%' }] }] },
    ],
  };
  editor.insertFragment([copied] as Descendant[]);
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={[{ id: 'k1', width: 1 }, { id: 'k2', width: 1 }, { id: '$col', width: 1 }]}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">
          939
          <cursor />
        </td>
        <td id="$cell">28.14%</td>
      </tr>
    </table>
  </editor>
);
