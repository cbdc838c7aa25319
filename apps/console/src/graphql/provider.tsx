'use client';

import { useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphqlClient } from './client';

export function GraphqlProvider({ children }: { children: ReactNode }) {
  // One client per browser tab; created lazily so that server rendering never shares a cache between requests.
  const [client] = useState(createGraphqlClient);
  return <Provider value={client}>{children}</Provider>;
}
