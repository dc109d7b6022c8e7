/** The open project's PreflightLive (preflight-live.ts) for the editors, the panel and the export dialog. */
import { createContext, useContext, type ReactNode } from 'react';
import type { PreflightLive } from './preflight-live';

const PreflightContext = createContext<PreflightLive | null>(null);

export function PreflightProvider({ value, children }: { readonly value: PreflightLive; readonly children: ReactNode }) {
  return <PreflightContext.Provider value={value}>{children}</PreflightContext.Provider>;
}

/** Null outside a project screen (an editor shown elsewhere simply has no preflight). */
export function usePreflightLive(): PreflightLive | null {
  return useContext(PreflightContext);
}
