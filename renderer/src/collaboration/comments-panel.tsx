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
}

function ReplyBox({ onReply }: { readonly onReply: (text: string) => Promise<void> }) {
  const [text, setText] = useState('');
  return (
    <form
      className="comment-reply"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') return;
        void onReply(text).then(() => setText(''));
      }}
    >
      <textarea value={text} placeholder={t('comments.replyPlaceholder')} onChange={(e) => setText(e.target.value)} rows={2} />
      <button type="submit" className="btn btn-small" disabled={text.trim() === ''}>
        {t('comments.reply')}
      </button>
    </form>
  );
}

export function CommentsPanel({ nodeId, readOnly }: CommentsPanelProps) {
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
  return (
    <section className="comments-panel" data-testid="comments-panel">
      <h3 className="collab-heading">{t('comments.title')}</h3>
      {error ? <p className="form-error">{error}</p> : null}
      {threads.length === 0 ? <p className="side-panel-empty">{t('comments.empty')}</p> : null}
      <ul className="comment-list">
        {threads.map((c) => (
          <li key={c.id} className="comment-thread">
            <div className="comment-meta">
              {c.author} · {formatDateTime(c.createdAt)}
            </div>
            <p className="comment-text">{c.text}</p>
            {c.replies.map((r) => (
              <p key={r.id} className="comment-text comment-reply-text">
                {r.author}：{r.text}
              </p>
            ))}
            {readOnly ? null : <ReplyBox onReply={(text) => reply(c.id, text)} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
