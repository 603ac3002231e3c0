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
import { Checkbox } from '../../../shared/forms/Checkbox';
import { SelectField } from '../../../shared/forms/SelectField';
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

  // The select's value back as the state's: '' is "any".
  const numberOrNull = (value: string) => (value === '' ? null : Number(value));
  const costChoices = [
    ...new Set([...COST_CHOICES, ...(state.maxCostEur !== null ? [state.maxCostEur] : [])]),
  ].sort((a, b) => a - b);

  return (
    <fieldset className="filter-panel">
      <legend>{t.finder.step4}</legend>
      <fieldset className="checkbox-group">
        <legend>{t.finder.momentLegend}</legend>
        {MOMENTS.map((moment) => (
          <Checkbox
            key={moment}
            id={`${id}-${moment}`}
            label={t.deliveryMode[moment]}
            checked={state.moments.includes(moment)}
            onCheckedChange={() => toggleMoment(moment)}
          />
        ))}
      </fieldset>
      <Checkbox
        id={`${id}-free`}
        label={t.finder.freeOnly}
        checked={state.freeOnly}
        onCheckedChange={() => onChange({ freeOnly: !state.freeOnly })}
      />
      <Checkbox
        id={`${id}-verified`}
        label={t.finder.verifiedOnly}
        checked={state.verifiedOnly}
        onCheckedChange={() => onChange({ verifiedOnly: !state.verifiedOnly })}
      />
      <SelectField
        className="inline-field"
        id={`${id}-distance`}
        label={t.finder.maxDistance}
        value={state.maxDistanceKm ?? ''}
        onValueChange={(value) => onChange({ maxDistanceKm: numberOrNull(value) })}
        empty={t.finder.maxDistanceAny}
        options={DISTANCE_CHOICES}
        optionLabel={t.finder.maxDistanceKm}
      />
      <SelectField
        className="inline-field"
        id={`${id}-delivery`}
        testId="filter-delivery"
        label={t.finder.deliveryFilter}
        value={state.delivery ?? ''}
        onValueChange={(value) =>
          onChange({ delivery: DELIVERIES.find((d) => d === value) ?? null })
        }
        empty={t.finder.deliveryAny}
        options={DELIVERIES}
        optionLabel={deliveryLabel}
      />
      <SelectField
        className="inline-field"
        id={`${id}-cost`}
        testId="filter-cost"
        label={t.finder.maxCost}
        value={state.maxCostEur ?? ''}
        onValueChange={(value) => onChange({ maxCostEur: numberOrNull(value) })}
        empty={t.finder.maxCostAny}
        options={costChoices}
        optionLabel={t.finder.maxCostEur}
      />
      <SelectField
        className="inline-field"
        id={`${id}-language`}
        testId="filter-language"
        label={t.finder.languageFilter}
        value={state.language ?? ''}
        onValueChange={(value) => onChange({ language: value === '' ? null : value })}
        empty={t.finder.languageAny}
        options={languageChoices}
        optionLabel={(code) => languageName(code, lang)}
      />
    </fieldset>
  );
}
