/** The ids of a field's hint and error that are shown, for its aria-describedby. */
export function noteIds(id: string, hint?: string, error?: string | null): string[] {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
}

/** A field's hint and its problem, above the control, with the ids noteIds names. */
export function FieldNotes({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string;
  error?: string | null;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
