import type { ReactNode } from 'react';

import { useFocusWhen } from '../focus/focus-key';

/**
 * A notice in the place of a form, or of the button that was pressed: a success is a status, a
 * problem an alert. It takes the keyboard when `takesFocus` (what had it is gone, and focus
 * would otherwise fall back to the top of the page).
 */
export function FormNotice({
  tone,
  takesFocus,
  testId,
  children,
}: {
  tone: 'success' | 'error';
  takesFocus: boolean;
  testId: string;
  children: ReactNode;
}) {
  const ref = useFocusWhen<HTMLDivElement>(takesFocus);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`notice notice--${tone}`}
      role={tone === 'success' ? 'status' : 'alert'}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
