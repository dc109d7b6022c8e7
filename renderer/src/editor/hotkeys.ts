/**
 * Word's keyboard shortcuts, mapped to editor commands. Pure, so the mapping is tested without a
 * browser. Keys pressed while an IME composes belong to the IME and are never commands.
 */
import type { BlockStyle, MarkName } from '../../../shared/editor/block-format';

export type EditorCommand =
  | { readonly kind: 'mark'; readonly mark: MarkName }
  | { readonly kind: 'style'; readonly style: BlockStyle }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'save' }
  /** 批注 on the block at the caret (Word's Ctrl+Alt+M). */
  | { readonly kind: 'comment' };

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly isComposing?: boolean;
  /** The physical key: Ctrl+Alt+M must work where Alt changes the character (AltGr layouts, macOS). */
  readonly code?: string;
}

export function commandForKey(event: KeyLike): EditorCommand | null {
  if (event.isComposing || event.key === 'Process') return null;
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.altKey && !event.shiftKey && (event.code === 'KeyM' || event.key.toLowerCase() === 'm')) return { kind: 'comment' };
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (event.shiftKey) return key === 'z' ? { kind: 'redo' } : null;
  switch (key) {
    case 'b':
      return { kind: 'mark', mark: 'bold' };
    case 'i':
      return { kind: 'mark', mark: 'italic' };
    case 'u':
      return { kind: 'mark', mark: 'underline' };
    case '0':
      return { kind: 'style', style: 'paragraph' };
    case '1':
      return { kind: 'style', style: 'heading-1' };
    case '2':
      return { kind: 'style', style: 'heading-2' };
    case '3':
      return { kind: 'style', style: 'heading-3' };
    case 'z':
      return { kind: 'undo' };
    case 'y':
      return { kind: 'redo' };
    case 's':
      return { kind: 'save' };
    default:
      return null;
  }
}
