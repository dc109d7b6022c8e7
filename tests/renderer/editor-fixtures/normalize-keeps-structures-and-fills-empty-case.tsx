/** @jsxRuntime classic */
/** @jsx jsx */
import { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      见<xref id="x1" target="t1">
        <text />
      </xref>
      。
    </p>
    <table id="t1" caption="毕业生分布" source="" headerRows={1} columns={[{ id: 'k1', width: 1 }, { id: 'k2', width: 1 }]}>
      <tr id="r1">
        <td id="c1" rowSpan={2}>
          院系
        </td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">12</td>
      </tr>
    </table>
    <case id="k1" title="空案例">
      <text />
    </case>
  </editor>
);

/** Inline references and table grids survive normalization untouched; an empty case gets a paragraph. */
export const run = (editor: Editor): void => Editor.normalize(editor, { force: true });

export const output = (
  <editor>
    <p id="p1">
      见<xref id="x1" target="t1">
        <text />
      </xref>
      。
    </p>
    <table id="t1" caption="毕业生分布" source="" headerRows={1} columns={[{ id: 'k1', width: 1 }, { id: 'k2', width: 1 }]}>
      <tr id="r1">
        <td id="c1" rowSpan={2}>
          院系
        </td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">12</td>
      </tr>
    </table>
    <case id="k1" title="空案例">
      <p id="$new">
        <text />
      </p>
    </case>
  </editor>
);
