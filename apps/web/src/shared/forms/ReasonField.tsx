import { FieldNotes, noteIds } from './FieldNotes';

// A labelled "reason" text area with hint and error, as used when declining or rejecting.
export function ReasonField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | null | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="form-field">
      <label htmlFor={`${id}-reason`}>{label}</label>
      <FieldNotes id={`${id}-reason`} hint={hint} error={error} />
      <textarea
        id={`${id}-reason`}
        rows={3}
        maxLength={1000}
        value={value}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={noteIds(`${id}-reason`, hint, error).join(' ')}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
