import { useQuery } from '@apollo/client/react';
import { useId } from 'react';

import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import type { Viewer } from '../../../shared/session/session-context';
import {
  ACCEPTED_FOR_PARTNER_QUERY,
  ACCEPTED_FOR_SCHOOL_QUERY,
} from '../graphql/collaborations.queries';

interface Request {
  id: string;
  status: string;
  vestigingscode: string;
  schoolName: string;
  offeringTitle: string;
  organisationId: string;
}

const ACCEPTED = new Set(['ACCEPTED', 'IN_CONVERSATION', 'STARTED']);

/** Accepted contact requests of the viewer's school or organisation that have no record yet. */
export function AcceptedRequests({ viewer, taken }: { viewer: Viewer; taken: Set<string> }) {
  if (viewer.role === 'SCHOOL_STAFF') {
    return (
      <>
        {viewer.schoolCodes.map((code) => (
          <ForSchool key={code} code={code} taken={taken} />
        ))}
      </>
    );
  }
  if (viewer.role === 'PARTNER_EDITOR' && viewer.organisationId)
    return <ForPartner taken={taken} />;
  return null;
}

function ForSchool({ code, taken }: { code: string; taken: Set<string> }) {
  const { data } = useQuery(ACCEPTED_FOR_SCHOOL_QUERY, {
    variables: { vestigingscode: code },
    fetchPolicy: 'cache-and-network',
  });
  return <RequestList requests={data?.schoolContactRequests ?? []} taken={taken} />;
}

function ForPartner({ taken }: { taken: Set<string> }) {
  const { data } = useQuery(ACCEPTED_FOR_PARTNER_QUERY, { fetchPolicy: 'cache-and-network' });
  return <RequestList requests={data?.contactRequestInbox ?? []} taken={taken} />;
}

function RequestList({ requests, taken }: { requests: readonly Request[]; taken: Set<string> }) {
  const t = useT();
  const c = t.collaborations;
  const headingId = useId();
  const open = requests.filter((r) => ACCEPTED.has(r.status) && !taken.has(r.id));
  return (
    <section
      className="account-section"
      aria-labelledby={headingId}
      data-testid="accepted-requests"
    >
      <h2 id={headingId}>{c.acceptedHeading}</h2>
      <p>{c.acceptedIntro}</p>
      {open.length === 0 ? (
        <p className="notice notice--empty">{c.acceptedNone}</p>
      ) : (
        <ul>
          {open.map((r) => {
            const q = new URLSearchParams({
              nieuw: '1',
              aanvraag: r.id,
              school: r.vestigingscode,
              partner: r.organisationId,
              titel: r.offeringTitle.slice(0, 160),
            });
            return (
              <li key={r.id}>
                <AppLink href={`/samenwerkingen?${q.toString()}`}>
                  {c.fromRequest(r.schoolName, r.offeringTitle)}
                </AppLink>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
