import type { ReactNode } from 'react';

import { FieldNotes, noteIds } from './FieldNotes';

interface SelectFieldProps<O extends string | number> {
  id: string;
  /** The select's name in the form. */
  name?: string;
  label: string;
  value: string | number;
  onValueChange: (value: string) => void;
  options: readonly O[];
  optionLabel: (option: O) => string;
  /** A first option with the value '' (e.g. "Alle", "Kies …"). */
  empty?: string;
  /** Shown under the label, tied to the field with aria-describedby. */
  hint?: string;
  /** The problem with this field (ours or the server's); marks it invalid. */
  error?: string;
  /** Further notes after the hint and the problem (e.g. "no matches"), not tied to the field. */
  notes?: ReactNode;
  /** The wrapper's class: a field of its own in a form, or 'inline-field' beside others. */
  className?: 'form-field' | 'inline-field';
  testId?: string;
}

/** A labelled select with its hint and error tied to it for screen readers, as TextField. */
export function SelectField<O extends string | number>({
  id,
  name,
  label,
  value,
  onValueChange,
  options,
  optionLabel,
  empty,
  hint,
  error,
  notes,
  className = 'form-field',
  testId,
}: SelectFieldProps<O>) {
  const describedBy = noteIds(id, hint, error).join(' ');
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      {notes}
      <select
        id={id}
        name={name}
        data-testid={testId}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onValueChange(event.target.value)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
