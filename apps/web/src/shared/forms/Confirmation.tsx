import type { ReactNode } from 'react';

import { FormNotice } from './FormNotice';

/** What a form did, shown in its place once sent: announced, and focused when it appears. */
export function Confirmation({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <FormNotice tone="success" takesFocus testId={testId}>
      {children}
    </FormNotice>
  );
}
