/**
 * What views deep inside the editor need from the project screen: going to a block anywhere in
 * the report (switching sections when needed), telling the user about a failure, and the jump
 * requests editors carry out (see jump-store.ts).
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { NoticeKind } from '../ui/notices';
import type { JumpStore } from './jump-store';

export interface ReportUi {
  /** Shows block `blockId` of section `nodeId` (blockId === nodeId: the section's start). */
  navigate(nodeId: string, blockId: string): void;
  notify(kind: NoticeKind, text: string): void;
  readonly jumps: JumpStore;
}

const ReportUiContext = createContext<ReportUi | null>(null);

export function ReportUiProvider({ value, children }: { readonly value: ReportUi; readonly children: ReactNode }) {
  return <ReportUiContext.Provider value={value}>{children}</ReportUiContext.Provider>;
}

export function useReportUi(): ReportUi {
  const ui = useContext(ReportUiContext);
  if (!ui) throw new Error('useReportUi outside ReportUiProvider');
  return ui;
}
