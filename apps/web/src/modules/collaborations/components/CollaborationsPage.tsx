import { useQuery } from '@apollo/client/react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { RequireRole } from '../../../shared/session/components/RequireRole';
import type { Viewer } from '../../../shared/session/session-context';
import type { InterventionCode } from '../../../generated/graphql';
import { COLLABORATION_QUERY, MY_COLLABORATIONS_QUERY } from '../graphql/collaborations.queries';
import { AcceptedRequests } from './AcceptedRequests';
import { CollaborationDetail } from './CollaborationDetail';
import { CollaborationForm, type FormPreset } from './CollaborationForm';
import '../../../shared/account.css';
import '../../../shared/pickers/pickers.css';
import '../collaborations.css';
import { AccountSection } from '../../../shared/account-section/AccountSection';
import { CaptionedTable } from '../../../shared/table/CaptionedTable';
import { DutchText } from '../../../shared/language/DutchText';

/**
 * /samenwerkingen: the signed-in party's collaborations as a list (no map), the accepted
 * requests that can become one, a form for a new one (`?nieuw=1`, optionally prefilled from a
 * request), one collaboration with its history and monitoring (`?id=`) and the same form,
 * prefilled, to change it (`?id=…&wijzigen=1`, its parties only).
 */
export function CollaborationsPage() {
  const t = useT();
  useDocumentTitle(t.collaborations.pageTitle);
  const { search } = useRouter();
  const params = new URLSearchParams(search);
  const id = params.get('id');
  return (
    <RequireRole roles={['SCHOOL_STAFF', 'PARTNER_EDITOR', 'MUNICIPALITY_OFFICER', 'ADMIN']}>
      {(viewer) => (
        <div className="page account-page account-page--wide" data-testid="collaborations-page">
          {id && params.get('wijzigen') ? (
            <EditCollaboration id={id} />
          ) : id ? (
            <>
              <p>
                <AppLink href="/samenwerkingen">{t.collaborations.back}</AppLink>
              </p>
              <CollaborationDetail id={id} />
            </>
          ) : params.get('nieuw') ? (
            <>
              <p>
                <AppLink href="/samenwerkingen">{t.collaborations.back}</AppLink>
              </p>
              <h1>{t.collaborations.newHeading}</h1>
              <NewCollaboration preset={presetOf(params, viewer)} />
            </>
          ) : (
            <Overview viewer={viewer} />
          )}
        </div>
      )}
    </RequireRole>
  );
}

function EditCollaboration({ id }: { id: string }) {
  const t = useT();
  const c = t.collaborations;
  const { data, loading, error, refetch } = useQuery(COLLABORATION_QUERY, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const back = (
    <p>
      <AppLink href={`/samenwerkingen?id=${encodeURIComponent(id)}`}>{c.back}</AppLink>
    </p>
  );
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <p role="status">{c.loading}</p> : null;
  const record = data.collaboration;
  return (
    <>
      {back}
      <h1>{c.form.editHeading(record.title)}</h1>
      {record.canEdit ? (
        <CollaborationForm key={record.id} editing={record} />
      ) : (
        <p className="notice">{c.detail.readOnly}</p>
      )}
    </>
  );
}

/**
 * The form for a new collaboration; when it starts from a request that a collaboration was
 * already recorded from (back in the browser after saving, or the link opened again), the page
 * names that collaboration instead of a form the API can only refuse.
 */
function NewCollaboration({ preset }: { preset: FormPreset }) {
  const c = useT().collaborations;
  const { data } = useQuery(MY_COLLABORATIONS_QUERY, {
    fetchPolicy: 'cache-and-network',
    skip: !preset.contactRequestId,
  });
  const made = preset.contactRequestId
    ? data?.collaborations.find((x) => x.contactRequestId === preset.contactRequestId)
    : undefined;
  if (!made) return <CollaborationForm preset={preset} />;
  return (
    <p className="notice" data-testid="request-taken">
      {c.requestTaken}{' '}
      <AppLink href={`/samenwerkingen?id=${encodeURIComponent(made.id)}`}>
        <DutchText>{made.title}</DutchText>
      </AppLink>
    </p>
  );
}

/** The new form's start from the address (`?aanvraag=…&school=…&partner=…&titel=…&soorten=…`,
 * made by AcceptedRequests' newCollaborationHref) and the viewer's own school or organisation. */
export function presetOf(params: URLSearchParams, viewer: Viewer): FormPreset {
  const school = params.get('school');
  const partner = params.get('partner');
  return {
    contactRequestId: params.get('aanvraag'),
    title: params.get('titel') ?? '',
    interventionCodes: codesIn(params.get('soorten')),
    vestigingscodes: school
      ? [school]
      : viewer.role === 'SCHOOL_STAFF'
        ? viewer.schoolCodes.slice(0, 1)
        : [],
    organisationIds: partner
      ? [partner]
      : viewer.role === 'PARTNER_EDITOR' && viewer.organisationId
        ? [viewer.organisationId]
        : [],
    municipalityCode:
      viewer.role === 'MUNICIPALITY_OFFICER' ? (viewer.municipalityCodes[0] ?? '') : '',
  };
}

/** Intervention codes from the address, each once; anything not shaped like a code is left
 * out (the form shows only the taxonomy's codes, the API checks them again). */
function codesIn(value: string | null): InterventionCode[] {
  const codes = (value ?? '').split(',').map((c) => c.trim());
  return [...new Set(codes.filter((c) => /^[A-Z][A-Z0-9_]{1,59}$/.test(c)))].slice(
    0,
    40,
  ) as InterventionCode[];
}

function Overview({ viewer }: { viewer: Viewer }) {
  const t = useT();
  const c = t.collaborations;
  const { data, loading, error, refetch } = useQuery(MY_COLLABORATIONS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.collaborations ?? [];
  return (
    <>
      <h1>{c.heading}</h1>
      <p>{c.intro}</p>
      <p>
        <AppLink href="/samenwerkingen?nieuw=1" className="button button--primary">
          {c.newButton}
        </AppLink>
      </p>
      <AcceptedRequests
        viewer={viewer}
        taken={new Set(list.flatMap((x) => (x.contactRequestId ? [x.contactRequestId] : [])))}
      />
      <AccountSection heading={c.listCaption}>
        {loading && !data && <p role="status">{c.loading}</p>}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        {data && (
          <p className="result-count">{list.length === 0 ? c.none : c.count(list.length)}</p>
        )}
        {list.length > 0 && (
          <CaptionedTable
            className="collab-table"
            testId="collaborations-list"
            caption={c.listCaption}
            captionHidden
            columns={[c.colTitle, c.colSchools, c.colPartners, c.colPeriod, c.colStatus]}
          >
            {list.map((x) => (
              <tr key={x.id}>
                <th scope="row">
                  <AppLink href={`/samenwerkingen?id=${encodeURIComponent(x.id)}`}>
                    <DutchText>{x.title}</DutchText>
                  </AppLink>
                </th>
                <td>{x.schools.map((s) => s.name).join(', ')}</td>
                <td>{x.partners.map((p) => p.name).join(', ')}</td>
                <td>{c.period(x.startsOn, x.endsOn)}</td>
                <td>{c.status[x.status]}</td>
              </tr>
            ))}
          </CaptionedTable>
        )}
      </AccountSection>
    </>
  );
}
