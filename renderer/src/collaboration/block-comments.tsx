/**
 * Block comments (批注 on a paragraph, a table, a figure): one small hub per open project that holds
 * the selected section's threads (comment.list when the section is selected, again after add and
 * reply), what the comments panel is asked to show, and the quotes of the commented blocks.
 *
 * The editor sees comments only through BlockCommentCountsContext (block id → thread count), read
 * by the margin markers: the context changes when the threads change, never while typing, so
 * comments cost the editor nothing per keystroke.
 */
import { Icon } from '../ui/icons';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import type { Api } from '../../../shared/ipc/contract';
import type { CommentThread } from '../../../shared/model/collaboration';
import { t } from '../../../shared/i18n';
import { errorMessage } from '../ipc/error-message';
import { findPathById, showBlock } from '../navigation/show-block';
import type { SectionEditorInstance } from '../editor/section-editor-type';
import { ToolButton } from '../editor/formatting-toolbar';
import { createStore, useStore, type Store } from '../state/store';
import { countByBlock, quotesOf, sameQuotes, topLevelBlockId, type BlockQuote } from './block-comment-model';

export interface BlockCommentsState {
  /** The section whose threads these are (the selected one). */
  readonly nodeId: string | null;
  readonly threads: readonly CommentThread[];
  readonly error: string | null;
}

/** What the panel is asked to do: write a new comment on a block, or show a block's threads. */
export interface PanelRequest {
  readonly kind: 'new' | 'show';
  readonly nodeId: string;
  readonly blockId: string;
  readonly seq: number;
}

/** The quotes of the commented blocks as the section's editor has them now (absent: deleted). */
export interface SectionQuotes {
  readonly nodeId: string;
  readonly quotes: ReadonlyMap<string, BlockQuote>;
}

export interface BlockComments {
  readonly state: Store<BlockCommentsState>;
  readonly request: Store<PanelRequest | null>;
  readonly quotes: Store<SectionQuotes | null>;
  /** Set by the project screen on every render: who may write comments, how the panel opens. */
  configure(options: { readonly canAdd: boolean; readonly openPanel: () => void }): void;
  readonly canAdd: () => boolean;
  /** Makes `nodeId` the section whose threads are held (fetched when it changes). */
  select(nodeId: string | null): void;
  /** Fetches the threads again (after a merge brought replies). */
  reload(nodeId: string): Promise<void>;
  add(nodeId: string, blockId: string | null, text: string): Promise<boolean>;
  reply(commentId: string, text: string): Promise<boolean>;
  /** 批注 at a block: a new comment where one may be written, else the block's threads. */
  commentOn(nodeId: string, blockId: string | null): void;
  show(nodeId: string, blockId: string): void;
  dismiss(): void;
  publishQuotes(nodeId: string, quotes: ReadonlyMap<string, BlockQuote>): void;
  /** The section editor registers how it selects a block; reveal() uses it when mounted. */
  registerEditor(nodeId: string, reveal: (blockId: string) => boolean): () => void;
  reveal(nodeId: string, blockId: string): boolean;
}

export function createBlockComments(api: Api): BlockComments {
  const state = createStore<BlockCommentsState>({ nodeId: null, threads: [], error: null });
  const request = createStore<PanelRequest | null>(null);
  const quotes = createStore<SectionQuotes | null>(null, (a, b) => a === b || (a !== null && b !== null && a.nodeId === b.nodeId && sameQuotes(a.quotes, b.quotes)));
  const editors = new Map<string, (blockId: string) => boolean>();
  let options = { canAdd: false, openPanel: (): void => undefined };
  let fetchSeq = 0;
  let requestSeq = 0;

  const fetch = async (nodeId: string): Promise<void> => {
    fetchSeq += 1;
    const mine = fetchSeq;
    try {
      const threads = await api.comment.list({ nodeId });
      // A section selected meanwhile wins over a slow answer for the previous one.
      if (mine === fetchSeq && state.get().nodeId === nodeId) state.set({ nodeId, threads, error: null });
    } catch (error) {
      if (mine === fetchSeq && state.get().nodeId === nodeId) state.set({ ...state.get(), error: errorMessage(error) });
    }
  };
  const replaceThread = (updated: CommentThread): void => {
    const current = state.get();
    if (current.nodeId !== updated.nodeId) return;
    const exists = current.threads.some((c) => c.id === updated.id);
    const threads = exists ? current.threads.map((c) => (c.id === updated.id ? updated : c)) : [...current.threads, updated];
    state.set({ ...current, threads, error: null });
  };
  const fail = (error: unknown): false => {
    state.set({ ...state.get(), error: errorMessage(error) });
    return false;
  };
  const ask = (kind: PanelRequest['kind'], nodeId: string, blockId: string): void => {
    requestSeq += 1;
    request.set({ kind, nodeId, blockId, seq: requestSeq });
    options.openPanel();
  };

  return {
    state,
    request,
    quotes,
    configure(next) {
      options = next;
    },
    canAdd: () => options.canAdd,
    select(nodeId) {
      if (state.get().nodeId === nodeId) return;
      state.set({ nodeId, threads: [], error: null });
      if (request.get()?.nodeId !== nodeId) request.set(null);
      if (nodeId !== null) void fetch(nodeId);
    },
    async reload(nodeId) {
      if (state.get().nodeId !== nodeId) state.set({ nodeId, threads: [], error: null });
      await fetch(nodeId);
    },
    async add(nodeId, blockId, text) {
      try {
        replaceThread(await api.comment.add({ nodeId, blockId, text }));
      } catch (error) {
        return fail(error);
      }
      // The new thread is the one to look at; the draft is done.
      if (blockId !== null) ask('show', nodeId, blockId);
      else request.set(null);
      return true;
    },
    async reply(commentId, text) {
      try {
        replaceThread(await api.comment.reply({ commentId, text }));
        return true;
      } catch (error) {
        return fail(error);
      }
    },
    commentOn(nodeId, blockId) {
      if (blockId === null) {
        options.openPanel();
        return;
      }
      ask(options.canAdd ? 'new' : 'show', nodeId, blockId);
    },
    show(nodeId, blockId) {
      ask('show', nodeId, blockId);
    },
    dismiss() {
      request.set(null);
    },
    publishQuotes(nodeId, next) {
      quotes.set({ nodeId, quotes: next });
    },
    registerEditor(nodeId, reveal) {
      editors.set(nodeId, reveal);
      return () => {
        if (editors.get(nodeId) === reveal) editors.delete(nodeId);
        if (quotes.get()?.nodeId === nodeId) quotes.set(null);
      };
    },
    reveal(nodeId, blockId) {
      return editors.get(nodeId)?.(blockId) ?? false;
    },
  };
}

const HubContext = createContext<BlockComments | null>(null);

export function BlockCommentsProvider({ hub, children }: { readonly hub: BlockComments; readonly children: ReactNode }) {
  return <HubContext.Provider value={hub}>{children}</HubContext.Provider>;
}

export function useBlockComments(): BlockComments {
  const hub = useContext(HubContext);
  if (!hub) throw new Error('useBlockComments outside BlockCommentsProvider');
  return hub;
}

// ---- inside the section editor ----------------------------------------------------------------

interface BlockCommentCounts {
  readonly counts: ReadonlyMap<string, number>;
  readonly show: (blockId: string) => void;
}

const CountsContext = createContext<BlockCommentCounts | null>(null);
const NO_COUNTS: ReadonlyMap<string, number> = new Map();
const NO_STATE = createStore<BlockCommentsState>({ nodeId: null, threads: [], error: null });
const NO_REQUEST = createStore<PanelRequest | null>(null);

/**
 * Gives the markers of section `nodeId` their counts. The editor is passed as children, so a new
 * count map re-renders the markers only, not the editor around them.
 */
export function BlockCommentCountsProvider({ nodeId, children }: { readonly nodeId: string; readonly children: ReactNode }) {
  const hub = useContext(HubContext);
  const state = useStore(hub?.state ?? NO_STATE);
  const counts = useMemo(() => (state.nodeId === nodeId ? countByBlock(state.threads) : NO_COUNTS), [state, nodeId]);
  const value = useMemo<BlockCommentCounts>(() => ({ counts, show: (blockId) => hub?.show(nodeId, blockId) }), [counts, hub, nodeId]);
  return <CountsContext.Provider value={value}>{children}</CountsContext.Provider>;
}

/** Threads on block `blockId` of the section being edited (0 outside a section editor). */
export function useBlockCommentCount(blockId: string): number {
  return useContext(CountsContext)?.counts.get(blockId) ?? 0;
}

/**
 * The margin marker of a commented block, drawn by the element renderer. Not editable and not
 * selectable: it is no part of the text, so typing, IME composition and copying never meet it.
 */
export function CommentMarker({ blockId }: { readonly blockId: string }) {
  const context = useContext(CountsContext);
  const count = context?.counts.get(blockId) ?? 0;
  if (!context || count === 0) return null;
  const title = t('comments.markerTitle', { count });
  return (
    <span
      contentEditable={false}
      className="comment-marker"
      role="button"
      tabIndex={-1}
      title={title}
      aria-label={title}
      data-testid="comment-marker"
      data-count={count}
      // Clicking must not move the caret or take the focus out of the text.
      onMouseDown={(event) => {
        event.preventDefault();
        event.stopPropagation();
      }}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        context.show(blockId);
      }}
    >
      <Icon name="comment" size={14} />
      <span className="comment-marker-count">{count}</span>
    </span>
  );
}

/** 批注 where the caret is (toolbar and Ctrl+Alt+M). */
export function commentAtCaret(hub: BlockComments | null, editor: Editor, nodeId: string): void {
  hub?.commentOn(nodeId, topLevelBlockId(editor.children, editor.selection?.anchor.path));
}

export function useBlockCommentsHub(): BlockComments | null {
  return useContext(HubContext);
}

/** The ribbon's 批注 button; rendered into the ribbon next to the formatting group. */
export function BlockCommentTool({ nodeId }: { readonly nodeId: string }) {
  const editor = useSlateStatic();
  const hub = useContext(HubContext);
  if (!hub) return null;
  return (
    <div className="tool-group">
      <ToolButton title={t('comments.blockToolTitle')} className="tool-labelled tool-comment" testId="tool-comment" onRun={() => commentAtCaret(hub, editor, nodeId)}>
        <Icon name="comment" size={16} />
        <span className="tool-comment-label">{t('comments.blockTool')}</span>
      </ToolButton>
    </div>
  );
}

/**
 * Inside the section's Slate context: publishes the quotes of the commented blocks when the
 * content changes (not on selection moves), and lets the panel select a block.
 */
export function BlockCommentAnchors({ nodeId }: { readonly nodeId: string }) {
  const hub = useContext(HubContext);
  const editor = useSlateStatic() as SectionEditorInstance;
  // The children array is replaced on every content change and only then.
  const content = useSlateSelector((e) => e.children);
  const state = useStore(hub?.state ?? NO_STATE);
  const request = useStore(hub?.request ?? NO_REQUEST);
  // The block a comment is being written on is quoted too, before it has any thread.
  const drafted = request?.nodeId === nodeId ? request.blockId : null;

  useEffect(() => {
    if (!hub || state.nodeId !== nodeId) return;
    const ids = new Set(state.threads.flatMap((c) => (c.blockId === null ? [] : [c.blockId])));
    if (drafted !== null) ids.add(drafted);
    hub.publishQuotes(nodeId, quotesOf(content, ids));
  }, [hub, nodeId, state, content, drafted]);

  useEffect(() => {
    if (!hub) return undefined;
    return hub.registerEditor(nodeId, (blockId) => {
      const path = findPathById(editor, blockId);
      if (!path) return false;
      showBlock(editor, blockId);
      // Select the whole block, so the eye sees what the comment is about.
      Transforms.select(editor, Editor.range(editor, path));
      ReactEditor.focus(editor);
      return true;
    });
  }, [hub, editor, nodeId]);
  return null;
}
