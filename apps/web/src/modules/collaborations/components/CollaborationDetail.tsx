import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import type {
  CollaborationFieldsFragment,
  CollaborationStatus,
  GoalAttainment,
} from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/format-date';
import { ErrorSummary } from '../../../shared/forms/ErrorSummary';
import { FieldNotes, noteIds } from '../../../shared/forms/FieldNotes';
import { COUNT, parseNumber, type NumberRule } from '../../../shared/forms/parse-number';
import { PartyFacts } from './PartyFacts';
import { SelectField } from '../../../shared/forms/SelectField';
import { TextField } from '../../../shared/forms/TextField';
import { ServerProblemsForm } from './ServerProblemsForm';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import {
  COLLABORATION_QUERY,
  RECORD_MONITORING_MUTATION,
  SET_COLLABORATION_STATUS_MUTATION,
} from '../graphql/collaborations.queries';
import { CaptionedTable } from '../../../shared/table/CaptionedTable';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { useFieldProblems } from '../../../shared/forms/use-field-problems';
import { DutchText } from '../../../shared/language/DutchText';

// Where a collaboration may go next; the API checks the same (libs/domain).
const NEXT: Record<CollaborationStatus, CollaborationStatus[]> = {
  PLANNED: ['ACTIVE', 'STOPPED'],
  ACTIVE: ['PAUSED', 'COMPLETED', 'STOPPED'],
  PAUSED: ['ACTIVE', 'COMPLETED', 'STOPPED'],
  COMPLETED: ['ACTIVE'],
  STOPPED: ['ACTIVE'],
};

/** One collaboration: its parties, goals, period, funding (with warnings), history, monitoring. */
export function CollaborationDetail({ id }: { id: string }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(COLLABORATION_QUERY, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <p role="status">{t.collaborations.loading}</p> : null;
  return <Detail c={data.collaboration} routes={data.fundingRoutes} />;
}

function Detail({
  c,
  routes,
}: {
  c: CollaborationFieldsFragment;
  routes: readonly { code: string; nl: string; en: string }[];
}) {
  const t = useT();
  const d = t.collaborations.detail;
  const s = t.collaborations.status;
  const { lang } = useLanguage();
  const { needLabel } = useInterventionTypes();
  const routeLabel = (code: string) => {
    const r = routes.find((x) => x.code === code);
    return r ? (lang === 'en' ? r.en : r.nl) : code;
  };
  return (
    <article data-testid="collaboration-detail" aria-labelledby="collab-title">
      <h1 id="collab-title" lang="nl">
        {c.title}
      </h1>
      {c.canEdit && (
        <p>
          <AppLink
            href={`/samenwerkingen?id=${encodeURIComponent(c.id)}&wijzigen=1`}
            className="button button--secondary"
            data-testid="collaboration-edit"
          >
            {d.edit}
          </AppLink>
        </p>
      )}
      <p>
        <strong>{t.collaborations.colStatus}:</strong>{' '}
        <span data-testid="collaboration-status">{s[c.status]}</span>
      </p>
      <dl className="facts">
        <dt>{d.period}</dt>
        <dd>{t.collaborations.period(c.startsOn, c.endsOn)}</dd>
        <dt>{d.schoolYears}</dt>
        <dd>{c.schoolYears.join(', ')}</dd>
        <PartyFacts c={c} needLabel={needLabel} />
        {c.contactRequestId && (
          <>
            <dt>{d.fromRequest}</dt>
            <dd data-testid="collaboration-request">
              {c.contactRequestReference ?? c.contactRequestId.slice(0, 8)}
            </dd>
          </>
        )}
      </dl>
      <h2>{d.goals}</h2>
      <ul>
        {c.goals.map((g) => (
          <li key={g} lang="nl">
            {g}
          </li>
        ))}
      </ul>
      <h2>{d.funding}</h2>
      {c.fundingWarnings.length > 0 && (
        <div className="notice notice--warning" data-testid="funding-warnings">
          <h3>{d.warnings}</h3>
          <ul>
            {c.fundingWarnings.map((w, i) => (
              <li key={i} data-kind={w.kind}>
                {lang === 'en' ? w.en : w.nl}
              </li>
            ))}
          </ul>
        </div>
      )}
      {c.funding.length === 0 ? (
        <p>{d.noFunding}</p>
      ) : (
        <ul data-testid="funding-lines">
          {c.funding.map((l, i) => (
            <li key={i}>
              {routeLabel(l.routeCode)}
              {l.fundName && (
                <>
                  : <DutchText>{l.fundName}</DutchText>
                </>
              )}
              {l.amountEur !== null && l.amountEur !== undefined
                ? ` — ${d.amount(l.amountEur)}`
                : ''}
              {l.validFrom ? ` — ${d.from(l.validFrom)}` : ''}
              {l.validUntil ? ` — ${d.until(l.validUntil)}` : ''}
            </li>
          ))}
        </ul>
      )}
      <History c={c} />
      {c.canEdit ? <StatusForm c={c} /> : <p className="notice">{d.readOnly}</p>}
      <Monitoring c={c} />
    </article>
  );
}

function History({ c }: { c: CollaborationFieldsFragment }) {
  const t = useT();
  const d = t.collaborations.detail;
  const s = t.collaborations.status;
  const { lang } = useLanguage();
  return (
    <section aria-labelledby="collab-history">
      <h2 id="collab-history">{d.history}</h2>
      <CaptionedTable
        className="collab-table"
        testId="collaboration-history"
        caption={d.historyCaption}
        columns={[d.colWhen, d.colWho, d.colChange, d.colNote]}
      >
        {c.history.map((h, i) => (
          <tr key={i}>
            <td>{formatDateTime(h.changedAt as string, lang)}</td>
            <td>{h.changedBy}</td>
            <td>
              {h.fromStatus === h.toStatus
                ? d.edited
                : h.fromStatus
                  ? `${s[h.fromStatus]} → ${s[h.toStatus]}`
                  : `${d.created}: ${s[h.toStatus]}`}
            </td>
            <td lang="nl">{h.note ?? ''}</td>
          </tr>
        ))}
      </CaptionedTable>
    </section>
  );
}

// The status form's inputs by the API's field names.
const STATUS_IDS: Record<string, string> = { status: 's-status', note: 's-note' };

function StatusForm({ c }: { c: CollaborationFieldsFragment }) {
  const t = useT();
  const d = t.collaborations.detail;
  const s = t.collaborations.status;
  const options = NEXT[c.status];
  const [picked, setPicked] = useState<CollaborationStatus>(options[0]!);
  // Once saved, the collaboration has moved on and so have its next statuses: a choice that is
  // no longer among them would be shown as the first option but sent as itself (and refused).
  const status = options.includes(picked) ? picked : options[0]!;
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState('');
  const labels: Record<string, string> = { status: d.newStatus, note: d.note };
  const problems = useFieldProblems({
    fieldIdOf: (field) => STATUS_IDS[field] ?? 's-status',
    labelOf: (field) => labels[field] ?? field,
  });
  const [save, { loading }] = useMutation(SET_COLLABORATION_STATUS_MUTATION);
  async function submit(e: FormEvent) {
    e.preventDefault();
    problems.clear();
    setSaved('');
    try {
      await save({ variables: { id: c.id, status, note: note.trim() || null } });
      setNote('');
      setSaved(d.statusSaved(s[status]));
    } catch (error) {
      problems.failed(error);
    }
  }
  return (
    <form
      className="collab-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      data-testid="status-form"
    >
      <fieldset>
        <legend>{d.statusLegend}</legend>
        <ErrorSummary heading={d.statusProblems} {...problems.summary} />
        <SelectField
          id="s-status"
          label={d.newStatus}
          value={status}
          onValueChange={(value) => setPicked(value as CollaborationStatus)}
          options={options}
          optionLabel={(o) => s[o]}
          error={problems.errorOf('status')}
        />
        <TextField
          id="s-note"
          label={d.note}
          hint={d.noteHint}
          value={note}
          onValueChange={setNote}
          maxLength={1000}
          // Required when stopping, as the API has it (its hint says so).
          required={status === 'STOPPED'}
          error={problems.errorOf('note')}
        />
        <BusyButton type="submit" className="button button--primary" busy={loading}>
          {d.setStatus}
        </BusyButton>
        <p role="status" data-testid="status-saved">
          {saved}
        </p>
      </fieldset>
    </form>
  );
}

function Monitoring({ c }: { c: CollaborationFieldsFragment }) {
  const t = useT();
  const m = t.collaborations.monitoring;
  const a = t.collaborations.attainment;
  const figureOrDash = (n: number | null | undefined) =>
    n == null ? '—' : t.collaborations.figure(n);
  return (
    <section aria-labelledby="collab-monitoring" data-testid="monitoring">
      <h2 id="collab-monitoring">{m.heading}</h2>
      <p>{m.privacy}</p>
      {c.monitoring.length === 0 ? (
        <p className="notice notice--empty">{m.none}</p>
      ) : (
        <CaptionedTable
          className="collab-table"
          testId="monitoring-table"
          caption={m.caption}
          columns={[m.schoolYear, m.pupils, m.groups, m.sessions, m.hours, m.attainment, m.note]}
        >
          {c.monitoring.map((e) => (
            <tr key={e.schoolYear}>
              <th scope="row">{e.schoolYear}</th>
              <td>{figureOrDash(e.pupilsReached)}</td>
              <td>{figureOrDash(e.groupsReached)}</td>
              <td>{figureOrDash(e.sessionsDelivered)}</td>
              <td>{figureOrDash(e.hoursDelivered)}</td>
              <td>{e.goalAttainment ? a[e.goalAttainment] : '—'}</td>
              <td>
                {e.evaluationNote && <DutchText>{e.evaluationNote}</DutchText>}
                {e.evidenceUrl && (
                  <>
                    {' '}
                    <a href={e.evidenceUrl} rel="noopener noreferrer nofollow" target="_blank">
                      {m.evidence.replace(/ \(.*\)$/, '')}
                    </a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </CaptionedTable>
      )}
      {c.canEdit && <MonitoringForm c={c} />}
    </section>
  );
}

/** Hours: one decimal at most, as the API keeps them. */
const HOURS: NumberRule = { decimals: 1 };

// The four figures of a monitoring entry: typed as text in the page's language, sent as numbers
// (or null when empty); three are counts.
const COUNTS = [
  { field: 'pupilsReached', id: 'm-pupils', label: 'pupils', inputMode: 'numeric', rule: COUNT },
  { field: 'groupsReached', id: 'm-groups', label: 'groups', inputMode: 'numeric', rule: COUNT },
  {
    field: 'sessionsDelivered',
    id: 'm-sessions',
    label: 'sessions',
    inputMode: 'numeric',
    rule: COUNT,
  },
  { field: 'hoursDelivered', id: 'm-hours', label: 'hours', inputMode: 'decimal', rule: HOURS },
] as const;
type CountField = (typeof COUNTS)[number]['field'];
const byCount = <T,>(value: (f: (typeof COUNTS)[number]) => T) =>
  Object.fromEntries(COUNTS.map((f) => [f.field, value(f)])) as Record<CountField, T>;
// The monitoring form's inputs by the API's field names.
const MONITORING_IDS: Record<string, string> = {
  schoolYear: 'm-year',
  ...byCount((f) => f.id),
  goalAttainment: 'm-attainment',
  evaluationNote: 'm-note',
  evidenceUrl: 'm-evidence',
};

const ATTAINMENTS = ['MET', 'PARTLY_MET', 'NOT_MET'] as const;

function MonitoringForm({ c }: { c: CollaborationFieldsFragment }) {
  const t = useT();
  const { lang } = useLanguage();
  const m = t.collaborations.monitoring;
  const a = t.collaborations.attainment;
  const [year, setYear] = useState(c.schoolYears[0] ?? '');
  const [counts, setCounts] = useState(() => byCount(() => ''));
  const [attainment, setAttainment] = useState<GoalAttainment | ''>('');
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(RECORD_MONITORING_MUTATION);
  // The summary names a field as its label does.
  const labels: Record<string, string> = {
    schoolYear: m.schoolYear,
    ...byCount((f) => m[f.label]),
    goalAttainment: m.attainment,
    evaluationNote: m.note,
    evidenceUrl: m.evidence,
  };
  const problems = useFieldProblems({
    fieldIdOf: (field) => MONITORING_IDS[field] ?? 'm-year',
    labelOf: (field) => labels[field] ?? field,
  });
  const { errorOf } = problems;
  async function send() {
    setSaved(null);
    const read = byCount((f) => parseNumber(counts[f.field], lang, f.rule));
    // A figure that is no number is said at its field, never sent as null or as a bad Int.
    const found = COUNTS.flatMap((f) => {
      const problem = read[f.field].problem;
      return problem ? [{ field: f.field, message: t.forms.number(problem, f.rule) }] : [];
    });
    if (problems.refuse(found)) return;
    await save({
      variables: {
        input: {
          collaborationId: c.id,
          schoolYear: year,
          ...byCount((f) => read[f.field].value ?? null),
          goalAttainment: attainment || null,
          evaluationNote: note.trim() || null,
          evidenceUrl: evidence.trim() || null,
        },
      },
    });
    problems.clear();
    setSaved(m.saved(year));
  }
  return (
    <ServerProblemsForm
      testId="monitoring-form"
      heading={<h3>{m.formHeading}</h3>}
      summaryHeading={m.problems}
      problems={problems}
      onSend={send}
    >
      {saved && (
        <p className="notice notice--success" role="status">
          {saved}
        </p>
      )}
      <SelectField
        id="m-year"
        label={m.schoolYear}
        value={year}
        onValueChange={setYear}
        options={c.schoolYears}
        optionLabel={(y) => y}
        error={errorOf('schoolYear')}
      />
      {COUNTS.map((f) => (
        <TextField
          key={f.field}
          id={f.id}
          label={m[f.label]}
          inputMode={f.inputMode}
          value={counts[f.field]}
          onValueChange={(v) => setCounts((all) => ({ ...all, [f.field]: v }))}
          error={errorOf(f.field)}
        />
      ))}
      <SelectField
        id="m-attainment"
        label={m.attainment}
        value={attainment}
        onValueChange={(value) => setAttainment(value as GoalAttainment | '')}
        empty={m.attainmentOpen}
        options={ATTAINMENTS}
        optionLabel={(g) => a[g]}
      />
      <div className={errorOf('evaluationNote') ? 'form-field form-field--invalid' : 'form-field'}>
        <label htmlFor="m-note">{m.note}</label>
        <FieldNotes id="m-note" error={errorOf('evaluationNote')} />
        <textarea
          id="m-note"
          rows={3}
          maxLength={2000}
          value={note}
          aria-invalid={errorOf('evaluationNote') ? true : undefined}
          aria-describedby={noteIds('m-note', undefined, errorOf('evaluationNote'))[0]}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <TextField
        id="m-evidence"
        type="url"
        label={m.evidence}
        value={evidence}
        onValueChange={setEvidence}
        error={errorOf('evidenceUrl')}
        maxLength={500}
      />
      <BusyButton type="submit" className="button button--primary" busy={loading}>
        {m.save}
      </BusyButton>
    </ServerProblemsForm>
  );
}
