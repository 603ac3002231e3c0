import { useId } from 'react';

import { Checkbox } from './Checkbox';
import { toggled } from './toggled';

/** What is ticked in a group of checkboxes, and where the new choice goes. */
export interface CheckboxSelection<T extends string> {
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}

/** Choices made by ticking boxes. */
export interface CheckboxChoices<T extends string> extends CheckboxSelection<T> {
  /** In the order the choices are kept, whatever the order of the clicks. */
  options: readonly { value: T; label: string }[];
}

interface CheckboxFieldsetProps<T extends string> extends CheckboxChoices<T> {
  legend: string;
}

/** A group of checkboxes under a legend, one a choice (the `.checkbox-group`). */
export function CheckboxFieldset<T extends string>({
  legend,
  options,
  selected,
  onChange,
}: CheckboxFieldsetProps<T>) {
  const id = useId();
  const order = options.map((o) => o.value);
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map(({ value, label }) => (
        <Checkbox
          key={value}
          id={`${id}-${value}`}
          label={label}
          checked={selected.includes(value)}
          onCheckedChange={() => onChange(toggled(order, selected, value))}
        />
      ))}
    </fieldset>
  );
}
