import { useId } from 'react';

import { useT } from '../../../app/i18n/use-t';
import type { DeliveryMode } from '../../../generated/graphql';
import { DISTANCE_CHOICES, MOMENTS, type FinderState } from '../utils/finder-state';

interface FilterPanelProps {
  state: FinderState;
  onChange: (patch: Partial<FinderState>) => void;
}

export function FilterPanel({ state, onChange }: FilterPanelProps) {
  const t = useT();
  const id = useId();

  const toggleMoment = (moment: DeliveryMode) => {
    const next = new Set(state.moments);
    if (next.has(moment)) next.delete(moment);
    else next.add(moment);
    onChange({ moments: MOMENTS.filter((m) => next.has(m)) });
  };

  return (
    <fieldset className="filter-panel">
      <legend>{t.finder.step4}</legend>
      <fieldset className="checkbox-group">
        <legend>{t.finder.momentLegend}</legend>
        {MOMENTS.map((moment) => (
          <div key={moment} className="checkbox">
            <input
              id={`${id}-${moment}`}
              type="checkbox"
              checked={state.moments.includes(moment)}
              onChange={() => toggleMoment(moment)}
            />
            <label htmlFor={`${id}-${moment}`}>{t.deliveryMode[moment]}</label>
          </div>
        ))}
      </fieldset>
      <div className="checkbox">
        <input
          id={`${id}-free`}
          type="checkbox"
          checked={state.freeOnly}
          onChange={() => onChange({ freeOnly: !state.freeOnly })}
        />
        <label htmlFor={`${id}-free`}>{t.finder.freeOnly}</label>
      </div>
      <div className="checkbox">
        <input
          id={`${id}-verified`}
          type="checkbox"
          checked={state.verifiedOnly}
          onChange={() => onChange({ verifiedOnly: !state.verifiedOnly })}
        />
        <label htmlFor={`${id}-verified`}>{t.finder.verifiedOnly}</label>
      </div>
      <div className="inline-field">
        <label htmlFor={`${id}-distance`}>{t.finder.maxDistance}</label>
        <select
          id={`${id}-distance`}
          value={state.maxDistanceKm ?? ''}
          onChange={(event) =>
            onChange({
              maxDistanceKm: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          <option value="">{t.finder.maxDistanceAny}</option>
          {DISTANCE_CHOICES.map((km) => (
            <option key={km} value={km}>
              {t.finder.maxDistanceKm(km)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
