import { useEffect } from 'react';

import { useRouter } from '../../../app/routing/use-router';

/**
 * While `dirty`, leaving the page is asked about first: another page of the app (a header link,
 * back or forward) calls `onLeave` with where it was going, and the page stays until the form
 * says so (`navigate(to, { force: true })`); reloading or closing the tab gets the browser's own
 * question. Used by the portal's forms, so no half-written form is thrown away unseen.
 */
export function useLeaveGuard(dirty: boolean, onLeave: (to: string) => void): void {
  const { guard } = useRouter();
  useEffect(
    function askBeforeLeavingPage() {
      if (!dirty) return;
      return guard((to) => {
        onLeave(to);
        return true;
      });
    },
    [dirty, guard, onLeave],
  );
  useEffect(
    function warnBeforeUnload() {
      if (!dirty) return;
      const warn = (event: BeforeUnloadEvent) => event.preventDefault();
      window.addEventListener('beforeunload', warn);
      return () => window.removeEventListener('beforeunload', warn);
    },
    [dirty],
  );
}
