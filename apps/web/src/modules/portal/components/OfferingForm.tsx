import { useEffect, useRef, useState, type FormEvent } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { InterventionCode, OfferingFieldsInput } from '../../../generated/graphql';
import {
  COST_TYPES,
  DELIVERY_MODES,
  EVIDENCE_LEVELS,
  EVIDENCE_REGISTERS,
  formFieldOf,
  SECTORS,
  TARGET_GROUPS,
  toOfferingInput,
  validateOffering,
  type OfferingFormErrors,
  type OfferingFormValues,
} from '../utils/offering-form';
import { fieldProblems, generalMessage } from '../utils/server-problems';
import { CheckboxGroup, FieldGroup, SelectField, TextField } from './fields';

export interface InterventionOption {
  code: InterventionCode;
  labelNl: string;
  labelEn: string;
}

interface OfferingFormProps {
  heading: string;
  submitLabel: string;
  initial: OfferingFormValues;
  interventionTypes: readonly InterventionOption[];
  /** Saves; rejects with the API's error, whose field problems are shown at their fields. */
  onSubmit: (input: OfferingFieldsInput) => Promise<void>;
  onCancel: () => void;
}

const GROEPEN = ['1', '2', '3', '4', '5', '6', '7', '8'];

/** Every field of an offering, for a new one and for an edit. */
export function OfferingForm({
  heading,
  submitLabel,
  initial,
  interventionTypes,
  onSubmit,
  onCancel,
}: OfferingFormProps) {
  const t = useT();
  const p = t.portal;
  const { lang } = useLanguage();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<OfferingFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(function focusHeading() {
    headingRef.current?.focus();
  }, []);

  const set =
    <K extends keyof OfferingFormValues>(key: K) =>
    (value: OfferingFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  function showProblems(found: OfferingFormErrors, general: string | null) {
    setErrors(found);
    setFormError(general ?? (Object.keys(found).length > 0 ? p.errorSummary : null));
    // Move to the summary so keyboard and screen-reader users learn what went wrong.
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateOffering(values, p);
    if (Object.keys(found).length > 0) {
      showProblems(found, null);
      return;
    }
    setSaving(true);
    setErrors({});
    setFormError(null);
    try {
      await onSubmit(toOfferingInput(values));
    } catch (error) {
      const own: OfferingFormErrors = {};
      for (const problem of fieldProblems(error)) {
        const field = formFieldOf(problem.field);
        if (field && !own[field]) own[field] = problem.message;
      }
      const other = generalMessage(error, (f) => formFieldOf(f) !== undefined);
      showProblems(own, other ? `${p.failed} ${other}` : null);
    } finally {
      setSaving(false);
    }
  }

  const options = <T extends string>(list: readonly T[], label: (v: T) => string) =>
    list.map((value) => ({ value, label: label(value) }));
  const rangeOptions = (values: string[]) => [
    { value: '', label: p.form.any },
    ...values.map((v) => ({ value: v, label: v })),
  ];

  return (
    <form className="portal-form" onSubmit={submit} noValidate data-testid="offering-form">
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {formError && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          className="notice notice--error"
          role="alert"
          data-testid="offering-form-error"
        >
          <p>{formError}</p>
        </div>
      )}
      <TextField
        name="title"
        label={p.form.title}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
        required
      />
      <TextField
        name="description"
        label={p.form.description}
        value={values.description}
        onChange={set('description')}
        error={errors.description}
        multiline
        rows={5}
      />
      <CheckboxGroup
        name="interventionCodes"
        label={p.form.interventionTypes}
        hint={p.form.interventionTypesHint}
        error={errors.interventionCodes}
        options={interventionTypes.map((it) => ({
          value: it.code,
          label: lang === 'en' ? it.labelEn : it.labelNl,
        }))}
        selected={values.interventionCodes}
        onChange={set('interventionCodes')}
      />
      <CheckboxGroup
        name="sectors"
        label={p.form.sectors}
        error={errors.sectors}
        options={options(SECTORS, (s) => p.sector[s])}
        selected={values.sectors}
        onChange={set('sectors')}
      />
      <CheckboxGroup
        name="targetGroups"
        label={p.form.targetGroups}
        error={errors.targetGroups}
        options={options(TARGET_GROUPS, (g) => t.targetGroup[g])}
        selected={values.targetGroups}
        onChange={set('targetGroups')}
      />
      <FieldGroup legend={p.form.groep}>
        <div className="portal-row">
          <SelectField
            name="groepMin"
            label={p.form.groepMin}
            value={values.groepMin}
            options={rangeOptions(GROEPEN)}
            onChange={set('groepMin')}
            error={errors.groepMin}
          />
          <SelectField
            name="groepMax"
            label={p.form.groepMax}
            value={values.groepMax}
            options={rangeOptions(GROEPEN)}
            onChange={set('groepMax')}
            error={errors.groepMax}
          />
        </div>
      </FieldGroup>
      <FieldGroup legend={p.form.age}>
        <div className="portal-row">
          <TextField
            name="ageMin"
            label={p.form.ageMin}
            value={values.ageMin}
            onChange={set('ageMin')}
            error={errors.ageMin}
            inputMode="numeric"
          />
          <TextField
            name="ageMax"
            label={p.form.ageMax}
            value={values.ageMax}
            onChange={set('ageMax')}
            error={errors.ageMax}
            inputMode="numeric"
          />
        </div>
      </FieldGroup>
      <CheckboxGroup
        name="deliveryModes"
        label={p.form.deliveryModes}
        error={errors.deliveryModes}
        options={options(DELIVERY_MODES, (m) => t.deliveryMode[m])}
        selected={values.deliveryModes}
        onChange={set('deliveryModes')}
      />
      <FieldGroup legend={p.form.cost}>
        <div className="portal-row">
          <SelectField
            name="costType"
            label={p.form.costType}
            value={values.costType}
            options={options(COST_TYPES, (c) => t.cost[c])}
            onChange={set('costType')}
            error={errors.costType}
          />
          <TextField
            name="costAmount"
            label={p.form.costAmount}
            hint={p.form.costAmountHint}
            value={values.costAmount}
            onChange={set('costAmount')}
            error={errors.costAmount}
            inputMode="decimal"
          />
        </div>
        <TextField
          name="costNote"
          label={p.form.costNote}
          value={values.costNote}
          onChange={set('costNote')}
          error={errors.costNote}
        />
        <TextField
          name="fundingRoutes"
          label={p.form.fundingRoutes}
          hint={p.form.fundingRoutesHint}
          value={values.fundingRoutes}
          onChange={set('fundingRoutes')}
          error={errors.fundingRoutes}
          multiline
          rows={3}
        />
      </FieldGroup>
      <FieldGroup legend={p.form.evidence}>
        <div className="portal-row">
          <SelectField
            name="evidenceLevel"
            label={p.form.evidenceLevel}
            value={values.evidenceLevel}
            options={options(EVIDENCE_LEVELS, (l) => t.evidenceLevel[l])}
            onChange={set('evidenceLevel')}
            error={errors.evidenceLevel}
          />
          <SelectField
            name="evidenceRegister"
            label={p.form.evidenceRegister}
            value={values.evidenceRegister}
            options={options(EVIDENCE_REGISTERS, (r) => t.evidenceRegister[r])}
            onChange={set('evidenceRegister')}
            error={errors.evidenceRegister}
          />
        </div>
        <TextField
          name="evidenceSource"
          label={p.form.evidenceSource}
          value={values.evidenceSource}
          onChange={set('evidenceSource')}
          error={errors.evidenceSource}
        />
      </FieldGroup>
      <div className="portal-row">
        <TextField
          name="capacityPerYear"
          label={p.form.capacity}
          value={values.capacityPerYear}
          onChange={set('capacityPerYear')}
          error={errors.capacityPerYear}
          inputMode="numeric"
        />
        <TextField
          name="languages"
          label={p.form.languages}
          hint={p.form.languagesHint}
          value={values.languages}
          onChange={set('languages')}
          error={errors.languages}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? p.saving : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {p.cancel}
        </button>
      </div>
    </form>
  );
}
