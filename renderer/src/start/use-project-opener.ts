/**
 * Opening a project file, with the one failure that offers a choice: the file is in use
 * elsewhere (IN_USE), where the user may open it read-only instead.
 */
import { useCallback, useState } from 'react';
import type { ProjectSnapshot } from '../../../shared/ipc/contract';
import { useApi } from '../ipc/api-context';
import { errorCode, errorMessage } from '../ipc/error-message';

export type OpenProblem =
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'in-use'; readonly message: string; readonly file: string };

export interface ProjectOpener {
  readonly busy: boolean;
  readonly problem: OpenProblem | null;
  /** Opens the project behind an open-project handle (from the open dialog, the recent list or the launch file). */
  open(file: string, readOnly?: boolean): Promise<void>;
  report(error: unknown): void;
  clear(): void;
}

export function useProjectOpener(onOpened: (snapshot: ProjectSnapshot) => void, initialError: string | null): ProjectOpener {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<OpenProblem | null>(initialError ? { kind: 'error', message: initialError } : null);

  const open = useCallback(
    async (file: string, readOnly = false) => {
      setBusy(true);
      setProblem(null);
      try {
        const snapshot = await api.project.open(readOnly ? { file, readOnly: true } : { file });
        onOpened(snapshot);
      } catch (error) {
        const message = errorMessage(error);
        setProblem(errorCode(error) === 'IN_USE' && !readOnly ? { kind: 'in-use', message, file } : { kind: 'error', message });
      } finally {
        setBusy(false);
      }
    },
    [api, onOpened],
  );

  const report = useCallback((error: unknown) => setProblem({ kind: 'error', message: errorMessage(error) }), []);
  const clear = useCallback(() => setProblem(null), []);
  return { busy, problem, open, report, clear };
}
