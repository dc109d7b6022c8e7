/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { setHeading } from '../../../shared/editor/block-format';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <ul id="l1">
      <li id="i1">
        主要成效<cursor />
      </li>
    </ul>
  </editor>
);

export const run = (editor: Editor): void => setHeading(editor, 2);

export const output = (
  <editor>
    <h id="i1" level={2}>
      主要成效<cursor />
    </h>
  </editor>
);
