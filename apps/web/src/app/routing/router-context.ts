import { createContext } from 'react';

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (e.g. while typing). */
  replace?: boolean;
  /** Past every guard: the user already answered the guard's question (discard and go). */
  force?: boolean;
}

/**
 * Asked before the app leaves the current address (a link, the back button): returns true to
 * hold the navigation, e.g. to ask about unsaved changes first; it then calls navigate(to,
 * { force: true }) itself when the user chooses to go on.
 */
export type NavigationGuard = (to: string) => boolean;

export interface RouterContextValue {
  path: string;
  /** The query string, with its leading "?" (or empty). */
  search: string;
  /** Goes to a path, optionally with a query string ("/?school=ZZ0100"). */
  navigate: (to: string, options?: NavigateOptions) => void;
  /** Adds a guard until the returned function removes it. */
  guard: (guard: NavigationGuard) => () => void;
}

export const RouterContext = createContext<RouterContextValue>({
  path: '/',
  search: '',
  navigate: () => undefined,
  guard: () => () => undefined,
});
