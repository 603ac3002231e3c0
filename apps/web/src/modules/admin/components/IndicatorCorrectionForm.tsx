import { useMutation } from '@apollo/client/react';
import { useState, type ComponentProps, type FormEvent } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { IndicatorKind } from '../../../generated/graphql';
import { parseNumber } from '../../../shared/forms/parse-number';
import { SelectField } from '../../../shared/forms/SelectField';
import { TextField } from '../../../shared/forms/TextField';
import { SET_SCHOOL_INDICATOR_MUTATION } from '../graphql/set-school-indicator.mutation';
import { useTextForm } from '../../../shared/forms/use-text-form';
import { AdminForm } from './AdminForm';

const KINDS: IndicatorKind[] = ['SCHOOLWEGING', 'ACHTERSTANDSSCORE'];
type Field = 'vestigingscode' | 'kind' | 'period' | 'value' | 'sourceKey' | 'note';
const FIELDS: readonly Field[] = ['vestigingscode', 'kind', 'period', 'value', 'sourceKey', 'note'];

/** An admin sets or corrects one school's indicator value and its join by hand. */
export function IndicatorCorrectionForm() {
  const t = useT();
  const { lang } = useLanguage();
  const c = t.admin.indicator;
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET_SCHOOL_INDICATOR_MUTATION);
  const labels: Record<Field, string> = {
    vestigingscode: c.code,
    kind: c.kind,
    period: c.period,
    value: c.value,
    sourceKey: c.sourceKey,
    note: c.note,
  };
  const { problems, values, set, bind } = useTextForm(FIELDS, labels, {
    vestigingscode: '',
    kind: 'SCHOOLWEGING',
    period: '2021-2024',
    value: '',
    sourceKey: '',
    note: '',
  });
  const { fieldId } = problems;
  const text = (f: Exclude<Field, 'kind'>, extra: Partial<ComponentProps<typeof TextField>>) => (
    <TextField {...bind(f)} autoComplete="off" {...extra} />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const found: Partial<Record<Field, string>> = {};
    for (const f of ['vestigingscode', 'period', 'value'] as const) {
      if (!values[f].trim()) found[f] = t.auth.form.required;
    }
    // The value as typed in the page's language: "31,5" on a Dutch page, "31.5" on an English one.
    const read = parseNumber(values.value, lang);
    if (!found.value && read.problem) found.value = t.forms.number(read.problem, {});
    const value = read.value;
    if (problems.refuse(found) || value === null || value === undefined) return;
    try {
      const result = await save({
        variables: {
          input: {
            vestigingscode: values.vestigingscode.trim(),
            kind: values.kind as IndicatorKind,
            period: values.period.trim(),
            value,
            sourceKey: values.sourceKey.trim() || null,
            note: values.note.trim() || null,
          },
        },
      });
      const r = result.data?.setSchoolIndicator;
      if (r) setSaved(c.saved(r.vestigingscode, r.period, r.value));
    } catch (error) {
      problems.failed(error);
    }
  }

  return (
    <AdminForm
      problems={problems}
      texts={c}
      done={saved}
      doneTestId="indicator-saved"
      formTestId="indicator-form"
      onSubmit={submit}
      busy={loading}
    >
      {text('vestigingscode', { required: true, hint: c.codeHint })}
      <SelectField
        id={fieldId('kind')}
        label={c.kind}
        value={values.kind}
        onValueChange={set('kind')}
        options={KINDS}
        optionLabel={(k) => c.kinds[k]}
      />
      {text('period', { required: true, hint: c.periodHint })}
      {text('value', { required: true, inputMode: 'decimal' })}
      {text('sourceKey', { optionalLabel: c.optional, hint: c.sourceKeyHint })}
      {text('note', { optionalLabel: c.optional })}
    </AdminForm>
  );
}
