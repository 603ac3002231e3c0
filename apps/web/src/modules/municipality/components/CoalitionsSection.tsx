import { useQuery } from '@apollo/client/react';

import { QueryError } from '../../../app/components/QueryError';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { useSession } from '../../../shared/session/hooks/use-session';
import type { Viewer } from '../../../shared/session/session-context';
import { MUNICIPALITY_COALITIONS_QUERY } from '../graphql/municipality-coalitions.query';
import { useMunicipalityDownloads } from '../hooks/use-municipality-downloads';
import { DownloadLinks, spreadsheetLinks } from './DownloadLinks';
import { DownloadButton } from './DownloadButton';
import { CaptionedTable } from '../../../shared/table/CaptionedTable';
import { DutchText } from '../../../shared/language/DutchText';

/** The same rule as the API (canSeeMunicipality): officers of this municipality and admins. */
export function canSeeCoalitions(viewer: Viewer | null, code: string): boolean {
  return (
    viewer !== null &&
    (viewer.role === 'ADMIN' ||
      (viewer.role === 'MUNICIPALITY_OFFICER' && viewer.municipalityCodes.includes(code)))
  );
}

interface CoalitionsSectionProps {
  code: string;
  name: string;
}

/** Who already works with whom: per school and per partner, for those allowed to see it. */
export function CoalitionsSection({ code, name }: CoalitionsSectionProps) {
  const t = useT();
  const m = t.municipality;
  const { viewer, loading } = useSession();
  const { path, search } = useRouter();
  const allowed = canSeeCoalitions(viewer, code);
  return (
    <section className="coalitions" aria-labelledby="coalitions-heading" data-testid="coalitions">
      <h2 id="coalitions-heading">{m.coalitionsHeading}</h2>
      <p>{m.coalitionsIntro}</p>
      {loading && <p>{t.common.loading}</p>}
      {!loading && !allowed && (
        <p className="notice" data-testid="coalitions-locked">
          {m.coalitionsLocked}{' '}
          {viewer === null && (
            <>
              {m.coalitionsLockedLogin}{' '}
              <AppLink href={`/inloggen?terug=${encodeURIComponent(path + search)}`}>
                {m.coalitionsLoginLink}
              </AppLink>
            </>
          )}
        </p>
      )}
      {!loading && allowed && <CoalitionsContent code={code} name={name} />}
    </section>
  );
}

function CoalitionsContent({ code, name }: CoalitionsSectionProps) {
  const t = useT();
  const m = t.municipality;
  const { data, loading, error, refetch } = useQuery(MUNICIPALITY_COALITIONS_QUERY, {
    variables: { code },
    fetchPolicy: 'cache-and-network',
  });
  const downloads = useMunicipalityDownloads(code, null);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <p>{t.common.loading}</p> : null;
  const c = data.municipalityCoalitions;
  const collaborations = c.bySchool.reduce((n, s) => n + s.collaborations.length, 0);
  const records = (
    <div data-testid="coalition-records">
      <h3>{m.recordsHeading}</h3>
      <p>
        <AppLink href={`/gemeente/afspraken?code=${encodeURIComponent(code)}`}>
          {t.collaborations.navAgreements}
        </AppLink>
      </p>
      {c.records.length === 0 ? (
        <p className="notice notice--empty">{t.collaborations.none}</p>
      ) : (
        <ul>
          {c.records.map((r) => (
            <li key={r.id}>
              <AppLink href={`/samenwerkingen?id=${encodeURIComponent(r.id)}`}>
                <DutchText>{r.title}</DutchText>
              </AppLink>{' '}
              — {r.schools.map((s) => s.name).join(', ')} ·{' '}
              {r.partners.map((p) => p.name).join(', ')} ({t.collaborations.status[r.status]},{' '}
              {t.collaborations.period(r.startsOn, r.endsOn)})
              {r.contactRequestId && (
                <>
                  {' '}
                  <em data-testid="record-from-request">— {m.recordFromRequest}</em>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{m.coalitionsFromRequests}</h3>
    </div>
  );
  // The files hold the records and the requests (decision 0018), so either is worth a download.
  const files =
    c.records.length > 0 || collaborations > 0 ? (
      <>
        <div className="municipality-page__downloads" role="group" aria-label={m.exportLabel}>
          <DownloadButton
            downloads={downloads}
            request="coalitionsCsv"
            label={m.downloadCoalitionsCsv}
            busyLabel={m.downloading}
          />
          <DownloadButton
            downloads={downloads}
            request="coalitionsXlsx"
            label={m.downloadCoalitionsXlsx}
            busyLabel={m.downloading}
          />
          <DownloadLinks links={spreadsheetLinks(code, 'coalitions')} />
        </div>
        {downloads.error && <QueryError error={downloads.error} onRetry={downloads.retry} />}
      </>
    ) : null;
  if (collaborations === 0) {
    return (
      <>
        {files}
        {records}
        <p className="notice notice--empty">{m.coalitionsNone}</p>
      </>
    );
  }

  return (
    <div data-testid="coalitions-content">
      {files}
      {records}
      <p>{m.coalitionsCount(collaborations, c.bySchool.length, c.byPartner.length)}</p>
      <h4>{m.bySchoolHeading}</h4>
      <CaptionedTable
        className="coalitions__table"
        testId="coalitions-by-school"
        caption={m.bySchoolCaption(name)}
        columns={[m.colSchool, m.colCollaborations]}
      >
        {c.bySchool.map((s) => (
          <tr key={s.vestigingscode}>
            <th scope="row">
              {s.schoolName}
              <span className="coverage-matrix__code">{s.vestigingscode}</span>
            </th>
            <td>
              <CoalitionList entries={s.collaborations} withWhom={(x) => x.organisationName} />
            </td>
          </tr>
        ))}
      </CaptionedTable>
      <h4>{m.byPartnerHeading}</h4>
      <CaptionedTable
        className="coalitions__table"
        testId="coalitions-by-partner"
        caption={m.byPartnerCaption(name)}
        columns={[m.colPartner, m.colCollaborations]}
      >
        {c.byPartner.map((p) => (
          <tr key={p.organisationId}>
            <th scope="row">{p.organisationName}</th>
            <td>
              <CoalitionList entries={p.collaborations} withWhom={(x) => x.schoolName} />
            </td>
          </tr>
        ))}
      </CaptionedTable>
    </div>
  );
}

interface CoalitionEntry {
  id: string;
  offeringTitle: string;
  status: string;
  since: string;
}

/** One school's or partner's collaborations, each named by the other side, its status and start. */
function CoalitionList<E extends CoalitionEntry>({
  entries,
  withWhom,
}: {
  entries: readonly E[];
  withWhom: (entry: E) => string;
}) {
  const m = useT().municipality;
  const { lang } = useLanguage();
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
  return (
    <ul>
      {entries.map((x) => (
        <li key={x.id}>
          <strong>{withWhom(x)}</strong> — <span lang="nl">{x.offeringTitle}</span> (
          {m.collaborationStatus[x.status] ?? x.status}, {m.since(date(x.since))})
        </li>
      ))}
    </ul>
  );
}
