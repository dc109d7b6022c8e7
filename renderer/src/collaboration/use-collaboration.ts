/** The office's departments and dashboard, loaded together and refreshed after every change. */
import { useCallback, useEffect, useState } from 'react';
import type { Dashboard, Department } from '../../../shared/model/collaboration';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';

export interface CollaborationData {
  readonly departments: readonly Department[];
  readonly dashboard: Dashboard | null;
  readonly error: string | null;
  readonly refresh: () => Promise<void>;
}

export function useCollaboration(refreshKey: number): CollaborationData {
  const api = useApi();
  const [departments, setDepartments] = useState<readonly Department[]>([]);
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      const [list, dash] = await Promise.all([api.department.list({}), api.dashboard.get({})]);
      setDepartments(list);
      setDashboard(dash);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [api]);
  useEffect(() => {
    void refresh();
  }, [refresh, refreshKey]);
  return { departments, dashboard, error, refresh };
}
