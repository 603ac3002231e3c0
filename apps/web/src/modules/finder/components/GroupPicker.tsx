import { useId } from 'react';

import { useT } from '../../../app/i18n/use-t';
import type { TargetGroup } from '../../../generated/graphql';
import { TARGET_GROUPS, type FinderState } from '../utils/finder-state';
import { Checkbox } from '../../../shared/forms/Checkbox';
import { toggled } from '../../../shared/forms/toggled';

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

  const toggle = (group: TargetGroup) =>
    onChange({ targetGroups: toggled(TARGET_GROUPS, state.targetGroups, group) });

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
      <fieldset className="checkbox-group">
        <legend>{t.finder.targetGroupsLegend}</legend>
        {TARGET_GROUPS.map((group) => (
          <Checkbox
            key={group}
            id={`${id}-${group}`}
            label={t.targetGroup[group]}
            checked={state.targetGroups.includes(group)}
            onCheckedChange={() => toggle(group)}
          />
        ))}
      </fieldset>
    </fieldset>
  );
}
