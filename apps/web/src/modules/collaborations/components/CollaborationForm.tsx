import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import type {
  CollaborationFieldsFragment,
  FundingRouteCode,
  InterventionCode,
} from '../../../generated/graphql';
import { ServerProblemsForm } from './ServerProblemsForm';
import { FormActions } from '../../../shared/forms/FormActions';
import { FieldNotes, noteIds } from '../../../shared/forms/FieldNotes';
import { parseNumber, WHOLE_EUROS } from '../../../shared/forms/parse-number';
import { formFieldOf, fundingToSend, type FundingToSend, type Line } from '../funding-lines';
import { PartyFacts } from './PartyFacts';
import { TextField } from '../../../shared/forms/TextField';
import { useFieldProblems } from '../../../shared/forms/use-field-problems';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import type { PickerOption, PickerTexts } from '../../../shared/pickers/MultiPicker';
import { OrganisationPicker, SchoolPicker } from '../../../shared/pickers/PartyPickers';
import {
  CREATE_COLLABORATION_MUTATION,
  MY_COLLABORATIONS_QUERY,
  UPDATE_COLLABORATION_MUTATION,
} from '../graphql/collaborations.queries';

export type { Line };

export interface FormPreset {
  contactRequestId: string | null;
  title: string;
  vestigingscodes: string[];
  organisationIds: string[];
  municipalityCode: string;
  /** Kinds of help to start with (the request's offering); the person can change them. */
  interventionCodes: InterventionCode[];
}

/** The most schools and partners one collaboration names (the API's limits are higher). */
const MAX_PARTIES = 20;

const EMPTY_LINE: Line = {
  routeCode: '',
  fundName: '',
  amountEur: '',
  validFrom: '',
  validUntil: '',
};

/** The server's field name → the id of the input that holds it. */
export function fieldIdOf(field: string): string {
  const f = /^funding\[(\d+)\]\.(\w+)$/.exec(field);
  if (f) return `c-f${f[1]}-${f[2]}`;
  const base = field.replace(/\[\d+\]$/, '');
  const ids: Record<string, string> = {
    title: 'c-title',
    vestigingscodes: 'c-schools',
    organisationIds: 'c-partners',
    municipalityCode: 'c-municipality',
    schoolBoard: 'c-board',
    interventionCodes: 'c-types',
    goals: 'c-goals',
    startsOn: 'c-start',
    endsOn: 'c-end',
    funding: 'c-funding',
    status: 'c-title',
    contactRequestId: 'c-title',
    collaborationId: 'c-title',
    note: 'c-note',
  };
  return ids[base] ?? 'c-title';
}

type FormTexts = ReturnType<typeof useT>['collaborations']['form'];

/** The server's field name → the label of its field, for the error summary; undefined when the
 * form has no such field. */
export function fieldLabelOf(field: string, f: FormTexts): string | undefined {
  const line = /^funding\[(\d+)\]\.(\w+)$/.exec(field);
  if (line) {
    const parts: Record<string, string> = {
      routeCode: f.route,
      fundName: f.fundName,
      amountEur: f.amount,
      validFrom: f.validFrom,
      validUntil: f.validUntil,
    };
    const part = parts[line[2]];
    return part && `${f.line(Number(line[1]) + 1)}, ${part.toLowerCase()}`;
  }
  const labels: Record<string, string> = {
    title: f.title,
    vestigingscodes: f.schools,
    organisationIds: f.partners,
    municipalityCode: f.municipality,
    schoolBoard: f.board,
    interventionCodes: f.types,
    goals: f.goals,
    startsOn: f.startsOn,
    endsOn: f.endsOn,
    funding: f.fundingLegend,
    note: f.editNote,
  };
  return labels[field.replace(/\[\d+\]$/, '')];
}

/** Funding lines of a recorded collaboration as the form's text fields. */
export function linesOf(funding: CollaborationFieldsFragment['funding']): Line[] {
  const lines = funding.map((l) => ({
    routeCode: l.routeCode,
    fundName: l.fundName ?? '',
    amountEur: l.amountEur === null || l.amountEur === undefined ? '' : String(l.amountEur),
    validFrom: l.validFrom ?? '',
    validUntil: l.validUntil ?? '',
  }));
  return lines.length > 0 ? lines : [{ ...EMPTY_LINE }];
}

/** Ids that came without names (a link, the viewer's own): the pickers look the names up. */
const unnamed = (ids: readonly string[]): PickerOption[] =>
  [...new Set(ids)].map((id) => ({ id, name: '', meta: '' }));

type CollaborationFormProps =
  | { preset: FormPreset; editing?: undefined }
  | { editing: CollaborationFieldsFragment; preset?: undefined };

/**
 * A collaboration's form. New: parties (chosen by name), kinds of help, goals, a period and its
 * funding lines. Editing (`editing`): the same form, prefilled, for what its parties may change
 * (name, goals, period, funding, with a note for the history); parties and kinds of help are
 * shown, not changed.
 */
export function CollaborationForm({ preset, editing }: CollaborationFormProps) {
  const t = useT();
  const f = t.collaborations.form;
  const { lang } = useLanguage();
  const { navigate } = useRouter();
  const { types, needLabel } = useInterventionTypes();
  const { data: catalogue } = useQuery(MY_COLLABORATIONS_QUERY, { fetchPolicy: 'cache-first' });
  const routes = catalogue?.fundingRoutes ?? [];
  const [title, setTitle] = useState(editing?.title ?? preset?.title ?? '');
  const [schools, setSchools] = useState<PickerOption[]>(() =>
    unnamed(preset?.vestigingscodes ?? []),
  );
  const [partners, setPartners] = useState<PickerOption[]>(() =>
    unnamed(preset?.organisationIds ?? []),
  );
  const [municipality, setMunicipality] = useState(preset?.municipalityCode ?? '');
  const [board, setBoard] = useState('');
  const [codes, setCodes] = useState<Set<InterventionCode>>(
    () => new Set(preset?.interventionCodes ?? []),
  );
  const [goals, setGoals] = useState(editing ? editing.goals.join('\n') : '');
  const [startsOn, setStartsOn] = useState(editing?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(editing?.endsOn ?? '');
  const [lines, setLines] = useState<Line[]>(() =>
    editing ? linesOf(editing.funding) : [{ ...EMPTY_LINE }],
  );
  const [note, setNote] = useState('');
  const [create, { loading: creating }] = useMutation(CREATE_COLLABORATION_MUTATION, {
    refetchQueries: [MY_COLLABORATIONS_QUERY],
  });
  const [update, { loading: updating }] = useMutation(UPDATE_COLLABORATION_MUTATION, {
    refetchQueries: [MY_COLLABORATIONS_QUERY],
  });
  const loading = creating || updating;
  // The schools' or partners' picker: its texts, problem and limit.
  const partyPicker = (id: string, label: string, hint: string, chosen: string) => ({
    id,
    texts: pickerTexts(label, hint, chosen),
    error: errorOf(id),
    max: MAX_PARTIES,
  });
  const pickerTexts = (label: string, hint: string, chosen: string): PickerTexts => ({
    label,
    hint,
    chosen,
    noneChosen: f.noneChosen,
    suggestions: f.suggestions,
    found: f.found,
    nothingFound: f.nothingFound,
    typeMore: f.typeMore,
    added: f.added,
    removed: f.removed,
    remove: f.remove,
    searchFailed: f.searchFailed,
  });

  // Asked by input id: the funding lines' problems are named by index.
  const problems = useFieldProblems({
    fieldIdOf,
    errorKey: fieldIdOf,
    labelOf: (field) => fieldLabelOf(field, f) ?? field,
  });
  const { errorOf } = problems;
  // A text input by its id, which is also the name its problems are asked by.
  const text = (id: string, value: string, onValueChange: (value: string) => void) => ({
    id,
    value,
    onValueChange,
    error: errorOf(id),
  });
  // A removed funding line takes its focused button with it: the keyboard goes to the route of
  // the line now in its place (or the last one).
  const [removedLine, setRemovedLine] = useState<number | null>(null);
  useEffect(
    function focusLineAfterRemoval() {
      if (removedLine === null) return;
      document.getElementById(`c-f${Math.min(removedLine, lines.length - 1)}-routeCode`)?.focus();
      setRemovedLine(null);
    },
    [removedLine, lines.length],
  );
  const setLine = (i: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  // A funding line's optional text field: its input id names the line and the field.
  const lineField = (i: number, key: Exclude<keyof Line, 'routeCode'>) => ({
    ...text(`c-f${i}-${key}`, lines[i][key], (value) => setLine(i, { [key]: value })),
    optionalLabel: f.optional,
  });

  // The amounts as typed, in whole euros read in the page's language ("12.000" on a Dutch page).
  const amounts = () => lines.map((l) => parseNumber(l.amountEur, lang, WHOLE_EUROS));
  // An amount that is no number of whole euros is said at its field, never sent as null.
  const amountProblems = () =>
    amounts().flatMap((a, i) =>
      a.problem
        ? [{ field: `funding[${i}].amountEur`, message: t.forms.number(a.problem, WHOLE_EUROS) }]
        : [],
    );

  async function save(funding: FundingToSend['funding']): Promise<string | undefined> {
    if (editing) {
      const res = await update({
        variables: {
          input: {
            collaborationId: editing.id,
            title,
            goals: goals.split('\n'),
            startsOn,
            endsOn,
            funding,
            note: note.trim() || null,
          },
        },
      });
      return res.data?.updateCollaboration.id;
    }
    const res = await create({
      variables: {
        input: {
          title,
          vestigingscodes: schools.map((s) => s.id),
          organisationIds: partners.map((p) => p.id),
          municipalityCode: municipality.trim() || null,
          schoolBoard: board.trim() || null,
          interventionCodes: [...codes],
          goals: goals.split('\n'),
          startsOn,
          endsOn,
          contactRequestId: preset?.contactRequestId ?? null,
          funding,
        },
      },
    });
    return res.data?.createCollaboration.id;
  }

  async function send() {
    const sent = fundingToSend(
      lines,
      amounts().map((a) => a.value ?? null),
      f.routeMissing,
    );
    if (problems.refuse([...amountProblems(), ...sent.problems])) return;
    let id: string | undefined;
    try {
      id = await save(sent.funding);
    } catch (error: unknown) {
      // Blank lines were left out: the API's line numbers are turned back into the form's.
      problems.failed(error, (field) => formFieldOf(field, sent.formIndex));
      return;
    }
    if (id) navigate(`/samenwerkingen?id=${encodeURIComponent(id)}`);
  }

  return (
    <ServerProblemsForm
      testId="collaboration-form"
      summaryHeading={editing ? f.editProblems : f.problems}
      problems={problems}
      onSend={send}
    >
      {editing && <p>{f.editIntro}</p>}
      <TextField {...text('c-title', title, setTitle)} label={f.title} maxLength={160} required />
      {editing ? (
        <dl className="facts" data-testid="collaboration-parties">
          <PartyFacts c={editing} needLabel={needLabel} />
        </dl>
      ) : (
        <>
          <SchoolPicker
            {...partyPicker('c-schools', f.schools, f.schoolsHint, f.schoolsChosen)}
            chosen={schools}
            onChange={setSchools}
            unreadable={f.schoolUnreadable}
          />
          <OrganisationPicker
            {...partyPicker('c-partners', f.partners, f.partnersHint, f.partnersChosen)}
            chosen={partners}
            onChange={setPartners}
            unreadable={f.partnerUnreadable}
          />
          <TextField
            {...text('c-municipality', municipality, setMunicipality)}
            label={f.municipality}
            hint={f.municipalityHint}
            optionalLabel={f.optional}
          />
          <TextField
            {...text('c-board', board, setBoard)}
            label={f.board}
            optionalLabel={f.optional}
            maxLength={160}
          />
        </>
      )}
      {!editing && (
        <fieldset
          id="c-types"
          tabIndex={-1}
          className={errorOf('c-types') ? 'form-field form-field--invalid' : 'form-field'}
          aria-describedby={
            noteIds('c-types', undefined, errorOf('c-types')).join(' ') || undefined
          }
        >
          <legend>{f.types}</legend>
          <FieldNotes id="c-types" error={errorOf('c-types')} />
          <ul className="collab-form__checks">
            {types.map((type) => (
              <li key={type.code}>
                <label>
                  <input
                    type="checkbox"
                    checked={codes.has(type.code)}
                    onChange={(e) =>
                      setCodes((prev) => {
                        const next = new Set(prev);
                        if (e.target.checked) next.add(type.code);
                        else next.delete(type.code);
                        return next;
                      })
                    }
                  />{' '}
                  {needLabel(type.code)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className={errorOf('c-goals') ? 'form-field form-field--invalid' : 'form-field'}>
        <label htmlFor="c-goals">{f.goals}</label>
        <FieldNotes id="c-goals" hint={f.goalsHint} error={errorOf('c-goals')} />
        <textarea
          id="c-goals"
          rows={3}
          value={goals}
          maxLength={3100}
          aria-invalid={errorOf('c-goals') ? true : undefined}
          aria-describedby={noteIds('c-goals', f.goalsHint, errorOf('c-goals')).join(' ')}
          onChange={(e) => setGoals(e.target.value)}
        />
      </div>
      <TextField
        {...text('c-start', startsOn, setStartsOn)}
        type="date"
        label={f.startsOn}
        hint={f.periodHint}
        required
      />
      <TextField {...text('c-end', endsOn, setEndsOn)} type="date" label={f.endsOn} required />
      <fieldset
        id="c-funding"
        tabIndex={-1}
        className="collab-form__funding"
        aria-describedby={noteIds('c-funding', f.fundingHint, errorOf('c-funding')).join(' ')}
      >
        <legend>{f.fundingLegend}</legend>
        <FieldNotes id="c-funding" hint={f.fundingHint} error={errorOf('c-funding')} />
        {lines.map((l, i) => (
          <fieldset key={i} className="collab-form__line" data-testid="funding-line">
            <legend>{f.line(i + 1)}</legend>
            <div className="form-field">
              <label htmlFor={`c-f${i}-routeCode`}>{f.route}</label>
              <FieldNotes id={`c-f${i}-routeCode`} error={errorOf(`c-f${i}-routeCode`)} />
              <select
                id={`c-f${i}-routeCode`}
                value={l.routeCode}
                aria-invalid={errorOf(`c-f${i}-routeCode`) ? true : undefined}
                aria-describedby={
                  errorOf(`c-f${i}-routeCode`) ? `c-f${i}-routeCode-error` : undefined
                }
                onChange={(e) => setLine(i, { routeCode: e.target.value as FundingRouteCode | '' })}
              >
                <option value="">{f.noRoute}</option>
                {routes.map((r) => (
                  <option key={r.code} value={r.code}>
                    {lang === 'en' ? r.en : r.nl}
                  </option>
                ))}
              </select>
            </div>
            <TextField {...lineField(i, 'fundName')} label={f.fundName} maxLength={120} />
            <TextField {...lineField(i, 'amountEur')} label={f.amount} inputMode="numeric" />
            <TextField {...lineField(i, 'validFrom')} type="date" label={f.validFrom} />
            <TextField {...lineField(i, 'validUntil')} type="date" label={f.validUntil} />
            {lines.length > 1 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setLines((ls) => ls.filter((_, j) => j !== i));
                  setRemovedLine(i);
                }}
              >
                {f.removeLine(i + 1)}
              </button>
            )}
          </fieldset>
        ))}
        {lines.length < 10 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setLines((ls) => [...ls, { ...EMPTY_LINE }])}
          >
            {f.addLine}
          </button>
        )}
      </fieldset>
      {editing && (
        <TextField
          {...text('c-note', note, setNote)}
          label={f.editNote}
          hint={f.editNoteHint}
          optionalLabel={f.optional}
          maxLength={900}
        />
      )}
      <FormActions busy={loading} submit={editing ? f.editSubmit : f.submit} submitting={f.saving}>
        {editing && (
          <AppLink
            href={`/samenwerkingen?id=${encodeURIComponent(editing.id)}`}
            className="button button--secondary"
          >
            {f.cancel}
          </AppLink>
        )}
      </FormActions>
    </ServerProblemsForm>
  );
}
