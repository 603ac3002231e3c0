import { useId } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import {
  COST_CHOICES,
  DELIVERIES,
  DISTANCE_CHOICES,
  MOMENTS,
  type FinderDelivery,
  type FinderState,
} from '../../../shared/finder-state/finder-state';
import { languageName } from '../../../shared/format/language-name';
import { Checkbox } from '../../../shared/forms/Checkbox';
import { CheckboxFieldset } from '../../../shared/forms/CheckboxFieldset';
import { SelectField } from '../../../shared/forms/SelectField';

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

  // A select beside the others, whose first choice ('') is "any".
  const inlineField = (name: string, label: string, empty: string, testId?: string) => ({
    className: 'inline-field' as const,
    id: `${id}-${name}`,
    label,
    empty,
    testId,
  });
  // A highest number (km, euro), or none.
  const numberChoice = (
    key: 'maxDistanceKm' | 'maxCostEur',
    options: readonly number[],
    optionLabel: (n: number) => string,
  ) => ({
    value: state[key] ?? '',
    onValueChange: (value: string) => onChange({ [key]: value === '' ? null : Number(value) }),
    options,
    optionLabel,
  });
  const costChoices = [
    ...new Set([...COST_CHOICES, ...(state.maxCostEur !== null ? [state.maxCostEur] : [])]),
  ].sort((a, b) => a - b);
  // A filter that is on or off.
  const flag = (key: 'freeOnly' | 'verifiedOnly', name: string, label: string) => (
    <Checkbox
      id={`${id}-${name}`}
      label={label}
      checked={state[key]}
      onCheckedChange={() => onChange({ [key]: !state[key] })}
    />
  );

  return (
    <fieldset className="filter-panel">
      <legend>{t.finder.step4}</legend>
      <CheckboxFieldset
        legend={t.finder.momentLegend}
        options={MOMENTS.map((moment) => ({ value: moment, label: t.deliveryMode[moment] }))}
        selected={state.moments}
        onChange={(moments) => onChange({ moments })}
      />
      {flag('freeOnly', 'free', t.finder.freeOnly)}
      {flag('verifiedOnly', 'verified', t.finder.verifiedOnly)}
      <SelectField
        {...inlineField('distance', t.finder.maxDistance, t.finder.maxDistanceAny)}
        {...numberChoice('maxDistanceKm', DISTANCE_CHOICES, t.finder.maxDistanceKm)}
      />
      <SelectField
        {...inlineField(
          'delivery',
          t.finder.deliveryFilter,
          t.finder.deliveryAny,
          'filter-delivery',
        )}
        value={state.delivery ?? ''}
        onValueChange={(value) =>
          onChange({ delivery: DELIVERIES.find((d) => d === value) ?? null })
        }
        options={DELIVERIES}
        optionLabel={deliveryLabel}
      />
      <SelectField
        {...inlineField('cost', t.finder.maxCost, t.finder.maxCostAny, 'filter-cost')}
        {...numberChoice('maxCostEur', costChoices, t.finder.maxCostEur)}
      />
      <SelectField
        {...inlineField(
          'language',
          t.finder.languageFilter,
          t.finder.languageAny,
          'filter-language',
        )}
        value={state.language ?? ''}
        onValueChange={(value) => onChange({ language: value === '' ? null : value })}
        options={languageChoices}
        optionLabel={(code) => languageName(code, lang)}
      />
    </fieldset>
  );
}
