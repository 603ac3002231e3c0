import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { useT } from '../../../app/i18n/use-t';
import type { InterventionCode, LeaAgreementFieldsFragment } from '../../../generated/graphql';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { TextField } from '../../../shared/forms/TextField';
import { useFieldProblems } from '../../../shared/forms/use-field-problems';
import { useFocusWhen } from '../../../shared/focus/focus-key';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import {
  LEA_AGREEMENTS_QUERY,
  SAVE_LEA_AGREEMENT_MUTATION,
} from '../graphql/collaborations.queries';
import { ServerProblemsForm } from './ServerProblemsForm';

interface AgreementFormProps {
  code: string;
  /** The agreement being changed; null: a new one. */
  editing: LeaAgreementFieldsFragment | null;
  /** Saved (its id and title); `edited` when it was a change of `editing`. */
  onSaved: (saved: { id: string; title: string }, edited: boolean) => void;
  /** Editing given up without saving. */
  onCancel: () => void;
  /** What was last saved or deleted, said in the live region under the button. */
  status: string;
}

const goalsOf = (a: LeaAgreementFieldsFragment | null) =>
  Object.fromEntries((a?.themes ?? []).map((t) => [t.interventionCode, t.goal])) as Partial<
    Record<InterventionCode, string>
  >;

/**
 * A new LEA agreement, or a change of one (`editing`, prefilled). Editing, its heading names the
 * agreement and takes the keyboard. One form for both, never mounted anew, so its live region
 * stays and is heard.
 */
export function AgreementForm({ code, editing, onSaved, onCancel, status }: AgreementFormProps) {
  const t = useT();
  const a = t.collaborations.agreements;
  const { types, needLabel } = useInterventionTypes();
  const [title, setTitle] = useState(editing?.title ?? '');
  const [startsOn, setStartsOn] = useState(editing?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(editing?.endsOn ?? '');
  const [goals, setGoals] = useState(() => goalsOf(editing));
  const [chosen, setChosen] = useState<InterventionCode[]>(
    () => editing?.themes.map((th) => th.interventionCode) ?? [],
  );
  // Another agreement to edit (or none): the fields start again from it, during render.
  const [filledFrom, setFilledFrom] = useState(editing?.id ?? null);
  if ((editing?.id ?? null) !== filledFrom) {
    setFilledFrom(editing?.id ?? null);
    setTitle(editing?.title ?? '');
    setStartsOn(editing?.startsOn ?? '');
    setEndsOn(editing?.endsOn ?? '');
    setGoals(goalsOf(editing));
    setChosen(editing?.themes.map((th) => th.interventionCode) ?? []);
  }
  // The edit button that opened the form is still there, but the keyboard belongs in the form.
  const heading = useFocusWhen<HTMLHeadingElement>(editing?.id);
  const [save, { loading }] = useMutation(SAVE_LEA_AGREEMENT_MUTATION, {
    refetchQueries: [LEA_AGREEMENTS_QUERY],
  });
  const ids: Record<string, string> = {
    title: 'a-title',
    startsOn: 'a-start',
    endsOn: 'a-end',
    themes: 'a-themes',
  };
  // The summary names a field as its label does.
  const labels: Record<string, string> = {
    title: a.title,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    themes: a.themesLegend,
  };
  const problems = useFieldProblems({
    fieldIdOf: (field) => ids[field.replace(/\[.*$/, '')] ?? 'a-title',
    labelOf: (field) => labels[field.replace(/\[.*$/, '')] ?? field,
  });
  const { errorOf } = problems;
  // A text input by the API's name for its field.
  const text = (field: string, value: string, onValueChange: (value: string) => void) => ({
    id: ids[field],
    value,
    onValueChange,
    error: errorOf(field),
  });
  async function send() {
    const res = await save({
      variables: {
        input: {
          id: editing?.id ?? null,
          municipalityCode: code,
          title,
          startsOn,
          endsOn,
          themes: chosen.map((c) => ({ interventionCode: c, goal: goals[c] ?? '' })),
        },
      },
    });
    problems.clear();
    if (!editing) {
      setTitle('');
      setChosen([]);
    }
    if (res.data) onSaved(res.data.saveLeaAgreement, editing !== null);
  }
  return (
    <ServerProblemsForm
      className="collab-form account-section"
      testId="agreement-form"
      heading={
        <h2 ref={heading} tabIndex={-1} data-focus-key="agreement-form-heading">
          {editing ? a.editHeading(editing.title) : a.newHeading}
        </h2>
      }
      summaryHeading={a.problems}
      problems={problems}
      onSend={send}
    >
      {/* Required as the API has them (like the collaboration form): name, dates, each goal. */}
      <TextField {...text('title', title, setTitle)} label={a.title} maxLength={160} required />
      <TextField
        {...text('startsOn', startsOn, setStartsOn)}
        type="date"
        label={a.startsOn}
        required
      />
      <TextField {...text('endsOn', endsOn, setEndsOn)} type="date" label={a.endsOn} required />
      <fieldset
        id="a-themes"
        tabIndex={-1}
        aria-describedby={errorOf('themes') ? 'a-themes-error' : undefined}
      >
        <legend>{a.themesLegend}</legend>
        {errorOf('themes') && (
          <p id="a-themes-error" className="field-error">
            {errorOf('themes')}
          </p>
        )}
        <ul className="collab-form__checks">
          {types.map((type) => {
            const on = chosen.includes(type.code);
            return (
              <li key={type.code}>
                <label>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) =>
                      setChosen((prev) =>
                        e.target.checked
                          ? [...prev, type.code]
                          : prev.filter((c) => c !== type.code),
                      )
                    }
                  />{' '}
                  {needLabel(type.code)}
                </label>
                {on && (
                  <TextField
                    id={`a-goal-${type.code}`}
                    label={a.themeGoal(needLabel(type.code))}
                    value={goals[type.code] ?? ''}
                    onValueChange={(v) => setGoals((g) => ({ ...g, [type.code]: v }))}
                    maxLength={300}
                    required
                  />
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="form-actions">
        <BusyButton type="submit" className="button button--primary" busy={loading}>
          {editing ? a.saveChanges : a.save}
        </BusyButton>
        {editing && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {a.cancelEdit}
          </button>
        )}
      </div>
      <p role="status" data-testid="agreement-saved">
        {status}
      </p>
    </ServerProblemsForm>
  );
}
