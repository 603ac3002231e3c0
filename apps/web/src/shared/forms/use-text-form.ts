import { useState } from 'react';

import { useFormProblems } from './use-form-problems';

/**
 * A form's text values by field with its problems, and `bind(f)`: the props that tie one field's
 * id, label, value and problem to a TextField, so each form does not spell them out again.
 * `initial` names the fields that hold text (a form may have others, e.g. a select of its own).
 */
export function useTextForm<F extends string, T extends F>(
  fields: readonly F[],
  labels: Record<F, string>,
  initial: Record<T, string>,
) {
  const problems = useFormProblems(fields, labels);
  const [values, setValues] = useState(initial);
  const set = (f: T) => (value: string) => setValues((v) => ({ ...v, [f]: value }));
  const bind = (f: T) => ({
    id: problems.fieldId(f),
    label: labels[f],
    value: values[f],
    onValueChange: set(f),
    error: problems.errors[f],
  });
  return { problems, values, set, setValues, bind };
}
