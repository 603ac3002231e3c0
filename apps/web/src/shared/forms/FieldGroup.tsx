import type { ReactNode } from 'react';

/** Related fields (e.g. a range's two ends) in a bordered `.field-group` under a legend. */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="field-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
