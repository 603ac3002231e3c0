import { createContext } from 'react';

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (e.g. while typing). */
  replace?: boolean;
}

export interface RouterContextValue {
  path: string;
  /** The query string, with its leading "?" (or empty). */
  search: string;
  /** Goes to a path, optionally with a query string ("/?school=ZZ0100"). */
  navigate: (to: string, options?: NavigateOptions) => void;
}

export const RouterContext = createContext<RouterContextValue>({
  path: '/',
  search: '',
  navigate: () => undefined,
});
