/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { replaceAll } from '../../../shared/editor/find-replace';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [
  { id: 'k1', width: 2 },
  { id: 'k2', width: 1 },
];
const subtotal = { kind: 'sum', range: { kind: 'range', rows: { from: 'r2', to: 'r3' }, cols: { from: 'k2', to: 'k2' } } };

export const input = (
  <editor>
    <p id="p1">
      2025年见<xref id="x1" target="t1"><text /></xref>，2025
      <cursor />
    </p>
    <table id="t1" caption="2025年招生" source="2025年统计" headerRows={1} columns={columns}>
      <tr id="r1">
        <td id="c1">专业</td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">数控2025</td>
        <td id="c4">2025</td>
      </tr>
      <tr id="r3">
        <td id="c5">机电</td>
        <td id="c6">25</td>
      </tr>
      <tr id="r4">
        <td id="c7">小计</td>
        <td id="c8" formula={subtotal} computed>
          2050
        </td>
      </tr>
    </table>
    <figure id="f1" asset={null} caption="2025年实训" source="" width={100}>
      <text />
    </figure>
    <case id="k1" title="2025案例">
      <p id="p2">案例正文2025</p>
    </case>
  </editor>
);

/**
 * 全部替换 reaches text around a cross-reference, table cells, captions, source lines and case
 * titles; never the computed 小计, which is recalculated from the replaced number instead.
 */
export const run = (editor: Editor): void => {
  replaceAll(editor, '2025', '2024');
};

export const output = (
  <editor>
    <p id="p1">
      2024年见<xref id="x1" target="t1"><text /></xref>，2024
      <cursor />
    </p>
    <table id="t1" caption="2024年招生" source="2024年统计" headerRows={1} columns={columns}>
      <tr id="r1">
        <td id="c1">专业</td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">数控2024</td>
        <td id="c4">2024</td>
      </tr>
      <tr id="r3">
        <td id="c5">机电</td>
        <td id="c6">25</td>
      </tr>
      <tr id="r4">
        <td id="c7">小计</td>
        <td id="c8" formula={subtotal} computed>
          2049
        </td>
      </tr>
    </table>
    <figure id="f1" asset={null} caption="2024年实训" source="" width={100}>
      <text />
    </figure>
    <case id="k1" title="2024案例">
      <p id="p2">案例正文2024</p>
    </case>
  </editor>
);
