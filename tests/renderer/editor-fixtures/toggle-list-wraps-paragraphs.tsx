/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { toggleList } from '../../../shared/editor/block-format';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      <anchor />一
    </p>
    <h id="h1" level={1}>
      二<focus />
    </h>
    <p id="p3">三</p>
  </editor>
);

export const run = (editor: Editor): void => toggleList(editor, 'numbered-list');

export const output = (
  <editor>
    <ol id="$list">
      <li id="p1">
        <anchor />一
      </li>
      <li id="h1">
        二<focus />
      </li>
    </ol>
    <p id="p3">三</p>
  </editor>
);
