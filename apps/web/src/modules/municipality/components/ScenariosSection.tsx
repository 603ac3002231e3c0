import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useId, useState, type FormEvent } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { InterventionCode, ScenarioBudgetKind } from '../../../generated/graphql';
import { useSession } from '../../../shared/session/hooks/use-session';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import {
  DELETE_SCENARIO_MUTATION,
  MUNICIPALITY_SCENARIOS_QUERY,
  RUN_SCENARIO_QUERY,
  SAVE_SCENARIO_MUTATION,
} from '../graphql/municipality-needs.queries';
import type { useNeedsDownloads } from '../hooks/use-needs-downloads';
import { canSeeCoalitions } from './CoalitionsSection';
import { DownloadLinks } from './DownloadLinks';
import { DownloadButton } from './DownloadButton';
import { NeedsTable } from './NeedsTable';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { ErrorSummary } from '../../../shared/forms/ErrorSummary';
import {
  useFieldProblems,
  type FieldProblems,
  type PlacedProblem,
} from '../../../shared/forms/use-field-problems';
import { useFocusAfterRemoval } from '../../../shared/focus/focus-key';
import { COUNT, EUROS, parseNumber } from '../../../shared/forms/parse-number';
import { DutchText, sentenceWithDutch } from '../../../shared/language/DutchText';

interface Candidate {
  key: number;
  title: string;
  type: InterventionCode;
  capacity: string;
  cost: string;
  offeringId: string;
}
const idOf = (scenario: { id: string }) => scenario.id;
const keyOf = (c: Candidate) => String(c.key);

interface ScenariosSectionProps {
  code: string;
  label: (code: string) => string;
  /** Themes with the largest unmet need: the first candidates sketched for them. */
  topThemes: InterventionCode[];
  downloads: ReturnType<typeof useNeedsDownloads>;
}

let nextKey = 1;

type CandidateLabel =
  'candidateTitle' | 'candidateType' | 'candidateCapacity' | 'candidateCost' | 'existingLabel';

/** A candidate's inputs by the letter of their id: the API's field name, the label's key. */
const CANDIDATE_INPUTS: Record<string, [string[], CandidateLabel]> = {
  t: [['title'], 'candidateTitle'],
  y: [['interventionCodes', 'interventionTypes'], 'candidateType'],
  c: [['capacitySchools'], 'candidateCapacity'],
  e: [['costEur'], 'candidateCost'],
  o: [['offeringId'], 'existingLabel'],
};
const letterOf = (apiField: string) =>
  Object.keys(CANDIDATE_INPUTS).find((l) => CANDIDATE_INPUTS[l]![0].includes(apiField));
/** The candidate input an id names (`${sectionId}-c12`: capacity of key 12), or null. */
function inputOfCandidate(sectionId: string, fieldId: string) {
  const at = /^(\w)(\d+)$/.exec(fieldId.slice(sectionId.length + 1));
  return at && at[1]! in CANDIDATE_INPUTS ? { letter: at[1]!, key: Number(at[2]) } : null;
}

/** "Wat levert het meeste op?": budget, candidates, the proposal step by step, saved scenarios. */
export function ScenariosSection({ code, label, topThemes, downloads }: ScenariosSectionProps) {
  const t = useT();
  const { lang } = useLanguage();
  const s = t.municipality.needs.scenarios;
  const n = t.municipality.needs;
  const id = useId();
  const { viewer } = useSession();
  const { types } = useInterventionTypes();
  const allowed = canSeeCoalitions(viewer, code);
  const [budgetKind, setBudgetKind] = useState<ScenarioBudgetKind>('COUNT');
  const [budget, setBudget] = useState('2');
  const [candidates, setCandidates] = useState<Candidate[]>(() =>
    topThemes.map((type) => ({
      key: nextKey++,
      title: `${label(type)}`,
      type,
      capacity: '',
      cost: '10000',
      offeringId: '',
    })),
  );
  const [name, setName] = useState('');
  const [savedName, setSavedName] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [run, ran] = useLazyQuery(RUN_SCENARIO_QUERY, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SAVE_SCENARIO_MUTATION);
  const list = useQuery(MUNICIPALITY_SCENARIOS_QUERY, { variables: { code }, skip: !allowed });
  // The input the API means by a field it refuses: a candidate's inputs carry its key.
  const locate = (field: string): string | null => {
    if (field === 'budget' || field === 'name') return `${id}-${field}`;
    const at = /^candidates\[(\d+)\]\.(\w+)/.exec(field);
    const c = at ? candidates[Number(at[1])] : undefined;
    const letter = at ? letterOf(at[2]!) : undefined;
    return c && letter ? `${id}-${letter}${c.key}` : null;
  };
  // An input's label as the summary names it, by the candidate's place now, like the
  // collaboration form's "Financieringsregel 2, bedrag (euro)"; null when the input is gone.
  const labelOf = (fieldId: string): string | null => {
    if (fieldId === `${id}-budget`) return s.budget;
    if (fieldId === `${id}-name`) return s.name;
    const at = inputOfCandidate(id, fieldId);
    const place = candidates.findIndex((c) => c.key === at?.key);
    return at && place >= 0
      ? s.candidateField(place + 1, s[CANDIDATE_INPUTS[at.letter]![1]])
      : null;
  };
  const runProblems = useFieldProblems({ labelOf, locate });
  const saveProblems = useFieldProblems({ labelOf, locate });
  const [remove, removing] = useMutation(DELETE_SCENARIO_MUTATION);
  const [removedName, setRemovedName] = useState('');
  // A deleted scenario or a removed candidate takes its focused button with it: the keyboard
  // goes on to the button of the one now in its place, or to the heading or "add" when none is
  // left. The focus keys carry the section's id: a page may hold more than one section.
  const deleteKey = useCallback((sc: { id: string }) => `${id}-d${sc.id}`, [id]);
  const removeKey = useCallback((c: Candidate) => `${id}-x${c.key}`, [id]);
  const focusAfterDelete = useFocusAfterRemoval(
    list.data?.municipalityScenarios,
    idOf,
    deleteKey,
    `${id}-sh`,
  );
  const focusAfterRemove = useFocusAfterRemoval(candidates, keyOf, removeKey, `${id}-add`);

  if (!allowed) {
    return (
      <section className="scenarios" aria-labelledby={`${id}-h`} data-testid="scenarios">
        <h3 id={`${id}-h`}>{s.heading}</h3>
        <p className="notice" data-testid="scenarios-locked">
          {s.locked}
        </p>
      </section>
    );
  }

  // The numbers as typed, read in the page's language (shared/forms/parse-number.ts): a count
  // budget and a capacity are whole numbers, a euro budget and a cost euros and cents.
  const budgetRule = budgetKind === 'COUNT' ? COUNT : EUROS;
  const numbers = () => ({
    budget: parseNumber(budget, lang, budgetRule),
    candidates: candidates.map((c) => ({
      capacity: parseNumber(c.capacity, lang, COUNT),
      cost: parseNumber(c.cost, lang, EUROS),
    })),
  });
  // What cannot be sent: text that is no number, said at its input before sending.
  const check = () => {
    const found: PlacedProblem[] = [];
    const read = numbers();
    if (read.budget.value === null || read.budget.problem) {
      found.push({
        field: `${id}-budget`,
        // A count budget is 1 to 50 offerings: one message says so, whatever was typed.
        message:
          budgetKind === 'COUNT'
            ? s.countBudget
            : t.forms.number(read.budget.problem ?? 'NOT_A_NUMBER', EUROS),
      });
    }
    read.candidates.forEach((n, k) => {
      if (n.capacity.problem) {
        found.push({
          field: locate(`candidates[${k}].capacitySchools`)!,
          message: t.forms.number(n.capacity.problem, COUNT),
        });
      }
      if (n.cost.problem) {
        found.push({
          field: locate(`candidates[${k}].costEur`)!,
          message: t.forms.number(n.cost.problem, EUROS),
        });
      }
    });
    return found;
  };
  // Only sent after check() found nothing, so every number is a value or empty.
  const input = () => {
    const read = numbers();
    return {
      code,
      name: name.trim() || null,
      budgetKind,
      budget: read.budget.value ?? 0,
      candidates: candidates.map((c, k) => {
        const costEur = read.candidates[k]!.cost.value ?? null;
        return c.offeringId.trim()
          ? { offeringId: c.offeringId.trim(), costEur }
          : {
              title: c.title,
              interventionCodes: [c.type],
              capacitySchools: read.candidates[k]!.capacity.value ?? null,
              costEur,
            };
      }),
    };
  };
  // Running and saving send the same scenario from their own forms: a new attempt drops the
  // saved notice and both forms' problems, then says the sending form's problems or sends; a
  // failure is shown on the form that sent.
  const checkThenSend =
    <R,>(
      own: FieldProblems,
      send: (scenario: ReturnType<typeof input>) => Promise<R>,
      onResult: (result: R) => void,
    ) =>
    (e: FormEvent) => {
      e.preventDefault();
      setSavedName(null);
      runProblems.clear();
      saveProblems.clear();
      if (own.refuse(check())) return;
      void send(input()).then(onResult, (error: unknown) => own.failed(error));
    };
  // An input's problem, from either action: its text under the input, tied to it.
  const problemAt = (fieldId: string) =>
    runProblems.errorOf(fieldId) ?? saveProblems.errorOf(fieldId);
  const invalid = (fieldId: string) =>
    problemAt(fieldId) ? { 'aria-invalid': true, 'aria-describedby': `${fieldId}-error` } : {};
  const problemText = (fieldId: string) => {
    const problem = problemAt(fieldId);
    return (
      problem && (
        <p id={`${fieldId}-error`} className="field-error scenarios__error">
          {problem}
        </p>
      )
    );
  };
  const update = (key: number, patch: Partial<Candidate>) =>
    setCandidates(candidates.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  // A candidate's text input with its label; `letter` tells its fields apart in the ids.
  const candidateInput = (
    c: Candidate,
    field: 'title' | 'capacity' | 'cost' | 'offeringId',
    letter: string,
    label: string,
    inputMode?: 'numeric' | 'decimal',
  ) => (
    <>
      <label htmlFor={`${id}-${letter}${c.key}`}>{label}</label>
      <input
        id={`${id}-${letter}${c.key}`}
        inputMode={inputMode}
        value={c[field]}
        onChange={(e) => update(c.key, { [field]: e.target.value })}
        {...invalid(`${id}-${letter}${c.key}`)}
      />
      {problemText(`${id}-${letter}${c.key}`)}
    </>
  );
  const result = ran.data?.runScenario;
  const scenarios = list.data?.municipalityScenarios ?? [];

  return (
    <section className="scenarios" aria-labelledby={`${id}-h`} data-testid="scenarios">
      <h3 id={`${id}-h`}>{s.heading}</h3>
      <p>{s.intro}</p>
      <form
        className="scenarios__form"
        noValidate
        onSubmit={checkThenSend(
          runProblems,
          (scenario) => run({ variables: { input: scenario } }),
          (r) => r.error && runProblems.failed(r.error),
        )}
      >
        <ErrorSummary heading={s.runProblems} level={4} {...runProblems.summary} />
        <div className="scenarios__budget">
          <label htmlFor={`${id}-kind`}>{s.budgetKind}</label>
          <select
            id={`${id}-kind`}
            value={budgetKind}
            onChange={(e) => setBudgetKind(e.target.value as ScenarioBudgetKind)}
          >
            <option value="COUNT">{s.budgetCount}</option>
            <option value="EUROS">{s.budgetEuros}</option>
          </select>
          <label htmlFor={`${id}-budget`}>{s.budget}</label>
          <input
            id={`${id}-budget`}
            inputMode="decimal"
            value={budget}
            onChange={(e) => setBudget(e.target.value)}
            required
            {...invalid(`${id}-budget`)}
          />
          {problemText(`${id}-budget`)}
        </div>
        <fieldset>
          <legend>{s.candidatesHeading}</legend>
          <ol className="scenarios__candidates">
            {candidates.map((c, i) => (
              <li key={c.key} data-testid="scenario-candidate">
                {candidateInput(c, 'title', 't', s.candidateTitle)}
                <label htmlFor={`${id}-y${c.key}`}>{s.candidateType}</label>
                <select
                  id={`${id}-y${c.key}`}
                  value={c.type}
                  onChange={(e) => update(c.key, { type: e.target.value as InterventionCode })}
                  {...invalid(`${id}-y${c.key}`)}
                >
                  {types.map((ty) => (
                    <option key={ty.code} value={ty.code}>
                      {label(ty.code)}
                    </option>
                  ))}
                </select>
                {problemText(`${id}-y${c.key}`)}
                {candidateInput(c, 'capacity', 'c', s.candidateCapacity, 'numeric')}
                {candidateInput(c, 'cost', 'e', s.candidateCost, 'decimal')}
                {candidateInput(c, 'offeringId', 'o', s.existingLabel)}
                <button
                  type="button"
                  id={`${id}-x${c.key}`}
                  data-focus-key={removeKey(c)}
                  className="button"
                  aria-label={s.candidateRemove(c.title || String(i + 1))}
                  onClick={() => {
                    setCandidates(candidates.filter((x) => x.key !== c.key));
                    // Its problems go with it: no summary link to an input that is gone.
                    const gone = (fieldId: string) => inputOfCandidate(id, fieldId)?.key === c.key;
                    runProblems.forget(gone);
                    saveProblems.forget(gone);
                    focusAfterRemove(keyOf(c), i);
                  }}
                >
                  ✕
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            id={`${id}-add`}
            data-focus-key={`${id}-add`}
            className="button"
            onClick={() =>
              setCandidates([
                ...candidates,
                {
                  key: nextKey++,
                  title: '',
                  type: types[0]?.code ?? 'EXTRA_LEERTIJD',
                  capacity: '',
                  cost: '',
                  offeringId: '',
                },
              ])
            }
          >
            {s.addCandidate}
          </button>
        </fieldset>
        <BusyButton type="submit" className="button button--primary" busy={ran.loading}>
          {ran.loading ? s.running : s.run}
        </BusyButton>
      </form>
      {result && (
        <div className="scenarios__result" data-testid="scenario-result" aria-live="polite">
          <h4>{s.resultHeading}</h4>
          <p data-testid="scenario-mode">
            <strong>{s.mode[result.mode] ?? result.mode}:</strong>{' '}
            {lang === 'en' ? result.modeTextEn : result.modeTextNl}
          </p>
          <p>{s.shareChange(result.shareBefore ?? null, result.shareAfter ?? null)}</p>
          {result.steps.length === 0 ? (
            <p>{s.nothing}</p>
          ) : (
            <NeedsTable
              captionId={`${id}-rc`}
              caption={s.resultCaption}
              columns={[
                s.colStep,
                s.colCandidate,
                s.colSchoolsReached,
                s.colGain,
                s.colCumulative,
                s.colCost,
              ]}
            >
              {result.steps.map((st, i) => (
                <tr key={i} data-testid="scenario-step">
                  <td>{i + 1}</td>
                  <th scope="row">{st.label}</th>
                  <td>{st.schoolsReached}</td>
                  <td>{n.number(st.gain)}</td>
                  <td>{n.number(st.cumulative)}</td>
                  <td>
                    {st.costEur === null || st.costEur === undefined
                      ? '–'
                      : `€ ${n.number(st.costEur)}`}
                  </td>
                </tr>
              ))}
            </NeedsTable>
          )}
          <form
            className="scenarios__save"
            noValidate
            onSubmit={checkThenSend(
              saveProblems,
              (scenario) => save({ variables: { input: scenario } }),
              (r) => {
                if (r.data) {
                  setSavedName(r.data.saveScenario.name);
                  void list.refetch();
                } else if (r.error) saveProblems.failed(r.error);
              },
            )}
          >
            <ErrorSummary heading={s.saveProblems} level={5} {...saveProblems.summary} />
            <label htmlFor={`${id}-name`}>{s.name}</label>
            <input
              id={`${id}-name`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              {...invalid(`${id}-name`)}
            />
            {problemText(`${id}-name`)}
            <BusyButton type="submit" className="button" busy={saving.loading}>
              {s.save}
            </BusyButton>
          </form>
          {savedName && (
            <p role="status" data-testid="scenario-saved">
              {sentenceWithDutch(s.saved, savedName)}
            </p>
          )}
        </div>
      )}
      <h4 id={`${id}-sh`} tabIndex={-1} data-focus-key={`${id}-sh`}>
        {s.savedHeading}
      </h4>
      <p role="status" data-testid="scenario-removed">
        {removedName && sentenceWithDutch(s.removed, removedName)}
      </p>
      {removing.error && <QueryError error={removing.error} />}
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {scenarios.length === 0 ? (
        <p>{s.savedNone}</p>
      ) : (
        <>
          <NeedsTable
            captionId={`${id}-sc`}
            caption={s.savedCaption}
            columns={[s.colName, s.colBudget, s.colMode, s.colValue, s.colAfter, s.colActions]}
            testId="scenarios-saved"
          >
            {scenarios.map((sc, index) => (
              <tr key={sc.id} data-testid="scenario-saved-row">
                <th scope="row">
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.includes(sc.id)}
                      aria-label={s.compare(sc.name)}
                      onChange={(e) =>
                        setSelected(
                          e.target.checked
                            ? [...selected, sc.id]
                            : selected.filter((x) => x !== sc.id),
                        )
                      }
                    />{' '}
                    <DutchText>{sc.name}</DutchText>
                  </label>
                </th>
                <td>{s.budgetText(sc.budgetKind, sc.budget)}</td>
                <td>{s.mode[sc.result.mode] ?? sc.result.mode}</td>
                <td>{n.number(sc.result.value)}</td>
                <td>{n.percent(sc.result.shareAfter)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={s.exportCsv(sc.name)}
                    onClick={() =>
                      void downloads.download({ kind: 'scenarioCsv', id: sc.id, name: sc.name })
                    }
                  >
                    {s.csv}
                  </button>{' '}
                  <a
                    href={`/downloads/scenario/${encodeURIComponent(sc.id)}/steps.csv`}
                    download
                    aria-label={`${t.municipality.directLinks}: ${sc.name}`}
                  >
                    {t.municipality.directLinks}
                  </a>{' '}
                  <BusyButton
                    type="button"
                    id={`${id}-d${sc.id}`}
                    data-focus-key={deleteKey(sc)}
                    className="button"
                    busy={removing.loading}
                    aria-label={s.removeNamed(sc.name)}
                    onClick={() =>
                      void remove({ variables: { id: sc.id } }).then(
                        async (r) => {
                          if (!r.data) return;
                          setRemovedName(sc.name);
                          setSelected((now) => now.filter((x) => x !== sc.id));
                          focusAfterDelete(sc.id, index);
                          await list.refetch();
                        },
                        () => undefined,
                      )
                    }
                  >
                    {s.remove}
                  </BusyButton>
                </td>
              </tr>
            ))}
          </NeedsTable>
          <DownloadButton
            downloads={downloads}
            request={{ kind: 'scenariosXlsx', ids: selected }}
            label={s.exportSelected}
            disabled={selected.length === 0}
          />
          {selected.length > 0 && (
            <DownloadLinks
              links={[
                {
                  label: 'XLSX',
                  href: `/downloads/scenarios.xlsx?ids=${selected.map(encodeURIComponent).join(',')}`,
                },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}
