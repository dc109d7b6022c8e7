/** Puts an imported image into the text as a new figure, at `at` (where the author asked for it). */
import { Transforms, type Range } from 'slate';
import { ReactEditor } from 'slate-react';
import { defaultWidthFor, insertFigure } from '../../../../shared/editor/with-figures';
import type { ImportedAsset } from '../../../../shared/ipc/contract';
import { requestFieldFocus } from '../focus-request';
import type { SectionEditorInstance } from '../section-editor-type';

export function insertImportedImage(editor: SectionEditorInstance, asset: ImportedAsset, at: Range | null): string | null {
  if (at) Transforms.select(editor, at);
  const id = insertFigure(editor, { asset: asset.sha256, width: defaultWidthFor(asset.width, asset.height) });
  if (id === null) return null;
  // The caption is what the author types next (图 1-1 …).
  requestFieldFocus(editor, id);
  ReactEditor.focus(editor);
  return id;
}
