/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <h id="h1" level={1}>
      立德<cursor />树人
    </h>
  </editor>
);

/** As in Word, only Enter at the end switches to body text; a split keeps the heading style. */
export const run = (editor: Editor): void => editor.insertBreak();

export const output = (
  <editor>
    <h id="h1" level={1}>
      立德
    </h>
    <h id="$new" level={1}>
      <cursor />
      树人
    </h>
  </editor>
);
