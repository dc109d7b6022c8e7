import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../../shared/ipc/contract';

const ApiContext = createContext<Api | null>(null);

/** Components take the API from context, so tests can mount them over a fake transport. */
export function ApiProvider({ api, children }: { readonly api: Api; readonly children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
