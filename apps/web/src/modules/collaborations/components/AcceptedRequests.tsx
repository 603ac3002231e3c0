import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';

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
import { CappedListNotice } from '../../../shared/contact-requests/CappedListNotice';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { itemLabel } from '../../../shared/forms/item-label';
import { focusByKey } from '../../../shared/focus/focus-key';
import { sentenceWithDutch } from '../../../shared/language/DutchText';

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

/**
 * One list the requests come from (a school of the viewer, or the partner's organisation): the
 * API gives 500 at a time, newest first, with the total, and the next 500 on request.
 */
interface Source {
  key: string;
  /** The school's name when the viewer has several schools (each list says whose it is). */
  name: string | null;
  loaded: number;
  total: number;
  /** Asks for the next 500; resolves with how many came. */
  loadMore: () => Promise<number>;
}

/** Merges a next page into what is loaded, each request once (a refetched first page may already
 * hold one that a later page brought). */
function appended(loaded: readonly Request[], next: readonly Request[]): Request[] {
  const ids = new Set(loaded.map((r) => r.id));
  return [...loaded, ...next.filter((r) => !ids.has(r.id))];
}

/**
 * The pages after the first that the user asked for ("Meer aanvragen laden"), kept beside the
 * first page's query: `fetchPage(before)` asks the API for the 500 that follow request `before`,
 * the last one loaded (not a count to skip: a loaded request that is answered meanwhile, or a new
 * one, would shift such a page by one and leave a request out).
 */
function useMorePages(
  first: readonly Request[] | undefined,
  fetchPage: (before: string) => Promise<readonly Request[]>,
): { all: Request[]; loaded: number; loadMore: () => Promise<number> } {
  const [more, setMore] = useState<{ rows: Request[]; fetched: number; last: string | null }>({
    rows: [],
    fetched: 0,
    last: null,
  });
  const loaded = (first?.length ?? 0) + more.fetched;
  return {
    all: first ? appended(first, more.rows) : [],
    loaded,
    loadMore: async () => {
      const before = more.last ?? first?.at(-1)?.id;
      if (before === undefined) return 0;
      const next = await fetchPage(before);
      setMore((m) => ({
        rows: appended(m.rows, next),
        fetched: m.fetched + next.length,
        last: next.at(-1)?.id ?? m.last ?? before,
      }));
      return next.length;
    },
  };
}

/** Accepted contact requests of the viewer's schools or organisation that have no record yet,
 * in one section (each request names its school). */
export function AcceptedRequests({ viewer, taken }: { viewer: Viewer; taken: Set<string> }) {
  if (viewer.role === 'SCHOOL_STAFF') {
    return (
      <ForSchools
        codes={viewer.schoolCodes}
        named={viewer.schoolCodes.length > 1}
        found={[]}
        sources={[]}
        taken={taken}
      />
    );
  }
  if (viewer.role === 'PARTNER_EDITOR' && viewer.organisationId)
    return <ForPartner taken={taken} />;
  return null;
}

/** The requests of each school in `codes` (one query each, one after the other down the tree,
 * as hooks cannot be called in a loop), added to `found`, shown in one list. */
function ForSchools({
  codes,
  named,
  found,
  sources,
  taken,
}: {
  codes: readonly string[];
  named: boolean;
  found: readonly Request[];
  sources: readonly Source[];
  taken: Set<string>;
}) {
  const [code, ...rest] = codes;
  const client = useApolloClient();
  const variables = { vestigingscode: code ?? '', statuses: ACCEPTED_STATUSES };
  const { data } = useQuery(ACCEPTED_FOR_SCHOOL_QUERY, {
    variables,
    skip: code === undefined,
    fetchPolicy: 'cache-and-network',
  });
  const pages = useMorePages(data?.schoolContactRequests, async (before) => {
    const next = await client.query({
      query: ACCEPTED_FOR_SCHOOL_QUERY,
      variables: { ...variables, before },
      fetchPolicy: 'no-cache',
    });
    return next.data?.schoolContactRequests ?? [];
  });
  const all = [...found, ...pages.all];
  const withMine: Source[] = data
    ? [
        ...sources,
        {
          key: code ?? '',
          name: named ? (pages.all[0]?.schoolName ?? code ?? null) : null,
          loaded: pages.loaded,
          total: data.schoolContactRequestsTotal,
          loadMore: pages.loadMore,
        },
      ]
    : [...sources];
  return rest.length > 0 ? (
    <ForSchools codes={rest} named={named} found={all} sources={withMine} taken={taken} />
  ) : (
    <RequestList requests={all} sources={withMine} taken={taken} />
  );
}

function ForPartner({ taken }: { taken: Set<string> }) {
  const client = useApolloClient();
  const { data } = useQuery(ACCEPTED_FOR_PARTNER_QUERY, {
    variables: { statuses: ACCEPTED_STATUSES },
    fetchPolicy: 'cache-and-network',
  });
  const pages = useMorePages(data?.contactRequestInbox, async (before) => {
    const next = await client.query({
      query: ACCEPTED_FOR_PARTNER_QUERY,
      variables: { statuses: ACCEPTED_STATUSES, before },
      fetchPolicy: 'no-cache',
    });
    return next.data?.contactRequestInbox ?? [];
  });
  const sources: Source[] = data
    ? [
        {
          key: 'partner',
          name: null,
          loaded: pages.loaded,
          total: data.contactRequestInboxTotal,
          loadMore: pages.loadMore,
        },
      ]
    : [];
  return <RequestList requests={pages.all} sources={sources} taken={taken} />;
}

const HEADING_KEY = 'accepted-requests-heading';
const requestKey = (id: string) => `accepted-request-${id}`;

function RequestList({
  requests,
  sources,
  taken,
}: {
  requests: readonly Request[];
  sources: readonly Source[];
  taken: Set<string>;
}) {
  const t = useT();
  const c = t.collaborations;
  const open = requests.filter((r) => ACCEPTED.has(r.status) && !taken.has(r.id));
  const [loading, setLoading] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failed, setFailed] = useState<string | null>(null);
  // After "meer laden" the keyboard goes to the first request that came (the pressed button may
  // be gone: everything is loaded), or to the section's heading when none of them is open.
  const [handTo, setHandTo] = useState<{ known: Set<string> } | null>(null);
  useEffect(
    function focusFirstLoaded() {
      if (!handTo) return;
      const first = open.find((r) => !handTo.known.has(r.id));
      if (first) focusByKey(requestKey(first.id));
      else if (!document.activeElement || document.activeElement === document.body)
        focusByKey(HEADING_KEY);
      setHandTo(null);
    },
    [handTo, open],
  );

  async function loadMore(source: Source) {
    setFailed(null);
    setLoading(source.key);
    const known = new Set(open.map((r) => r.id));
    try {
      const came = await source.loadMore();
      setAnnouncement(c.acceptedLoadedMore(came));
      setHandTo({ known });
    } catch {
      setFailed(source.key);
    } finally {
      setLoading(null);
    }
  }

  return (
    <AccountSection
      heading={c.acceptedHeading}
      testId="accepted-requests"
      headingFocusKey={HEADING_KEY}
    >
      <p>{c.acceptedIntro}</p>
      <p className="visually-hidden" role="status" data-testid="accepted-announcement">
        {announcement}
      </p>
      {open.length === 0 ? (
        <p className="notice notice--empty">{c.acceptedNone}</p>
      ) : (
        <ul className="collab-requests">
          {open.map((r) => {
            return (
              <li key={r.id}>
                <AppLink href={newCollaborationHref(r)} data-focus-key={requestKey(r.id)}>
                  {sentenceWithDutch(
                    (title) => c.fromRequest(r.schoolName, title, r.reference),
                    r.offeringTitle,
                  )}
                </AppLink>
              </li>
            );
          })}
        </ul>
      )}
      {sources
        .filter((s) => s.total > s.loaded)
        .map((s) => (
          <div key={s.key} className="collab-requests__more" data-testid="accepted-more">
            <CappedListNotice
              shown={s.loaded}
              total={s.total}
              lead={c.acceptedLoaded(s.loaded, s.total, s.name)}
              olderHint={c.acceptedOlderHint}
              testId="accepted-capped"
            />
            {failed === s.key && (
              <p className="notice notice--error" role="alert">
                {c.acceptedLoadFailed}
              </p>
            )}
            <BusyButton
              className="button button--secondary"
              busy={loading !== null}
              aria-label={s.name ? itemLabel(c.acceptedLoadMore, s.name) : undefined}
              onClick={() => void loadMore(s)}
            >
              {c.acceptedLoadMore}
            </BusyButton>
          </div>
        ))}
    </AccountSection>
  );
}
