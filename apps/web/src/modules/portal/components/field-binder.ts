/**
 * The props a portal form repeats for every field, for the shared fields: `text('city')` gives a
 * TextField its id, name, label, value, change handler and error (and no autofill: a partner's
 * organisation data is not the person's own); `select('type')` does the same for a SelectField
 * and `checks('sectors')` for a CheckboxFieldset. `id` (the form's useId) starts every field's id.
 */
export function fieldBinder<V extends object>(
  id: string,
  values: V,
  errors: Partial<Record<keyof V, string>>,
  set: <K extends keyof V>(key: K) => (value: V[K]) => void,
  labels: Record<keyof V & string, string>,
) {
  const field = <K extends keyof V & string>(name: K) => ({
    id: `${id}-${name}`,
    name,
    label: labels[name],
    value: values[name],
    error: errors[name],
  });
  const text = <K extends keyof V & string>(name: K) => ({
    ...field(name),
    onValueChange: set(name),
    autoComplete: 'off',
  });
  // A select's value is one of its options, which are the field's values (an enum, a groep).
  const select = <K extends keyof V & string>(name: K) => ({
    ...field(name),
    onValueChange: (value: string) => set(name)(value as V[K]),
  });
  const checks = <K extends keyof V & string>(name: K) => ({
    id: `${id}-${name}`,
    name,
    legend: labels[name],
    selected: values[name],
    onChange: set(name),
    error: errors[name],
    layout: 'columns' as const,
  });
  return { text, select, checks };
}
