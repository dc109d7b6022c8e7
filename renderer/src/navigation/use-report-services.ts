/**
 * The project screen's share of the structure features: the report-wide numbering (fetched on
 * open and after changes that affect it), jump requests, the 单节/全文 view mode, and the ReportUi
 * the editors use to navigate and to report failures.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';
import { errorMessage } from '../ipc/error-message';
import { createNumberingStore, type NumberingStore } from '../numbering/numbering-store';
import type { Notices } from '../ui/notices';
import type { ViewMode } from '../whole-report/view-mode-toggle';
import { createJumpStore, type JumpStore } from './jump-store';
import type { ReportUi } from './report-ui';

export interface ReportServices {
  readonly numbering: NumberingStore;
  readonly jumps: JumpStore;
  readonly ui: ReportUi;
  readonly view: ViewMode;
  setView(view: ViewMode): void;
}

/** `showSection` makes a section the selected one (the single-section view then loads it). */
export function useReportServices(api: Api, notices: Notices, showSection: (id: string) => void): ReportServices {
  const [numbering] = useState(() =>
    createNumberingStore({
      fetch: () => api.report.numbering({}),
      onError: (error) => notices.push('error', t('numbering.failed', { message: errorMessage(error) })),
    }),
  );
  const [jumps] = useState(createJumpStore);
  const [view, setView] = useState<ViewMode>('single');
  const show = useRef(showSection);
  show.current = showSection;

  useEffect(() => {
    void numbering.refresh();
    return () => numbering.dispose();
  }, [numbering]);

  const ui = useMemo<ReportUi>(
    () => ({
      navigate: (nodeId, blockId) => {
        show.current(nodeId);
        jumps.jump(nodeId, blockId);
      },
      notify: (kind, text) => notices.push(kind, text),
      jumps,
    }),
    [jumps, notices],
  );

  return { numbering, jumps, ui, view, setView };
}
