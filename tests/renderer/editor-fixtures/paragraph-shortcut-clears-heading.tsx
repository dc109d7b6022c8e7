/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { setParagraph } from '../../../shared/editor/block-format';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <h id="h1" level={1} numbered={false}>
      ——基本内容<cursor />
    </h>
  </editor>
);

export const run = (editor: Editor): void => setParagraph(editor);

export const output = (
  <editor>
    <p id="h1">
      ——基本内容<cursor />
    </p>
  </editor>
);
