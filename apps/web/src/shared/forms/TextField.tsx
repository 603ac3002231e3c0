import type { InputHTMLAttributes, Ref } from 'react';

import { useT } from '../../app/i18n/use-t';
import { CharacterCount } from './CharacterCount';
import { FieldNotes, noteIds } from './FieldNotes';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Shown under the label, tied to the field with aria-describedby. */
  hint?: string;
  /** The problem with this field (ours or the server's); marks it invalid. */
  error?: string;
  /** e.g. "(optioneel)", after the label. */
  optionalLabel?: string;
  inputRef?: Ref<HTMLInputElement>;
  /**
   * A text area of `rows` lines instead of a one-line input. It takes the field's name, required
   * and maxLength; the other input attributes (type, autoComplete, inputMode …) are the input's.
   */
  multiline?: boolean;
  rows?: number;
}

/** A labelled input (or text area) with its hint and error tied to it for screen readers. */
export function TextField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  optionalLabel,
  inputRef,
  multiline,
  rows = 4,
  ...rest
}: TextFieldProps) {
  const t = useT();
  const max = rest.maxLength;
  const describedBy = [...noteIds(id, hint, error), max !== undefined ? `${id}-count` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
  return (
    <div className={error ? 'form-field form-field--invalid' : 'form-field'}>
      <label htmlFor={id}>
        {label}
        {optionalLabel && <span className="form-field__optional"> {optionalLabel}</span>}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea
          {...common}
          name={rest.name}
          required={rest.required}
          maxLength={max}
          rows={rows}
          onChange={(event) => onValueChange(event.target.value)}
        />
      ) : (
        <input
          {...rest}
          {...common}
          ref={inputRef}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
      {max !== undefined && (
        <CharacterCount id={`${id}-count`} length={value.length} max={max} label={t.forms} />
      )}
    </div>
  );
}
