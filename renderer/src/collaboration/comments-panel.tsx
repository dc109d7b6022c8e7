/** The office's comments on the selected section, with the department's replies and a reply box. */
import { useEffect, useState } from 'react';
import type { CommentThread } from '../../../shared/model/collaboration';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { formatDateTime } from '../state/format';

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
  readonly onSend: (text: string) => Promise<void>;
}

function TextBox({ placeholder, label, testId, onSend }: TextBoxProps) {
  const [text, setText] = useState('');
  return (
    <form
      className="comment-reply"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') return;
        void onSend(text).then(() => setText(''));
      }}
    >
      <textarea value={text} placeholder={placeholder} onChange={(e) => setText(e.target.value)} rows={2} data-testid={`${testId}-text`} />
      <button type="submit" className="btn btn-small" disabled={text.trim() === ''} data-testid={testId}>
        {label}
      </button>
    </form>
  );
}

export function CommentsPanel({ nodeId, readOnly, canAdd }: CommentsPanelProps) {
  const api = useApi();
  const [threads, setThreads] = useState<readonly CommentThread[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.comment
      .list({ nodeId })
      .then((list) => live && setThreads(list))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [api, nodeId]);
  const reply = async (commentId: string, text: string): Promise<void> => {
    try {
      const updated = await api.comment.reply({ commentId, text });
      setThreads((list) => list.map((c) => (c.id === updated.id ? updated : c)));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const add = async (text: string): Promise<void> => {
    if (nodeId === null) return;
    try {
      const created = await api.comment.add({ nodeId, text });
      setThreads((list) => [...list, created]);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="comments-panel" data-testid="comments-panel">
      <h3 className="collab-heading">{t('comments.title')}</h3>
      {error ? <p className="form-error">{error}</p> : null}
      {threads.length === 0 ? <p className="side-panel-empty">{t('comments.empty')}</p> : null}
      <ul className="comment-list">
        {threads.map((c) => (
          <li key={c.id} className="comment-thread" data-testid="comment-thread">
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
              <TextBox placeholder={t('comments.replyPlaceholder')} label={t('comments.reply')} testId="comment-reply" onSend={(text) => reply(c.id, text)} />
            )}
          </li>
        ))}
      </ul>
      {canAdd && !readOnly && nodeId !== null ? (
        <TextBox placeholder={t('comments.addPlaceholder')} label={t('comments.add')} testId="comment-add" onSend={add} />
      ) : null}
    </section>
  );
}
