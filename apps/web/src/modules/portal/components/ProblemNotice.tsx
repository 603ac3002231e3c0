import { useRef, type ReactNode, type RefObject } from 'react';

/**
 * A portal form's problem summary, and the call that focuses it once drawn (it may appear only
 * now), so keyboard and screen-reader users learn what went wrong.
 */
export function useProblemNotice() {
  const ref = useRef<HTMLDivElement>(null);
  return { ref, focus: () => void requestAnimationFrame(() => ref.current?.focus()) };
}

interface ProblemNoticeProps {
  notice: { ref: RefObject<HTMLDivElement | null> };
  testId: string;
  message: string;
  /** The problems one by one, under the message. */
  children?: ReactNode;
}

export function ProblemNotice({ notice, testId, message, children }: ProblemNoticeProps) {
  return (
    <div
      ref={notice.ref}
      tabIndex={-1}
      className="notice notice--error"
      role="alert"
      data-testid={testId}
    >
      <p>{message}</p>
      {children}
    </div>
  );
}
