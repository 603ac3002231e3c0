import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import { RouterContext } from './router-context';

function currentPath(): string {
  // Treat "/over/" like "/over" so a trailing slash does not land on "not found".
  const path = window.location.pathname.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

// A tiny History API router: two pages do not need a routing library.
export function RouterProvider({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(currentPath);

  useEffect(() => {
    const onPopState = () => setPath(currentPath());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((next: string) => {
    if (next !== window.location.pathname) window.history.pushState(null, '', next);
    setPath(currentPath());
    window.scrollTo(0, 0);
  }, []);

  const value = useMemo(() => ({ path, navigate }), [path, navigate]);
  return <RouterContext value={value}>{children}</RouterContext>;
}
