import type { Editor } from 'slate';
import type { ReactEditor } from 'slate-react';

/** The editor of one section: Slate core + history (see shared/editor/custom-types) + DOM. */
export type SectionEditorInstance = Editor & ReactEditor;
