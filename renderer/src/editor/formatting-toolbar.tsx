/**
 * The ribbon's formatting group. It lives inside the editor's Slate context but is drawn in the
 * window's ribbon (a portal). It re-renders only when the active formats change, not on every
 * keystroke: the selector returns a short string that stays equal while typing.
 */
import type { MouseEvent, ReactNode } from 'react';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { activeBlockStyle, isMarkActive, type BlockStyle, type MarkName } from '../../../shared/editor/block-format';
import { t, type MessageKey } from '../../../shared/i18n';
import type { SectionEditorInstance } from './section-editor-type';
import { runEditorCommand, type TextCommand } from './run-command';
import { Icon } from '../ui/icons';

const STYLES: readonly { readonly style: BlockStyle; readonly label: MessageKey; readonly title: MessageKey }[] = [
  { style: 'paragraph', label: 'toolbar.style.paragraph', title: 'editor.paragraph' },
  { style: 'heading-1', label: 'toolbar.style.heading1', title: 'editor.heading1' },
  { style: 'heading-2', label: 'toolbar.style.heading2', title: 'editor.heading2' },
  { style: 'heading-3', label: 'toolbar.style.heading3', title: 'editor.heading3' },
];

const MARKS: readonly { readonly mark: MarkName; readonly glyph: string; readonly title: MessageKey }[] = [
  { mark: 'bold', glyph: 'B', title: 'editor.bold' },
  { mark: 'italic', glyph: 'I', title: 'editor.italic' },
  { mark: 'underline', glyph: 'U', title: 'editor.underline' },
];

interface ActiveFormats {
  readonly style: BlockStyle | null;
  readonly marks: ReadonlySet<MarkName>;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

function activeSignature(editor: SectionEditorInstance): string {
  const style = activeBlockStyle(editor) ?? '';
  const marks = MARKS.filter((m) => isMarkActive(editor, m.mark))
    .map((m) => m.mark)
    .join(',');
  return `${style}|${marks}|${editor.history.undos.length > 0 ? 1 : 0}${editor.history.redos.length > 0 ? 1 : 0}`;
}

function parseSignature(signature: string): ActiveFormats {
  const [style = '', marks = '', history = '00'] = signature.split('|');
  return {
    style: style === '' ? null : (style as BlockStyle),
    marks: new Set(marks.split(',').filter(Boolean) as MarkName[]),
    canUndo: history[0] === '1',
    canRedo: history[1] === '1',
  };
}

export interface ToolButtonProps {
  readonly title: string;
  readonly active?: boolean;
  readonly disabled?: boolean;
  readonly className?: string;
  readonly testId: string;
  readonly onRun: () => void;
  readonly children: ReactNode;
}

export function ToolButton({ title, active, disabled, className, testId, onRun, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={`tool ${active ? 'tool-active' : ''} ${className ?? ''}`}
      title={title}
      aria-label={title}
      aria-pressed={active}
      disabled={disabled}
      data-testid={testId}
      // Pressing the button must not take the focus (and the selection) away from the editor.
      onMouseDown={(event: MouseEvent) => event.preventDefault()}
      onClick={() => {
        if (!disabled) onRun();
      }}
    >
      {children}
    </button>
  );
}

export function FormattingToolbar({ readOnly }: { readonly readOnly: boolean }) {
  const editor = useSlateStatic() as SectionEditorInstance;
  const signature = useSlateSelector((e) => activeSignature(e as SectionEditorInstance));
  const active = parseSignature(signature);
  const run = (command: TextCommand): void => {
    if (!editor.selection) ReactEditor.focus(editor);
    runEditorCommand(editor, command);
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="formatting-toolbar">
      <div className="tool-group">
        <ToolButton title={t('editor.undo')} disabled={readOnly || !active.canUndo} testId="tool-undo" onRun={() => run({ kind: 'undo' })}>
          <Icon name="undo" />
        </ToolButton>
        <ToolButton title={t('editor.redo')} disabled={readOnly || !active.canRedo} testId="tool-redo" onRun={() => run({ kind: 'redo' })}>
          <Icon name="redo" />
        </ToolButton>
      </div>
      <div className="tool-group tool-styles">
        {STYLES.map((s) => (
          <ToolButton
            key={s.style}
            title={t(s.title)}
            active={active.style === s.style}
            disabled={readOnly}
            className={`tool-style tool-style-${s.style}`}
            testId={`style-${s.style}`}
            onRun={() => run({ kind: 'style', style: s.style })}
          >
            {t(s.label)}
          </ToolButton>
        ))}
      </div>
      <div className="tool-group">
        {MARKS.map((m) => (
          <ToolButton
            key={m.mark}
            title={t(m.title)}
            active={active.marks.has(m.mark)}
            disabled={readOnly}
            className={`tool-mark tool-mark-${m.mark}`}
            testId={`mark-${m.mark}`}
            onRun={() => run({ kind: 'mark', mark: m.mark })}
          >
            {m.glyph}
          </ToolButton>
        ))}
      </div>
      <div className="tool-group">
        <ToolButton
          title={t('editor.bulleted')}
          active={active.style === 'bulleted-list'}
          disabled={readOnly}
          testId="list-bulleted"
          onRun={() => run({ kind: 'style', style: 'bulleted-list' })}
        >
          <Icon name="bullets" />
        </ToolButton>
        <ToolButton
          title={t('editor.numbered')}
          active={active.style === 'numbered-list'}
          disabled={readOnly}
          testId="list-numbered"
          onRun={() => run({ kind: 'style', style: 'numbered-list' })}
        >
          <Icon name="numbers" />
        </ToolButton>
      </div>
    </div>
  );
}
