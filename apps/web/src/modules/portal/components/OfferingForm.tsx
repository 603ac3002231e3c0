import { FUNDING_ROUTES } from '@partnerwijzer/domain/client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

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
  TEXT_LIMITS,
  toOfferingInput,
  validateOffering,
  type OfferingFormErrors,
  type OfferingFormValues,
} from '../utils/offering-form';
import { CheckboxFieldset } from '../../../shared/forms/CheckboxFieldset';
import { FieldGroup } from '../../../shared/forms/FieldGroup';
import { FormActions } from '../../../shared/forms/FormActions';
import { SelectField } from '../../../shared/forms/SelectField';
import { fieldProblems, generalMessage } from '../../../shared/forms/server-errors';
import { TextField } from '../../../shared/forms/TextField';
import { fieldBinder } from './field-binder';
import { FieldProblemList, ProblemNotice, useProblemNotice } from './ProblemNotice';

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
  /** Told whether the fields differ from `initial` (unsaved changes), on every change. */
  onDirtyChange?: (dirty: boolean) => void;
}

/** The open form's or coverage editor's heading, where "keep editing" hands the keyboard. */
export const OPEN_FORM_KEY = 'open-form';

const GROEPEN = ['1', '2', '3', '4', '5', '6', '7', '8'];

/** Every field of an offering, for a new one and for an edit. */
export function OfferingForm({
  heading,
  submitLabel,
  initial,
  interventionTypes,
  onSubmit,
  onCancel,
  onDirtyChange,
}: OfferingFormProps) {
  const t = useT();
  const p = t.portal;
  const { lang } = useLanguage();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<OfferingFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const notice = useProblemNotice();
  const formId = useId();

  useEffect(function focusHeading() {
    headingRef.current?.focus();
  }, []);

  // What was there when the form opened; typing it back is no change.
  const [opened] = useState(() => JSON.stringify(initial));
  const dirty = JSON.stringify(values) !== opened;
  useEffect(
    function reportDirty() {
      onDirtyChange?.(dirty);
    },
    [dirty, onDirtyChange],
  );

  const set =
    <K extends keyof OfferingFormValues>(key: K) =>
    (value: OfferingFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  // Each field's label is the text of its name, but for two older names.
  const labels = {
    ...p.form,
    interventionCodes: p.form.interventionTypes,
    capacityPerYear: p.form.capacity,
  };
  const { text, select, checks } = fieldBinder(formId, values, errors, set, labels);

  function showProblems(found: OfferingFormErrors, general: string | null) {
    setErrors(found);
    setFormError(general ?? (Object.keys(found).length > 0 ? p.errorSummary : null));
    notice.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateOffering(values, p, lang);
    if (Object.keys(found).length > 0) {
      showProblems(found, null);
      return;
    }
    setSaving(true);
    setErrors({});
    setFormError(null);
    try {
      await onSubmit(toOfferingInput(values, lang));
    } catch (error) {
      const own: OfferingFormErrors = {};
      for (const problem of fieldProblems(error, lang)) {
        const field = formFieldOf(problem.field);
        if (field && !own[field]) own[field] = problem.message;
      }
      const other = generalMessage(error, (f) => formFieldOf(f) !== undefined, lang);
      showProblems(own, other ? `${p.failed} ${other}` : null);
    } finally {
      setSaving(false);
    }
  }

  const options = <T extends string>(list: readonly T[], label: (v: T) => string) =>
    list.map((value) => ({ value, label: label(value) }));
  // A groep range's end: any groep, or one.
  const groepOptions = { empty: p.form.any, options: GROEPEN, optionLabel: (g: string) => g };

  return (
    <form className="portal-form" onSubmit={submit} noValidate data-testid="offering-form">
      <h3 ref={headingRef} tabIndex={-1} data-focus-key={OPEN_FORM_KEY}>
        {heading}
      </h3>
      {formError && (
        <ProblemNotice notice={notice} testId="offering-form-error" message={formError}>
          <FieldProblemList errors={errors} labels={labels} />
        </ProblemNotice>
      )}
      <TextField {...text('title')} required maxLength={TEXT_LIMITS.title} />
      <TextField {...text('description')} multiline rows={5} maxLength={TEXT_LIMITS.description} />
      <CheckboxFieldset
        {...checks('interventionCodes')}
        hint={p.form.interventionTypesHint}
        options={interventionTypes.map((it) => ({
          value: it.code,
          label: lang === 'en' ? it.labelEn : it.labelNl,
        }))}
      />
      <CheckboxFieldset {...checks('sectors')} options={options(SECTORS, (s) => p.sector[s])} />
      <CheckboxFieldset
        {...checks('targetGroups')}
        options={options(TARGET_GROUPS, (g) => t.targetGroup[g])}
      />
      <FieldGroup legend={p.form.groep}>
        <div className="portal-row">
          <SelectField {...select('groepMin')} {...groepOptions} />
          <SelectField {...select('groepMax')} {...groepOptions} />
        </div>
      </FieldGroup>
      <FieldGroup legend={p.form.age}>
        <div className="portal-row">
          <TextField {...text('ageMin')} inputMode="numeric" />
          <TextField {...text('ageMax')} inputMode="numeric" />
        </div>
      </FieldGroup>
      <CheckboxFieldset
        {...checks('deliveryModes')}
        options={options(DELIVERY_MODES, (m) => t.deliveryMode[m])}
      />
      <FieldGroup legend={p.form.cost}>
        <div className="portal-row">
          <SelectField
            {...select('costType')}
            options={COST_TYPES}
            optionLabel={(c) => t.cost[c]}
          />
          <TextField {...text('costAmount')} hint={p.form.costAmountHint} inputMode="decimal" />
        </div>
        <TextField {...text('costNote')} maxLength={TEXT_LIMITS.costNote} />
        <CheckboxFieldset
          {...checks('fundingRouteCodes')}
          options={FUNDING_ROUTES.map((r) => ({
            value: r.code,
            label: lang === 'en' ? r.en : r.nl,
          }))}
        />
        <TextField {...text('fundingRoutes')} hint={p.form.fundingRoutesHint} multiline rows={3} />
      </FieldGroup>
      <FieldGroup legend={p.form.evidence}>
        <div className="portal-row">
          <SelectField
            {...select('evidenceLevel')}
            options={EVIDENCE_LEVELS}
            optionLabel={(l) => t.evidenceLevel[l]}
          />
          <SelectField
            {...select('evidenceRegister')}
            options={EVIDENCE_REGISTERS}
            optionLabel={(r) => t.evidenceRegister[r]}
          />
        </div>
        <TextField {...text('evidenceSource')} maxLength={TEXT_LIMITS.evidenceSource} />
      </FieldGroup>
      <div className="portal-row">
        <TextField {...text('capacityPerYear')} inputMode="numeric" />
        <TextField {...text('languages')} hint={p.form.languagesHint} />
      </div>
      <FormActions busy={saving} submit={submitLabel} submitting={p.saving}>
        <button type="button" className="button" onClick={onCancel}>
          {p.cancel}
        </button>
      </FormActions>
    </form>
  );
}
