/** Whether the open project has 去年同期 (it was made from last year's), and whether its panel is shown. */
import { useCallback, useEffect, useState, type SetStateAction } from 'react';
import type { PriorYearInfo } from '../../../shared/ipc/contract';
import { useApi } from '../ipc/api-context';

export interface PriorYearState {
  readonly info: PriorYearInfo | null;
  readonly open: boolean;
  readonly toggle: () => void;
}

/**
 * `slot` is the panel's place among the side panels (project/side-panels.ts): one side panel at a
 * time, so 去年同期 takes the place of 历史版本 or 校对 instead of squeezing the page beside them.
 */
export function usePriorYear(projectPath: string, slot: readonly [boolean, (value: SetStateAction<boolean>) => void]): PriorYearState {
  const api = useApi();
  const [info, setInfo] = useState<PriorYearInfo | null>(null);
  const [open, setOpen] = slot;
  useEffect(() => {
    let live = true;
    api.priorYear
      .info({})
      .then((value) => {
        if (!live) return;
        setInfo(value);
        // A new year's project opens with last year beside the editor: that is what it is for.
        setOpen(value !== null);
      })
      // Without it the panel is simply not offered; the editor works as before.
      .catch((error: unknown) => console.warn('priorYear.info failed', error));
    return () => {
      live = false;
    };
  }, [api, projectPath, setOpen]);
  const toggle = useCallback(() => setOpen((o) => !o), [setOpen]);
  return { info, open, toggle };
}
