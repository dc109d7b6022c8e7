/**
 * Per-editor state of the reference tools: the suggestion offered while typing 见表… and whether
 * the 插入交叉引用 dialog is open. It lives outside React so that the editor's key handler (which
 * must decide synchronously whether Enter inserts a reference or breaks the paragraph) reads
 * exactly what the popup shows.
 */
import type { Editor, Path } from 'slate';
import type { NumberedStructure } from '../../../../shared/numbering/structure-numbering';
import { createStore, type Store } from '../../state/store';
import type { ReferenceCue } from './reference-cue';

export interface CueAt extends ReferenceCue {
  /** The text node holding the cue and the caret. */
  readonly path: Path;
  readonly caret: number;
  /** Identifies this cue while its number is being typed (Esc dismisses it for good). */
  readonly key: string;
}

export interface Suggestion {
  readonly cue: CueAt;
  readonly candidates: readonly NumberedStructure[];
  readonly index: number;
}

export interface XrefUiState {
  readonly suggestion: Suggestion | null;
  /** The key of the cue the author dismissed with Esc. */
  readonly dismissed: string | null;
  readonly pickerOpen: boolean;
}

const INITIAL: XrefUiState = { suggestion: null, dismissed: null, pickerOpen: false };
const stores = new WeakMap<Editor, Store<XrefUiState>>();

export function xrefUi(editor: Editor): Store<XrefUiState> {
  let store = stores.get(editor);
  if (!store) {
    store = createStore<XrefUiState>(INITIAL);
    stores.set(editor, store);
  }
  return store;
}

export function updateXrefUi(editor: Editor, patch: Partial<XrefUiState>): void {
  const store = xrefUi(editor);
  store.set({ ...store.get(), ...patch });
}
