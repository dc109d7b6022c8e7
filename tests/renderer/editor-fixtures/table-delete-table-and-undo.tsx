/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { deleteCurrentTable } from '../../../shared/editor/table-commands';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [{ id: 'k1', width: 1 }];

export const input = (
  <editor>
    <p id="p1">前文</p>
    <table id="t1" caption="院系分布" source="教务系统" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">
          院系
          <cursor />
        </td>
      </tr>
    </table>
    <p id="p2">后文</p>
  </editor>
);

/** 删除表格 removes the whole table in one step, and one undo brings it back with its ids. */
export const run = (editor: Editor): void => {
  deleteCurrentTable(editor);
  editor.insertText('继续');
  editor.undo();
  editor.undo();
};

export const output = (
  <editor>
    <p id="p1">前文</p>
    <table id="t1" caption="院系分布" source="教务系统" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">
          院系
          <cursor />
        </td>
      </tr>
    </table>
    <p id="p2">后文</p>
  </editor>
);
