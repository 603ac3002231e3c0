import { useId, type ReactNode, type Ref } from 'react';

import { useT } from '../../../app/i18n/use-t';
import { CharacterCount } from '../../../shared/forms/CharacterCount';
import type { CheckboxChoices } from '../../../shared/forms/CheckboxFieldset';
import { FieldNotes, noteIds } from '../../../shared/forms/FieldNotes';
import { toggled } from '../../../shared/forms/toggled';

// Small labelled form controls: the label, a hint and an error are tied to the control
// (aria-describedby, aria-invalid) so a screen reader reads them with it.

interface Described {
  label: string;
  hint?: string;
  error?: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return noteIds(id, hint, error).join(' ') || undefined;
}

interface TextFieldProps extends Described {
  name: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'url' | 'tel';
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** The server's limit: set as maxlength and shown as a counter under the field. */
  maxLength?: number;
}

export function TextField({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  multiline,
  rows = 4,
  type = 'text',
  inputMode,
  autoComplete,
  required,
  inputRef,
  maxLength,
}: TextFieldProps) {
  const t = useT();
  const id = `${useId()}-${name}`;
  const common = {
    id,
    name,
    value,
    required,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby':
      [describedBy(id, hint, error), maxLength ? `${id}-count` : ''].filter(Boolean).join(' ') ||
      undefined,
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          ref={inputRef}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {maxLength !== undefined && (
        <CharacterCount id={`${id}-count`} length={value.length} max={maxLength} label={t.forms} />
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> extends Described {
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({
  name,
  label,
  hint,
  error,
  value,
  options,
  onChange,
}: SelectFieldProps<T>) {
  const id = `${useId()}-${name}`;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface CheckboxGroupProps<T extends string> extends Described, CheckboxChoices<T> {
  name: string;
}

/** A fieldset of checkboxes; the order of `options` is kept in the result. */
export function CheckboxGroup<T extends string>({
  name,
  label,
  hint,
  error,
  options,
  selected,
  onChange,
}: CheckboxGroupProps<T>) {
  const id = `${useId()}-${name}`;
  const chosen = new Set(selected);
  const order = options.map((o) => o.value);
  const toggle = (value: T) => onChange(toggled(order, selected, value));
  return (
    <fieldset
      className="portal-fieldset"
      aria-describedby={describedBy(id, hint, error)}
      data-field={name}
    >
      <legend>{label}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <ul className="portal-checkboxes">
        {options.map((o) => (
          <li key={o.value} className="checkbox">
            <input
              id={`${id}-${o.value}`}
              type="checkbox"
              name={name}
              value={o.value}
              checked={chosen.has(o.value)}
              onChange={() => toggle(o.value)}
            />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A group of related fields under a heading-like legend. */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="portal-fieldset portal-fieldset--group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * The props a form repeats for every field: `field('city')` gives the control its name, label,
 * value, change handler and error; `checks('sectors')` does the same for a CheckboxGroup.
 */
export function fieldBinder<V extends object>(
  values: V,
  errors: Partial<Record<keyof V, string>>,
  set: <K extends keyof V>(key: K) => (value: V[K]) => void,
  labels: Record<keyof V & string, string>,
) {
  const field = <K extends keyof V & string>(name: K) => ({
    name,
    label: labels[name],
    value: values[name],
    onChange: set(name),
    error: errors[name],
  });
  const checks = <K extends keyof V & string>(name: K) => ({
    name,
    label: labels[name],
    selected: values[name],
    onChange: set(name),
    error: errors[name],
  });
  return { field, checks };
}
