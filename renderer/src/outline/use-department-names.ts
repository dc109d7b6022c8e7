/**
 * The departments' names by id, for the outline's 负责部门 tags. Asked again whenever the outline
 * changes (an assignment changes the outline). A department's package has no department list:
 * the tags are simply not shown there.
 */
import { useEffect, useState } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { OutlineNode } from '../../../shared/model/outline';

export function useDepartmentNames(api: Api, outline: readonly OutlineNode[], enabled: boolean): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const assigned = outline.some((n) => n.departmentId !== null);
  useEffect(() => {
    if (!enabled || !assigned) {
      setNames(new Map());
      return undefined;
    }
    let live = true;
    api.department
      .list({})
      .then((departments) => live && setNames(new Map(departments.map((d) => [d.id, d.name]))))
      .catch((error: unknown) => console.warn(`departments not listed: ${String(error)}`));
    return () => {
      live = false;
    };
  }, [api, outline, enabled, assigned]);
  return names;
}
