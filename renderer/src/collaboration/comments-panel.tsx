/**
 * The office's comments on the selected section, with the department's replies and a reply box.
 * A comment anchored to a block (批注) quotes its block; clicking the quote selects the block in
 * the editor. The threads live in the block-comments hub, shared with the editor's markers.
 */
import { useEffect, useRef, useState } from 'react';
import type { CommentThread } from '../../../shared/model/collaboration';
import { t } from '../../../shared/i18n';
import { useReportUi } from '../navigation/report-ui';
import { useNumberingLabel } from '../numbering/numbering-context';
import { useStore } from '../state/store';
import { formatDateTime } from '../state/format';
import type { BlockQuote } from './block-comment-model';
import { useBlockComments, type SectionQuotes } from './block-comments';

interface CommentsPanelProps {
  readonly nodeId: string | null;
  readonly readOnly: boolean;
  /** The office writes new comments; a department only replies to them. */
  readonly canAdd: boolean;
}

interface TextBoxProps {
  readonly placeholder: string;
  readonly label: string;
  readonly testId: string;
  readonly autoFocus?: boolean;
  readonly onSend: (text: string) => Promise<boolean>;
  readonly onCancel?: () => void;
}

function TextBox({ placeholder, label, testId, autoFocus, onSend, onCancel }: TextBoxProps) {
  const [text, setText] = useState('');
  return (
    <form
      className="comment-reply"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') return;
        // What was typed stays when saving failed, to be sent again.
        void onSend(text).then((ok) => ok && setText(''));
      }}
    >
      <textarea
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && onCancel) onCancel();
        }}
        rows={2}
        autoFocus={autoFocus}
        data-testid={`${testId}-text`}
      />
      <div className="comment-reply-actions">
        {onCancel ? (
          <button type="button" className="btn btn-small" onClick={onCancel} data-testid={`${testId}-cancel`}>
            {t('common.cancel')}
          </button>
        ) : null}
        <button type="submit" className="btn btn-small" disabled={text.trim() === ''} data-testid={testId}>
          {label}
        </button>
      </div>
    </form>
  );
}

function StructureQuote({ id, caption }: { readonly id: string; readonly caption: string }) {
  const label = useNumberingLabel(id);
  return <>{[label ?? '', caption].filter(Boolean).join(' ') || t('comments.quoteUnnamed')}</>;
}

function QuoteText({ quote }: { readonly quote: BlockQuote }) {
  if (quote.kind === 'structure') return <StructureQuote id={quote.id} caption={quote.caption} />;
  return <>{quote.text || t('comments.quoteEmpty')}</>;
}

/** The quote of a thread's block; unknown (no editor holds the section) shows nothing. */
function ThreadQuote({ blockId, quotes, onReveal }: { readonly blockId: string; readonly quotes: SectionQuotes | null; readonly onReveal: () => void }) {
  if (!quotes) return null;
  const quote = quotes.quotes.get(blockId);
  if (!quote) {
    return (
      <p className="comment-quote comment-quote-deleted" data-testid="comment-quote-deleted">
        {t('comments.blockDeleted')}
      </p>
    );
  }
  return (
    <button type="button" className="comment-quote" title={t('comments.quoteTitle')} onClick={onReveal} data-testid="comment-quote">
      <QuoteText quote={quote} />
    </button>
  );
}

export function CommentsPanel({ nodeId, readOnly, canAdd }: CommentsPanelProps) {
  const hub = useBlockComments();
  const ui = useReportUi();
  const state = useStore(hub.state);
  const request = useStore(hub.request);
  const allQuotes = useStore(hub.quotes);
  const listRef = useRef<HTMLUListElement>(null);

  // Mounted again after every collaboration action: a merge brings the department's replies.
  useEffect(() => {
    if (nodeId !== null) void hub.reload(nodeId);
  }, [hub, nodeId]);

  const mine = nodeId !== null && state.nodeId === nodeId;
  const threads: readonly CommentThread[] = mine ? state.threads : [];
  const quotes = allQuotes && allQuotes.nodeId === nodeId ? allQuotes : null;
  const focus = request && request.nodeId === nodeId ? request : null;
  const focusedBlock = focus?.kind === 'show' ? focus.blockId : null;
  const drafting = focus?.kind === 'new' && canAdd && !readOnly ? focus : null;

  // Scrolled to the block's threads whenever its marker is clicked (each click is a new request).
  useEffect(() => {
    if (focusedBlock === null) return;
    const first = listRef.current?.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(focusedBlock)}"]`);
    first?.scrollIntoView({ block: 'nearest' });
  }, [focusedBlock, focus?.seq, threads.length]);

  const reveal = (blockId: string): void => {
    if (nodeId === null) return;
    // The section's editor selects the block; when it is not on screen, go there first.
    if (!hub.reveal(nodeId, blockId)) ui.navigate(nodeId, blockId);
  };

  const focusedHasThreads = focusedBlock !== null && threads.some((c) => c.blockId === focusedBlock);

  return (
    <section className="comments-panel" data-testid="comments-panel">
      <h3 className="collab-heading">{t('comments.title')}</h3>
      {mine && state.error ? <p className="form-error">{state.error}</p> : null}
      {drafting ? (
        <div className="block-comment-draft" data-testid="block-comment-draft">
          <div className="comment-meta">{t('comments.blockDraftHeading')}</div>
          <ThreadQuote blockId={drafting.blockId} quotes={quotes} onReveal={() => reveal(drafting.blockId)} />
          <TextBox
            key={drafting.seq}
            autoFocus
            placeholder={t('comments.blockPlaceholder')}
            label={t('comments.blockAdd')}
            testId="block-comment-add"
            onSend={(text) => hub.add(drafting.nodeId, drafting.blockId, text)}
            onCancel={() => hub.dismiss()}
          />
        </div>
      ) : null}
      {focusedBlock !== null && !focusedHasThreads && !canAdd ? <p className="side-panel-caption">{t('comments.departmentCannotAdd')}</p> : null}
      {threads.length === 0 && !drafting ? <p className="side-panel-empty">{t('comments.empty')}</p> : null}
      <ul className="comment-list" ref={listRef}>
        {threads.map((c) => (
          <li
            key={c.id}
            className={`comment-thread${c.blockId !== null && c.blockId === focusedBlock ? ' comment-thread-focused' : ''}`}
            data-testid="comment-thread"
            data-block-id={c.blockId ?? undefined}
          >
            {c.blockId !== null ? <ThreadQuote blockId={c.blockId} quotes={quotes} onReveal={() => reveal(c.blockId ?? '')} /> : null}
            <div className="comment-meta">
              {c.author} · {formatDateTime(c.createdAt)}
            </div>
            <p className="comment-text">{c.text}</p>
            {c.replies.map((r) => (
              <p key={r.id} className="comment-text comment-reply-text">
                {r.author}：{r.text}
              </p>
            ))}
            {readOnly || canAdd ? null : (
              <TextBox placeholder={t('comments.replyPlaceholder')} label={t('comments.reply')} testId="comment-reply" onSend={(text) => hub.reply(c.id, text)} />
            )}
          </li>
        ))}
      </ul>
      {canAdd && !readOnly && nodeId !== null ? (
        <TextBox placeholder={t('comments.addPlaceholder')} label={t('comments.add')} testId="comment-add" onSend={(text) => hub.add(nodeId, null, text)} />
      ) : null}
    </section>
  );
}
