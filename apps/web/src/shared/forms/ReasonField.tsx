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
      <p id={`${id}-reason-hint`} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-reason-error`} className="field-error">
          {error}
        </p>
      )}
      <textarea
        id={`${id}-reason`}
        rows={3}
        maxLength={1000}
        value={value}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-reason-hint${error ? ` ${id}-reason-error` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
