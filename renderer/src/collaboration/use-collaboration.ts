/** The office's departments, dashboard and packages, loaded together and refreshed after every change. */
import { useCallback, useEffect, useState } from 'react';
import type { Dashboard, Department, PackageRecord } from '../../../shared/model/collaboration';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';

export interface CollaborationData {
  readonly departments: readonly Department[];
  readonly dashboard: Dashboard | null;
  readonly packages: readonly PackageRecord[];
  readonly error: string | null;
  readonly refresh: () => Promise<void>;
}

export function useCollaboration(refreshKey: number): CollaborationData {
  const api = useApi();
  const [departments, setDepartments] = useState<readonly Department[]>([]);
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [packages, setPackages] = useState<readonly PackageRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      const [list, dash, issued] = await Promise.all([api.department.list({}), api.dashboard.get({}), api.package.list({})]);
      setDepartments(list);
      setDashboard(dash);
      setPackages(issued);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [api]);
  useEffect(() => {
    void refresh();
  }, [refresh, refreshKey]);
  return { departments, dashboard, packages, error, refresh };
}
