/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';
import { insertCase } from '../../../shared/editor/with-cases';

export const input = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">
        案例
        <cursor />
      </p>
    </case>
  </editor>
);

/** Boxes do not nest: inserting a case inside one changes nothing. */
export const run = (editor: Editor): void => {
  if (insertCase(editor) !== null) throw new Error('a case was nested');
};

export const output = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">
        案例
        <cursor />
      </p>
    </case>
  </editor>
);
