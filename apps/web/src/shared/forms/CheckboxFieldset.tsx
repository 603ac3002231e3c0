import { useId } from 'react';

import { Checkbox } from './Checkbox';
import { FieldNotes, noteIds } from './FieldNotes';
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
  /** The boxes' ids start with it (`<id>-<value>`), as its hint's and error's do; else our own. */
  id?: string;
  /** The boxes' name in the form; each box then carries its choice as its value. */
  name?: string;
  /** Under the legend, tied to the fieldset with aria-describedby. */
  hint?: string;
  /** The problem with this choice (ours or the server's), tied to the fieldset as the hint. */
  error?: string;
  /**
   * 'rows' (the `.checkbox-group`): a box a row. 'columns': in a bordered `.field-group`, a list
   * of boxes in columns, for a form's longer lists of choices.
   */
  layout?: 'rows' | 'columns';
}

/** A group of checkboxes under a legend, one a choice. */
export function CheckboxFieldset<T extends string>({
  legend,
  id: givenId,
  name,
  hint,
  error,
  layout = 'rows',
  options,
  selected,
  onChange,
}: CheckboxFieldsetProps<T>) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const order = options.map((o) => o.value);
  const describedBy = noteIds(id, hint, error).join(' ');
  const boxes = options.map(({ value, label }) => (
    <Checkbox
      key={value}
      as={layout === 'columns' ? 'li' : 'div'}
      id={`${id}-${value}`}
      name={name}
      value={name ? value : undefined}
      label={label}
      checked={selected.includes(value)}
      onCheckedChange={() => onChange(toggled(order, selected, value))}
    />
  ));
  return (
    <fieldset
      className={layout === 'columns' ? 'field-group' : 'checkbox-group'}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      {layout === 'columns' ? <ul className="checkbox-columns">{boxes}</ul> : boxes}
    </fieldset>
  );
}
