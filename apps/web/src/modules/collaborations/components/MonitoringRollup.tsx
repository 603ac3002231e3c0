import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n/use-t';
import { AccountSection } from '../../../shared/account-section/AccountSection';
import { useFileDownload, useFileQuery } from '../../../shared/downloads/use-file-download';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { SelectField } from '../../../shared/forms/SelectField';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import { CaptionedTable } from '../../../shared/table/CaptionedTable';
import {
  MUNICIPALITY_MONITORING_CSV_QUERY,
  MUNICIPALITY_MONITORING_QUERY,
} from '../graphql/collaborations.queries';

// The monitoring per theme on /gemeente/afspraken, without the page's styles so the component
// tests can render it.

// The rollup has one download, its CSV.
const theCsv = (kind: 'csv') => kind;

/** The monitoring of the municipality's collaborations per theme, and its CSV. */
export function MonitoringRollup({ code }: { code: string }) {
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
  const figure = t.collaborations.figure;
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
              <td>{figure(r.collaborations)}</td>
              <td>{figure(r.pupilsReached)}</td>
              <td>{figure(r.groupsReached)}</td>
              <td>{figure(r.hoursDelivered)}</td>
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
