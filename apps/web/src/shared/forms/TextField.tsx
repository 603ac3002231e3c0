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
}

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  optionalLabel,
  inputRef,
  ...rest
}: TextFieldProps) {
  const t = useT();
  const max = rest.maxLength;
  const describedBy = [...noteIds(id, hint, error), max !== undefined ? `${id}-count` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'form-field form-field--invalid' : 'form-field'}>
      <label htmlFor={id}>
        {label}
        {optionalLabel && <span className="form-field__optional"> {optionalLabel}</span>}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      <input
        {...rest}
        id={id}
        ref={inputRef}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onValueChange(event.target.value)}
      />
      {max !== undefined && (
        <CharacterCount id={`${id}-count`} length={value.length} max={max} label={t.forms} />
      )}
    </div>
  );
}
