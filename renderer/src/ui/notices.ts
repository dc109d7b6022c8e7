/**
 * Messages for the user that are not tied to one dialog: save conflicts, "saved as", failures of
 * outline operations. Errors stay until dismissed (never swallowed); information fades out.
 */
import { createStore } from '../state/store';

export type NoticeKind = 'error' | 'info';

export interface Notice {
  readonly id: number;
  readonly kind: NoticeKind;
  readonly text: string;
}

const INFO_LIFETIME_MS = 5000;

export interface Notices {
  readonly store: ReturnType<typeof createStore<readonly Notice[]>>;
  push(kind: NoticeKind, text: string): void;
  dismiss(id: number): void;
}

export function createNotices(): Notices {
  const store = createStore<readonly Notice[]>([]);
  let next = 1;
  const dismiss = (id: number): void => store.set(store.get().filter((n) => n.id !== id));
  return {
    store,
    dismiss,
    push(kind, text) {
      const id = next;
      next += 1;
      // The same error repeated (e.g. autosave retrying) is shown once.
      const others = store.get().filter((n) => !(n.kind === kind && n.text === text));
      store.set([...others, { id, kind, text }].slice(-4));
      if (kind === 'info') setTimeout(() => dismiss(id), INFO_LIFETIME_MS);
    },
  };
}
