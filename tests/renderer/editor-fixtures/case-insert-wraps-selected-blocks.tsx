/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';
import { insertCase } from '../../../shared/editor/with-cases';

export const input = (
  <editor>
    <p id="p0">前文</p>
    <p id="p1">
      <anchor />
      第一段
    </p>
    <ul id="l1">
      <li id="i1">
        要点
        <focus />
      </li>
    </ul>
    <p id="p3">后文</p>
  </editor>
);

/** Insert case with blocks selected puts a box around exactly those blocks. */
export const run = (editor: Editor): Record<string, string> => {
  const id = insertCase(editor);
  if (id === null) throw new Error('no case inserted');
  return { box: id };
};

export const output = (
  <editor>
    <p id="p0">前文</p>
    <case id="$box" title="">
      <p id="p1">
        <anchor />
        第一段
      </p>
      <ul id="l1">
        <li id="i1">
          要点
          <focus />
        </li>
      </ul>
    </case>
    <p id="p3">后文</p>
  </editor>
);
