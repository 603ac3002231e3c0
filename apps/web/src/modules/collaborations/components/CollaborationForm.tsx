import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import { useRouter } from '../../../app/routing/use-router';
import type { FundingRouteCode, InterventionCode } from '../../../generated/graphql';
import { ErrorSummary, type SummaryItem } from '../../../shared/forms/ErrorSummary';
import { serverError } from '../../../shared/forms/server-errors';
import { TextField } from '../../../shared/forms/TextField';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import {
  CREATE_COLLABORATION_MUTATION,
  MY_COLLABORATIONS_QUERY,
} from '../graphql/collaborations.queries';

export interface FormPreset {
  contactRequestId: string | null;
  title: string;
  vestigingscodes: string[];
  organisationIds: string[];
  municipalityCode: string;
}

interface Line {
  routeCode: FundingRouteCode | '';
  fundName: string;
  amountEur: string;
  validFrom: string;
  validUntil: string;
}

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
  };
  return ids[base] ?? 'c-title';
}

/** A new collaboration: parties, kinds of help, goals, a period and its funding lines. */
export function CollaborationForm({ preset }: { preset: FormPreset }) {
  const t = useT();
  const f = t.collaborations.form;
  const { lang } = useLanguage();
  const { navigate } = useRouter();
  const { types, needLabel } = useInterventionTypes();
  const { data: catalogue } = useQuery(MY_COLLABORATIONS_QUERY, { fetchPolicy: 'cache-first' });
  const routes = catalogue?.fundingRoutes ?? [];
  const [title, setTitle] = useState(preset.title);
  const [schools, setSchools] = useState(preset.vestigingscodes.join(', '));
  const [partners, setPartners] = useState(preset.organisationIds.join(', '));
  const [municipality, setMunicipality] = useState(preset.municipalityCode);
  const [board, setBoard] = useState('');
  const [codes, setCodes] = useState<Set<InterventionCode>>(new Set());
  const [goals, setGoals] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [lines, setLines] = useState<Line[]>([{ ...EMPTY_LINE }]);
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [create, { loading }] = useMutation(CREATE_COLLABORATION_MUTATION, {
    refetchQueries: [MY_COLLABORATIONS_QUERY],
  });

  const errorOf = (id: string) =>
    problems
      .filter((p) => fieldIdOf(p.field) === id)
      .map((p) => p.message)
      .join('; ') || undefined;
  const split = (v: string) =>
    v
      .split(/[,\s]+/)
      .map((x) => x.trim())
      .filter(Boolean);
  const setLine = (i: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      const res = await create({
        variables: {
          input: {
            title,
            vestigingscodes: split(schools).map((s) => s.toUpperCase()),
            organisationIds: split(partners),
            municipalityCode: municipality.trim() || null,
            schoolBoard: board.trim() || null,
            interventionCodes: [...codes],
            goals: goals.split('\n'),
            startsOn,
            endsOn,
            contactRequestId: preset.contactRequestId,
            funding: lines
              .filter((l) => l.routeCode !== '')
              .map((l) => ({
                routeCode: l.routeCode as FundingRouteCode,
                fundName: l.fundName.trim() || null,
                amountEur: l.amountEur.trim() === '' ? null : Number(l.amountEur),
                validFrom: l.validFrom || null,
                validUntil: l.validUntil || null,
              })),
          },
        },
      });
      const id = res.data?.createCollaboration.id;
      if (id) navigate(`/samenwerkingen?id=${encodeURIComponent(id)}`);
    } catch (error) {
      const info = serverError(error);
      setProblems(info.fields);
      setMessage(info.fields.length === 0 ? info.message : null);
      setAttempt((n) => n + 1);
    }
  }

  const items: SummaryItem[] = problems.map((p) => ({
    fieldId: fieldIdOf(p.field),
    text: `${p.field}: ${p.message}`,
  }));

  return (
    <form
      className="collab-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      data-testid="collaboration-form"
    >
      <ErrorSummary heading={f.problems} message={message} items={items} attempt={attempt} />
      <TextField
        id="c-title"
        label={f.title}
        value={title}
        onValueChange={setTitle}
        error={errorOf('c-title')}
        maxLength={160}
        required
      />
      <TextField
        id="c-schools"
        label={f.schools}
        hint={f.schoolsHint}
        value={schools}
        onValueChange={setSchools}
        error={errorOf('c-schools')}
      />
      <TextField
        id="c-partners"
        label={f.partners}
        hint={f.partnersHint}
        value={partners}
        onValueChange={setPartners}
        error={errorOf('c-partners')}
      />
      <TextField
        id="c-municipality"
        label={f.municipality}
        hint={f.municipalityHint}
        optionalLabel={f.optional}
        value={municipality}
        onValueChange={setMunicipality}
        error={errorOf('c-municipality')}
      />
      <TextField
        id="c-board"
        label={f.board}
        optionalLabel={f.optional}
        value={board}
        onValueChange={setBoard}
        error={errorOf('c-board')}
        maxLength={160}
      />
      <fieldset
        id="c-types"
        tabIndex={-1}
        className={errorOf('c-types') ? 'form-field form-field--invalid' : 'form-field'}
      >
        <legend>{f.types}</legend>
        {errorOf('c-types') && <p className="field-error">{errorOf('c-types')}</p>}
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
      <div className={errorOf('c-goals') ? 'form-field form-field--invalid' : 'form-field'}>
        <label htmlFor="c-goals">{f.goals}</label>
        <p id="c-goals-hint" className="field-hint">
          {f.goalsHint}
        </p>
        {errorOf('c-goals') && (
          <p id="c-goals-error" className="field-error">
            {errorOf('c-goals')}
          </p>
        )}
        <textarea
          id="c-goals"
          rows={3}
          value={goals}
          maxLength={3100}
          aria-invalid={errorOf('c-goals') ? true : undefined}
          aria-describedby={`c-goals-hint${errorOf('c-goals') ? ' c-goals-error' : ''}`}
          onChange={(e) => setGoals(e.target.value)}
        />
      </div>
      <TextField
        id="c-start"
        type="date"
        label={f.startsOn}
        hint={f.periodHint}
        value={startsOn}
        onValueChange={setStartsOn}
        error={errorOf('c-start')}
      />
      <TextField
        id="c-end"
        type="date"
        label={f.endsOn}
        value={endsOn}
        onValueChange={setEndsOn}
        error={errorOf('c-end')}
      />
      <fieldset id="c-funding" tabIndex={-1} className="collab-form__funding">
        <legend>{f.fundingLegend}</legend>
        <p className="field-hint">{f.fundingHint}</p>
        {errorOf('c-funding') && <p className="field-error">{errorOf('c-funding')}</p>}
        {lines.map((l, i) => (
          <fieldset key={i} className="collab-form__line" data-testid="funding-line">
            <legend>{f.line(i + 1)}</legend>
            <div className="form-field">
              <label htmlFor={`c-f${i}-routeCode`}>{f.route}</label>
              {errorOf(`c-f${i}-routeCode`) && (
                <p className="field-error">{errorOf(`c-f${i}-routeCode`)}</p>
              )}
              <select
                id={`c-f${i}-routeCode`}
                value={l.routeCode}
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
            <TextField
              id={`c-f${i}-fundName`}
              label={f.fundName}
              optionalLabel={f.optional}
              value={l.fundName}
              onValueChange={(v) => setLine(i, { fundName: v })}
              error={errorOf(`c-f${i}-fundName`)}
              maxLength={120}
            />
            <TextField
              id={`c-f${i}-amountEur`}
              label={f.amount}
              optionalLabel={f.optional}
              inputMode="numeric"
              value={l.amountEur}
              onValueChange={(v) => setLine(i, { amountEur: v })}
              error={errorOf(`c-f${i}-amountEur`)}
            />
            <TextField
              id={`c-f${i}-validFrom`}
              type="date"
              label={f.validFrom}
              optionalLabel={f.optional}
              value={l.validFrom}
              onValueChange={(v) => setLine(i, { validFrom: v })}
              error={errorOf(`c-f${i}-validFrom`)}
            />
            <TextField
              id={`c-f${i}-validUntil`}
              type="date"
              label={f.validUntil}
              optionalLabel={f.optional}
              value={l.validUntil}
              onValueChange={(v) => setLine(i, { validUntil: v })}
              error={errorOf(`c-f${i}-validUntil`)}
            />
            {lines.length > 1 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
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
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? f.saving : f.submit}
        </button>
      </div>
    </form>
  );
}
