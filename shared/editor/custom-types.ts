/**
 * Tells Slate's TypeScript types what our documents are made of (see ../model/document.ts), so
 * every transform in shared/editor and renderer/ is checked against the real content model.
 * The editor type here has history but not the DOM: React/DOM parts are added in renderer/.
 */
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { FormattedText, ReportElement } from '../model/document';

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & HistoryEditor;
    Element: ReportElement;
    Text: FormattedText;
  }
}

export {};
