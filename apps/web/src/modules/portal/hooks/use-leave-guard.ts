import { useEffect } from 'react';

import { useRouter } from '../../../app/routing/use-router';
import { useUnsavedForm } from './unsaved-forms';

/**
 * While `dirty`, leaving the page is asked about first: another page of the app (a header link,
 * back or forward) calls `onLeave` with where it was going, and the page stays until the form
 * says so (`navigate(to, { force: true })`); reloading or closing the tab gets the browser's own
 * question. Used by the portal's forms, so no half-written form is thrown away unseen; `what`
 * (the form's heading) names it in the question another dirty form asks (unsaved-forms.tsx).
 */
export function useLeaveGuard(dirty: boolean, onLeave: (to: string) => void, what: string): void {
  const { guard } = useRouter();
  useUnsavedForm(dirty, what);
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
