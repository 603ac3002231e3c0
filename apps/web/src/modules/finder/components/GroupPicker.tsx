import { useId } from 'react';

import { useT } from '../../../app/i18n/use-t';
import { TARGET_GROUPS, type FinderState } from '../../../shared/finder-state/finder-state';
import { CheckboxFieldset } from '../../../shared/forms/CheckboxFieldset';

interface GroupPickerProps {
  state: FinderState;
  showGroep: boolean;
  onChange: (patch: Partial<FinderState>) => void;
}

const GROEPEN = [1, 2, 3, 4, 5, 6, 7, 8];

export function GroupPicker({ state, showGroep, onChange }: GroupPickerProps) {
  const t = useT();
  const id = useId();
  const badOrder =
    state.groepMin !== null && state.groepMax !== null && state.groepMin > state.groepMax;

  const groepSelect = (which: 'groepMin' | 'groepMax', label: string) => (
    <div className="inline-field">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <select
        id={`${id}-${which}`}
        value={state[which] ?? ''}
        aria-invalid={badOrder || undefined}
        aria-describedby={badOrder ? `${id}-order` : `${id}-groep-hint`}
        onChange={(event) =>
          onChange({ [which]: event.target.value === '' ? null : Number(event.target.value) })
        }
      >
        <option value="">{t.finder.groepAny}</option>
        {GROEPEN.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset className="group-picker">
      <legend>{t.finder.step3}</legend>
      {showGroep && (
        <div className="groep-range">
          {groepSelect('groepMin', t.finder.groepFrom)}
          {groepSelect('groepMax', t.finder.groepTo)}
          <p id={`${id}-groep-hint`} className="field-hint">
            {t.finder.groepHint}
          </p>
          {badOrder && (
            <p id={`${id}-order`} className="field-error">
              {t.finder.groepOrder}
            </p>
          )}
        </div>
      )}
      <CheckboxFieldset
        legend={t.finder.targetGroupsLegend}
        options={TARGET_GROUPS.map((group) => ({ value: group, label: t.targetGroup[group] }))}
        selected={state.targetGroups}
        onChange={(targetGroups) => onChange({ targetGroups })}
      />
    </fieldset>
  );
}
