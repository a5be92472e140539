import { createContext, useContext, type ReactNode } from 'react';
import type { OutlayClient } from './client';

const ClientContext = createContext<OutlayClient | null>(null);

export function ApiProvider({ client, children }: { client: OutlayClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The typed client of the enclosing ApiProvider. */
export function useClient(): OutlayClient {
  const c = useContext(ClientContext);
  if (!c) throw new Error('useClient outside ApiProvider');
  return c;
}
