import { useId } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { DeliveryMode } from '../../../generated/graphql';
import {
  COST_CHOICES,
  DELIVERIES,
  DISTANCE_CHOICES,
  MOMENTS,
  type FinderDelivery,
  type FinderState,
} from '../utils/finder-state';
import { languageName } from '../utils/language-name';
import { toggled } from '../../../shared/forms/toggled';

interface FilterPanelProps {
  state: FinderState;
  onChange: (patch: Partial<FinderState>) => void;
  /** The languages of all matches without the language filter (codes, from the API). */
  languages: readonly string[];
}

export function FilterPanel({ state, onChange, languages }: FilterPanelProps) {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const deliveryLabel = (delivery: FinderDelivery) =>
    delivery === 'online' ? t.finder.delivery_online : t.finder.delivery_terPlaatse;
  // A language from a shared link stays choosable even when no current result has it.
  const languageChoices = [
    ...new Set([...languages, ...(state.language ? [state.language] : [])]),
  ].sort((a, b) => languageName(a, lang).localeCompare(languageName(b, lang), lang));

  const toggleMoment = (moment: DeliveryMode) =>
    onChange({ moments: toggled(MOMENTS, state.moments, moment) });

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
      <div className="inline-field">
        <label htmlFor={`${id}-delivery`}>{t.finder.deliveryFilter}</label>
        <select
          id={`${id}-delivery`}
          data-testid="filter-delivery"
          value={state.delivery ?? ''}
          onChange={(event) =>
            onChange({
              delivery: DELIVERIES.find((d) => d === event.target.value) ?? null,
            })
          }
        >
          <option value="">{t.finder.deliveryAny}</option>
          {DELIVERIES.map((delivery) => (
            <option key={delivery} value={delivery}>
              {deliveryLabel(delivery)}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={`${id}-cost`}>{t.finder.maxCost}</label>
        <select
          id={`${id}-cost`}
          data-testid="filter-cost"
          value={state.maxCostEur ?? ''}
          onChange={(event) =>
            onChange({
              maxCostEur: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          <option value="">{t.finder.maxCostAny}</option>
          {[...new Set([...COST_CHOICES, ...(state.maxCostEur !== null ? [state.maxCostEur] : [])])]
            .sort((a, b) => a - b)
            .map((eur) => (
              <option key={eur} value={eur}>
                {t.finder.maxCostEur(eur)}
              </option>
            ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={`${id}-language`}>{t.finder.languageFilter}</label>
        <select
          id={`${id}-language`}
          data-testid="filter-language"
          value={state.language ?? ''}
          onChange={(event) =>
            onChange({ language: event.target.value === '' ? null : event.target.value })
          }
        >
          <option value="">{t.finder.languageAny}</option>
          {languageChoices.map((code) => (
            <option key={code} value={code}>
              {languageName(code, lang)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
