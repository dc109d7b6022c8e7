/**
 * The editor of one outline node: loads its content, edits it with Slate, hands every change to
 * the autosave queue. Mounted with a key per node (and per reload), so each section gets a fresh
 * editor with its own undo history, as a document window would.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Descendant } from 'slate';
import { Editable, Slate } from 'slate-react';
import { repairDuplicateIds } from '../../../shared/editor/with-block-ids';
import { collectIds } from '../../../shared/ids/block-id';
import type { SectionDocument } from '../../../shared/ipc/contract';
import type { SectionContent } from '../../../shared/model/document';
import { countContent } from '../../../shared/text/content-count';
import { t } from '../../../shared/i18n';
import type { SaveCoordinator } from '../autosave/save-coordinator';
import { useApi } from '../ipc/api-context';
import { RecoveredNotice } from '../project/read-only-banner';
import { errorMessage } from '../ipc/error-message';
import type { Store } from '../state/store';
import { BlockCommentAnchors, BlockCommentCountsProvider, BlockCommentTool, commentAtCaret, useBlockCommentsHub } from '../collaboration/block-comments';
import { createSectionEditor } from './create-section-editor';
import { useModelCopy } from './copy/use-model-copy';
import { fieldBlurHandler, useFieldSelectionGuard } from './field-focus';
import { caretToEndOnPageClick } from './page-click';
import { FormattingToolbar } from './formatting-toolbar';
import { HeadingContext, useHeadingNumbering } from './heading-numbers';
import { commandForKey } from './hotkeys';
import { renderElement, renderLeaf } from './render-element';
import { runEditorCommand } from './run-command';
import { usePasteIds } from './paste-ids';
import { handleStructureKey } from './structure-keys';
import { StructureTools } from './structure-tools';
import { handleTableKey } from './table/table-keys';
import { TableTools } from './table/table-tools';
import { useFindHub, useFindRegistration } from '../find/find-hub';
import { useFindDecorate } from '../find/use-find-decorate';

/** A key that types one character: no modifier but Shift, not composing. */
function isPlainCharacter(event: KeyboardEvent<HTMLDivElement>): boolean {
  return [...event.key].length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && !event.nativeEvent.isComposing;
}

/** Live counts are refreshed after typing pauses this long (counting walks the whole section). */
const COUNT_DELAY_MS = 250;

export interface SectionEditorProps {
  readonly nodeId: string;
  /** The node's computed number and title, shown above the text (e.g. “（一）立德树人”). */
  readonly numberLabel: string;
  readonly title: string;
  readonly depth: number;
  readonly readOnly: boolean;
  readonly coordinator: SaveCoordinator;
  readonly sectionWords: Store<number | null>;
  readonly ribbonSlot: HTMLElement | null;
}

type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly doc: SectionDocument }
  | { readonly kind: 'error'; readonly message: string };

export const SectionEditor = memo(function SectionEditor(props: SectionEditorProps) {
  const api = useApi();
  const { nodeId, coordinator, sectionWords } = props;
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    sectionWords.set(null);
    (async () => {
      // Edits still being written for this section must land before we read it back.
      await coordinator.settle(nodeId);
      const doc = await api.section.load({ id: nodeId });
      if (live) setState({ kind: 'ready', doc });
    })().catch((error: unknown) => {
      if (live) setState({ kind: 'error', message: errorMessage(error) });
    });
    return () => {
      live = false;
    };
  }, [api, coordinator, nodeId, sectionWords, attempt]);

  if (state.kind === 'ready') return <LoadedSection {...props} doc={state.doc} />;
  return (
    <div className="page-area">
      <div className={`page page-${state.kind}`} data-testid={state.kind === 'error' ? 'editor-load-error' : 'editor-loading'}>
        <PageTitle numberLabel={props.numberLabel} title={props.title} depth={props.depth} />
        {state.kind === 'loading' ? (
          <p className="page-status">{t('app.loading')}</p>
        ) : (
          <div className="page-status page-status-error" role="alert">
            <p>{t('editor.loadFailed', { message: state.message })}</p>
            <button type="button" className="btn" onClick={() => setAttempt((n) => n + 1)}>
              {t('common.retry')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
});

function PageTitle({ numberLabel, title, depth }: { readonly numberLabel: string; readonly title: string; readonly depth: number }) {
  return (
    <h1 className={`page-title page-title-${depth}`} data-testid="page-title">
      {numberLabel ? <span className="page-title-number">{numberLabel}</span> : null}
      {title}
    </h1>
  );
}

function hasDuplicateIds(content: SectionContent): boolean {
  const ids = collectIds(content);
  return new Set(ids).size !== ids.length;
}

export function LoadedSection({ doc, numberLabel, title, depth, readOnly, coordinator, sectionWords, ribbonSlot }: SectionEditorProps & { readonly doc: SectionDocument }) {
  const [{ editor, repaired }] = useState(() => createSectionEditor(doc.content));
  const queue = useRef<ReturnType<SaveCoordinator['open']> | null>(null);
  const countTimer = useRef<number | undefined>(undefined);
  const numbering = useHeadingNumbering(editor, depth);
  const comments = useBlockCommentsHub();
  usePasteIds(editor, doc.id);
  // Copy of a selection holding a table: clipboard text and HTML from the model (rows out of view included).
  useModelCopy(editor);
  useFieldSelectionGuard(editor);
  const onBlur = useMemo(() => fieldBlurHandler(editor), [editor]);
  // 查找和替换: the find bar reads this editor's matches; its highlights are decorations.
  const findHub = useFindHub();
  useFindRegistration(findHub, doc.id, editor);
  const decorate = useFindDecorate(findHub, doc.id, editor);

  useEffect(() => {
    if (readOnly) return undefined;
    // Main refuses duplicate ids; the id plugin prevents them, this is the last line of defence.
    const prepare = (content: SectionContent): SectionContent => {
      if (!hasDuplicateIds(content)) return content;
      console.warn(`section ${doc.id}: duplicate block ids repaired before saving`);
      repairDuplicateIds(editor);
      return editor.children as SectionContent;
    };
    const q = coordinator.open(doc.id, doc.revision, prepare);
    queue.current = q;
    // Content that loading had to repair (missing ids…) is saved back in its repaired form.
    if (repaired) q.edit(editor.children as SectionContent);
    return () => {
      queue.current = null;
      coordinator.release(doc.id, q);
    };
  }, [coordinator, doc, editor, readOnly, repaired]);

  useEffect(() => {
    sectionWords.set(countContent(editor.children as SectionContent).words);
    return () => window.clearTimeout(countTimer.current);
  }, [editor, sectionWords]);

  // The notice about damaged stored content holds until the first edit: from then on the section's
  // content is what the user sees (and is saved as such; the damaged text stays in the history).
  const [recovered, setRecovered] = useState(doc.recovered ?? null);
  const { onChange: onHeadingChange } = numbering;
  const onValueChange = useCallback(
    (value: Descendant[]) => {
      if (editor.operations.some((op) => op.type !== 'set_selection')) {
        setRecovered(null);
        findHub?.noteChange();
      }
      queue.current?.edit(value as SectionContent);
      onHeadingChange();
      window.clearTimeout(countTimer.current);
      countTimer.current = window.setTimeout(() => sectionWords.set(countContent(editor.children as SectionContent).words), COUNT_DELAY_MS);
    },
    [editor, onHeadingChange, sectionWords, findHub],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (handleStructureKey(editor, event, readOnly)) return;
      if (handleTableKey(editor, event, readOnly)) return;
      // Tab in the text never sends the keyboard out to the window's next control (the status
      // bar), where the next IME input would be lost. Paragraphs carry their first-line indent
      // by style and lists have one level, so Tab has nothing else to do here.
      if (event.key === 'Tab' && !readOnly && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        return;
      }
      const command = commandForKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        isComposing: event.nativeEvent.isComposing,
        code: event.code,
      });
      // Ctrl+S bubbles to the window, which saves every section (see project-screen).
      // A plain character is typed through beforeinput: `true` tells slate-react's own keydown
      // handler, which has nothing to do for it, to stop before it reads the whole text of the
      // caret's top-level block (for its RTL check: a 24 000-cell table on every keystroke).
      if (!command || command.kind === 'save') return isPlainCharacter(event) ? true : undefined;
      event.preventDefault();
      // A comment changes no text: read-only sections can be commented on (or their comments shown).
      if (command.kind === 'comment') commentAtCaret(comments, editor, doc.id);
      else if (!readOnly) runEditorCommand(editor, command);
    },
    [comments, doc.id, editor, readOnly],
  );

  const headingContext = useMemo(() => ({ labels: numbering.labels, nodeDepth: depth }), [numbering.labels, depth]);

  return (
    <Slate editor={editor} initialValue={editor.children} onValueChange={onValueChange}>
      {ribbonSlot
        ? createPortal(
            <>
              <FormattingToolbar readOnly={readOnly} />
              <BlockCommentTool nodeId={doc.id} />
            </>,
            ribbonSlot,
          )
        : null}
      <BlockCommentAnchors nodeId={doc.id} />
      <StructureTools nodeId={doc.id} readOnly={readOnly} ribbonSlot={ribbonSlot} />
      <TableTools readOnly={readOnly} ribbonSlot={ribbonSlot} />
      <div className="page-area">
        <div className="page" onMouseDown={(event) => caretToEndOnPageClick(editor, event, readOnly)}>
          <PageTitle numberLabel={numberLabel} title={title} depth={depth} />
          {recovered ? <RecoveredNotice recovered={recovered} /> : null}
          <HeadingContext.Provider value={headingContext}>
            <BlockCommentCountsProvider nodeId={doc.id}>
            <Editable
              className="editable"
              data-testid="editor"
              data-section-id={doc.id}
              readOnly={readOnly}
              renderElement={renderElement}
              renderLeaf={renderLeaf}
              {...(decorate ? { decorate } : {})}
              onKeyDown={onKeyDown}
              onBlur={onBlur}
              placeholder={readOnly ? undefined : t('editor.placeholder')}
              spellCheck={false}
              autoCorrect="off"
              aria-label={t('editor.ariaLabel', { title })}
            />
            </BlockCommentCountsProvider>
          </HeadingContext.Provider>
        </div>
      </div>
    </Slate>
  );
}
