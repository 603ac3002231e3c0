import { createContext } from 'react';

import type { ViewerFieldsFragment } from '../../generated/graphql';

export type Viewer = ViewerFieldsFragment;

export interface Session {
  /** The signed-in account, or null for an anonymous visitor. */
  viewer: Viewer | null;
  /** True until the first `me` answer arrived. */
  loading: boolean;
  /** Signs in; resolves with the viewer or rejects with the server's error. */
  login(email: string, password: string): Promise<Viewer>;
  logout(): Promise<void>;
  /** Re-reads `me` (after registering, which signs the partner in). */
  refresh(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);
