import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { AgreementForm } from './AgreementForm';
import { agreementKeys, AgreementItem } from './AgreementItem';
import { focusByKey, useFocusAfterRemoval } from '../../../shared/focus/focus-key';
import { SelectField } from '../../../shared/forms/SelectField';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import { RequireRole } from '../../../shared/session/components/RequireRole';
import {
  LEA_AGREEMENT_COVERAGE_QUERY,
  LEA_AGREEMENTS_QUERY,
  MUNICIPALITY_MONITORING_CSV_QUERY,
  MUNICIPALITY_MONITORING_QUERY,
} from '../graphql/collaborations.queries';
import { useFileDownload, useFileQuery } from '../../../shared/downloads/use-file-download';
import '../../../shared/account.css';
import '../collaborations.css';
import { CaptionedTable } from '../../../shared/table/CaptionedTable';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { AccountSection } from '../../../shared/account-section/AccountSection';

/**
 * /gemeente/afspraken?code=GM0606 (the municipality's officers, admins): the LEA agreements,
 * per agreed theme the schools with and without a collaboration (as lists), and the monitoring
 * per theme with its CSV export.
 */
export function AgreementsPage() {
  const t = useT();
  const a = t.collaborations.agreements;
  useDocumentTitle(a.pageTitle);
  const { search } = useRouter();
  const code = (new URLSearchParams(search).get('code') ?? '').toUpperCase();
  return (
    <RequireRole roles={['MUNICIPALITY_OFFICER', 'ADMIN']}>
      {(viewer) =>
        !code ? (
          <div className="page account-page">
            <h1>{a.pageHeading}</h1>
            <p>
              <AppLink href="/gemeente">{a.pick}</AppLink>
            </p>
          </div>
        ) : viewer.role !== 'ADMIN' && !viewer.municipalityCodes.includes(code) ? (
          <div className="page account-page">
            <h1>{a.pageHeading}</h1>
            <p className="notice">{a.locked}</p>
            <p>
              <AppLink href="/gemeente">{a.pick}</AppLink>
            </p>
          </div>
        ) : (
          <div className="page account-page account-page--wide" data-testid="agreements-page">
            <Agreements code={code} />
          </div>
        )
      }
    </RequireRole>
  );
}

function Agreements({ code }: { code: string }) {
  const t = useT();
  const a = t.collaborations.agreements;
  const { data, loading, error, refetch } = useQuery(LEA_AGREEMENTS_QUERY, {
    variables: { code },
    fetchPolicy: 'cache-and-network',
  });
  const [shown, setShown] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  // Said in the form's live region: nothing else tells a screen reader it worked.
  const [done, setDone] = useState('');
  // After an edit is saved or given up, the keyboard goes back to the agreement's edit button.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(
    function focusAgreementAfterEdit() {
      if (returnTo === null || !data?.leaAgreements.some((x) => x.id === returnTo)) return;
      focusByKey(agreementKeys(returnTo).edit);
      setReturnTo(null);
    },
    [returnTo, data],
  );
  // A deleted agreement takes its buttons with it: the keyboard goes on to the next one's
  // show button, or to the form's heading when none is left.
  const focusAfterDelete = useFocusAfterRemoval(
    data?.leaAgreements,
    idOf,
    showKey,
    'agreement-form-heading',
  );
  if (error) {
    return (
      <>
        <h1>{a.pageHeading}</h1>
        <QueryError error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!data) return loading ? <p role="status">{t.common.loading}</p> : null;
  const agreements = data.leaAgreements;
  const current = agreements.find((x) => x.id === shown)?.id ?? agreements[0]?.id ?? null;
  const editing = agreements.find((x) => x.id === editingId) ?? null;
  const stopEditing = (id: string) => {
    setEditingId(null);
    setReturnTo(id);
  };
  return (
    <>
      <h1>{a.heading(data.municipality.name)}</h1>
      <p>{a.intro}</p>
      {agreements.length === 0 ? (
        <p className="notice notice--empty">{a.none}</p>
      ) : (
        <ul data-testid="agreements-list">
          {agreements.map((x, i) => (
            <AgreementItem
              key={x.id}
              agreement={x}
              shown={x.id === current}
              onShow={() => setShown(x.id)}
              onEdit={() => {
                setDone('');
                setEditingId(x.id);
              }}
              onDeleted={() => {
                if (editingId === x.id) setEditingId(null);
                setDone(a.removed(x.title));
                focusAfterDelete(x.id, i);
              }}
            />
          ))}
        </ul>
      )}
      {current && <ThemeCoverage id={current} />}
      <MonitoringRollup code={code} />
      <AgreementForm
        code={code}
        status={done}
        editing={editing}
        onSaved={(saved, edited) => {
          setDone(a.saved(saved.title));
          setShown(saved.id);
          if (edited) stopEditing(saved.id);
        }}
        onCancel={() => editing && stopEditing(editing.id)}
      />
    </>
  );
}

const idOf = (x: { id: string }) => x.id;
const showKey = (x: { id: string }) => `agreement-show-${x.id}`;

function ThemeCoverage({ id }: { id: string }) {
  const t = useT();
  const a = t.collaborations.agreements;
  const { needLabel } = useInterventionTypes();
  const { data, error, refetch } = useQuery(LEA_AGREEMENT_COVERAGE_QUERY, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const c = data.leaAgreementCoverage;
  return (
    <AccountSection heading={a.coverageHeading(c.agreement.title)} testId="theme-coverage">
      {c.themes.map((th) => (
        <div key={th.interventionCode} className="theme-block" data-theme={th.interventionCode}>
          <h3>{needLabel(th.interventionCode)}</h3>
          <p>{th.goal}</p>
          <p className="result-count">{a.covered(th.covered.length, c.schools)}</p>
          <div className="theme-block__lists">
            <ThemeSchools
              heading={a.coveredList}
              none={a.noneCovered}
              testId="covered-schools"
              schools={th.covered}
              after={(s) =>
                s.collaborations.map((x, i) => (
                  <span key={x.id}>
                    {i > 0 && ', '}
                    <AppLink href={`/samenwerkingen?id=${encodeURIComponent(x.id)}`}>
                      {x.title}
                    </AppLink>
                  </span>
                ))
              }
            />
            <ThemeSchools
              heading={a.uncoveredList}
              none={a.allCovered}
              testId="uncovered-schools"
              schools={th.uncovered}
            />
          </div>
        </div>
      ))}
    </AccountSection>
  );
}

interface ThemeSchoolsProps<S> {
  heading: string;
  none: string;
  testId: string;
  schools: readonly S[];
  /** What follows a school's name and code, after a colon (its collaborations). */
  after?: (school: S) => ReactNode;
}

/** A theme's schools with (or without) a collaboration, or a line saying there are none. */
function ThemeSchools<S extends { vestigingscode: string; name: string }>({
  heading,
  none,
  testId,
  schools,
  after,
}: ThemeSchoolsProps<S>) {
  return (
    <div>
      <h4>{heading}</h4>
      {schools.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul data-testid={testId}>
          {schools.map((s) => (
            <li key={s.vestigingscode}>
              {s.name} ({s.vestigingscode}){after && <>: {after(s)}</>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// The rollup has one download, its CSV.
const theCsv = (kind: 'csv') => kind;

function MonitoringRollup({ code }: { code: string }) {
  const t = useT();
  const a = t.collaborations.agreements;
  const { needLabel } = useInterventionTypes();
  const [year, setYear] = useState('');
  const { data, error, refetch } = useQuery(MUNICIPALITY_MONITORING_QUERY, {
    variables: { code, year: year || null },
    fetchPolicy: 'cache-and-network',
  });
  const fileQuery = useFileQuery();
  const fetchCsv = useCallback(async () => {
    const file = await fileQuery(MUNICIPALITY_MONITORING_CSV_QUERY, { code, year: year || null });
    const name = `monitoring-${code}${year ? `-${year}` : ''}.csv`;
    return { content: file?.municipalityMonitoringCsv, name };
  }, [fileQuery, code, year]);
  const csv = useFileDownload(fetchCsv, theCsv);
  const now = new Date();
  const first = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  const years = [first - 1, first, first + 1].map((y) => `${y}-${y + 1}`);
  const rows = data?.municipalityMonitoring.themes ?? [];
  return (
    <AccountSection heading={a.monitoringHeading} testId="monitoring-rollup">
      <p>{a.monitoringIntro}</p>
      <SelectField
        id="r-year"
        label={a.schoolYear}
        value={year}
        onValueChange={setYear}
        empty={a.allYears}
        options={years}
        optionLabel={(y) => y}
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && rows.length === 0 && <p className="notice notice--empty">{a.noMonitoring}</p>}
      {rows.length > 0 && (
        <CaptionedTable
          className="collab-table"
          testId="monitoring-rollup-table"
          caption={a.monitoringHeading}
          columns={[
            a.colTheme,
            a.colCollaborations,
            a.colPupils,
            a.colGroups,
            a.colHours,
            a.colMet,
          ]}
        >
          {rows.map((r) => (
            <tr key={r.interventionCode}>
              <th scope="row">{needLabel(r.interventionCode)}</th>
              <td>{r.collaborations}</td>
              <td>{r.pupilsReached}</td>
              <td>{r.groupsReached}</td>
              <td>{r.hoursDelivered}</td>
              <td>
                {r.goalsMet} / {r.goalsPartlyMet} / {r.goalsNotMet}
              </td>
            </tr>
          ))}
        </CaptionedTable>
      )}
      <BusyButton
        type="button"
        className="button"
        busy={csv.busy !== null}
        onClick={() => void csv.download('csv')}
      >
        {csv.busy ? a.downloading : a.csv}
      </BusyButton>
      {csv.error && <QueryError error={csv.error} onRetry={csv.retry} />}
    </AccountSection>
  );
}
