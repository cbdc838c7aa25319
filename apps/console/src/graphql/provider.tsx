'use client';

import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphqlClient } from './client';

const ResetClientContext = createContext<(() => void) | null>(null);

export function GraphqlProvider({ children }: { children: ReactNode }) {
  // One client per browser tab; created lazily so that server rendering never shares a cache between requests.
  const [session, setSession] = useState(() => ({ client: createGraphqlClient(), generation: 0 }));
  const resetClient = useCallback(() => setSession(({ generation }) => ({ client: createGraphqlClient(), generation: generation + 1 })), []);
  return (
    <ResetClientContext.Provider value={resetClient}>
      {/* urql keeps a query's last data while it runs again on a new client, so the new principal's identity could
          show beside the previous one's alias; remounting under the new client starts every query from nothing. */}
      <Provider key={session.generation} value={session.client}>
        {children}
      </Provider>
    </ResetClientContext.Provider>
  );
}

/**
 * Drops every cached answer: after sign-in, sign-out and Switch role the same queries answer for another principal,
 * and nothing of the previous one may show.
 */
export function useResetGraphqlClient(): () => void {
  const resetClient = useContext(ResetClientContext);
  if (!resetClient) throw new Error('useResetGraphqlClient is only available inside GraphqlProvider');
  return resetClient;
}
