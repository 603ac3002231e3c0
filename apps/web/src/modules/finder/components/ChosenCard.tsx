import { useId, type ReactNode } from 'react';

import { useFocusWhen } from '../../../shared/focus/focus-key';

/** What the finder tells a card of its choice: how to change it, and whether to take focus. */
export interface ChosenActions {
  onChange: () => void;
  /** Just chosen by the user: move focus here (the search box they used is gone). */
  focusOnMount?: boolean;
}

interface ChosenCardProps extends ChosenActions {
  testId: string;
  /** What was chosen ("Gekozen school"), above its name. */
  label: string;
  name: string;
  changeLabel: string;
  /** Facts about the choice, between its name and the button to change it. */
  children?: ReactNode;
}

/** What the finder searches from (a school or a place), named, and the way back to choosing. */
export function ChosenCard({ testId, label, name, changeLabel, ...p }: ChosenCardProps) {
  const headingId = useId();
  const { focusOnMount = false } = p;
  const ref = useFocusWhen<HTMLDivElement>(focusOnMount);
  return (
    <div
      ref={ref}
      className="chosen-school"
      data-testid={testId}
      tabIndex={-1}
      role="group"
      aria-labelledby={headingId}
    >
      <p className="chosen-school__label">{label}</p>
      <p className="chosen-school__name" id={headingId}>
        {name}
      </p>
      {p.children}
      <button type="button" className="button button--secondary" onClick={p.onChange}>
        {changeLabel}
      </button>
    </div>
  );
}
