import { useQuery } from '@apollo/client/react';

import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import type {
  AcceptedRequestFieldsFragment,
  ContactRequestStatus,
} from '../../../generated/graphql';
import type { Viewer } from '../../../shared/session/session-context';
import {
  ACCEPTED_FOR_PARTNER_QUERY,
  ACCEPTED_FOR_SCHOOL_QUERY,
} from '../graphql/collaborations.queries';
import { AccountSection } from '../../../shared/account-section/AccountSection';

type Request = AcceptedRequestFieldsFragment;

/** The statuses a record starts from; the API lists only requests with these. */
export const ACCEPTED_STATUSES: ContactRequestStatus[] = ['ACCEPTED', 'IN_CONVERSATION', 'STARTED'];
const ACCEPTED = new Set<string>(ACCEPTED_STATUSES);

/** The form for a new collaboration, prefilled from an accepted request: the request, its
 * school and partner, the offering's title and its kinds of help (editable in the form). */
export function newCollaborationHref(r: Request): string {
  const q = new URLSearchParams({
    nieuw: '1',
    aanvraag: r.id,
    school: r.vestigingscode,
    partner: r.organisationId,
    titel: r.offeringTitle.slice(0, 160),
  });
  if (r.offeringInterventionCodes.length > 0) {
    q.set('soorten', r.offeringInterventionCodes.join(','));
  }
  return `/samenwerkingen?${q.toString()}`;
}

/** Accepted contact requests of the viewer's schools or organisation that have no record yet,
 * in one section (each request names its school). */
export function AcceptedRequests({ viewer, taken }: { viewer: Viewer; taken: Set<string> }) {
  if (viewer.role === 'SCHOOL_STAFF') {
    return <ForSchools codes={viewer.schoolCodes} found={[]} taken={taken} />;
  }
  if (viewer.role === 'PARTNER_EDITOR' && viewer.organisationId)
    return <ForPartner taken={taken} />;
  return null;
}

/** The requests of each school in `codes` (one query each, one after the other down the tree,
 * as hooks cannot be called in a loop), added to `found`, shown in one list. */
function ForSchools({
  codes,
  found,
  taken,
}: {
  codes: readonly string[];
  found: readonly Request[];
  taken: Set<string>;
}) {
  const [code, ...rest] = codes;
  const { data } = useQuery(ACCEPTED_FOR_SCHOOL_QUERY, {
    variables: { vestigingscode: code ?? '', statuses: ACCEPTED_STATUSES },
    skip: code === undefined,
    fetchPolicy: 'cache-and-network',
  });
  const all = [...found, ...(data?.schoolContactRequests ?? [])];
  return rest.length > 0 ? (
    <ForSchools codes={rest} found={all} taken={taken} />
  ) : (
    <RequestList requests={all} taken={taken} />
  );
}

function ForPartner({ taken }: { taken: Set<string> }) {
  const { data } = useQuery(ACCEPTED_FOR_PARTNER_QUERY, {
    variables: { statuses: ACCEPTED_STATUSES },
    fetchPolicy: 'cache-and-network',
  });
  return <RequestList requests={data?.contactRequestInbox ?? []} taken={taken} />;
}

function RequestList({ requests, taken }: { requests: readonly Request[]; taken: Set<string> }) {
  const t = useT();
  const c = t.collaborations;
  const open = requests.filter((r) => ACCEPTED.has(r.status) && !taken.has(r.id));
  return (
    <AccountSection heading={c.acceptedHeading} testId="accepted-requests">
      <p>{c.acceptedIntro}</p>
      {open.length === 0 ? (
        <p className="notice notice--empty">{c.acceptedNone}</p>
      ) : (
        <ul className="collab-requests">
          {open.map((r) => {
            return (
              <li key={r.id}>
                <AppLink href={newCollaborationHref(r)}>
                  {c.fromRequest(r.schoolName, r.offeringTitle)}
                </AppLink>
              </li>
            );
          })}
        </ul>
      )}
    </AccountSection>
  );
}
