import { suiteTestApp } from '../support/test-app.js';
import { newOffering, newOrganisation } from '../support/factories.js';
import {
  headersOf,
  OPERATOR_TOKEN,
  post,
  type Session,
  signIn,
} from '../accounts/accounts-support.js';

// What the public directory reads by id and in its list: organisations waiting for
// verification or verified, and offerings not archived. A draft organisation (a rejected
// sign-up keeps its KvK number and phone) or a suspended one, and an archived offering, are
// read only by the organisation's own editor and admins; anyone else gets the answer for an
// unknown id, so even their existence stays hidden.

const ORGANISATION = `query ($id: ID!) { organisation(id: $id) { id name kvkNumber phone } }`;
const OFFERING = `query ($id: ID!) { offering(id: $id) { id title } }`;
const LIST = `query ($status: OrganisationStatus, $search: String) {
  organisations(first: 200, status: $status, search: $search) { totalCount nodes { id } } }`;

type Caller =
  'anonymous' | 'operator' | 'ownEditor' | 'listedEditor' | 'otherEditor' | 'staff' | 'officer';

describe('directory visibility', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  const headers = new Map<Caller, Record<string, string>>();
  let rejected: string;
  let suspended: string;
  let pending: string;
  let offeringOfRejected: string;
  let archived: string;
  let paused: string;
  let listedOrg: string;

  beforeAll(async () => {
    rejected = await newOrganisation(t.db, {
      name: 'Afgewezen Aanmelding',
      status: 'DRAFT',
      verifiedAt: null,
      kvkNumber: '87654321',
      phone: '06 12345678',
    });
    suspended = await newOrganisation(t.db, { name: 'Opgeschorte Partner', status: 'SUSPENDED' });
    pending = await newOrganisation(t.db, { name: 'Wachtende Partner', status: 'PENDING' });
    listedOrg = await newOrganisation(t.db, { name: 'Zichtbare Partner' });
    offeringOfRejected = await newOffering(t.db, { organisationId: rejected });
    archived = await newOffering(t.db, { organisationId: listedOrg, status: 'ARCHIVED' });
    paused = await newOffering(t.db, { organisationId: listedOrg, status: 'PAUSED' });
    const sessions = await signIn(t, {
      ownEditor: { email: 'eigen@afgewezen.nl', role: 'PARTNER_EDITOR', organisationId: rejected },
      listedEditor: {
        email: 'eigen@zichtbaar.nl',
        role: 'PARTNER_EDITOR',
        organisationId: listedOrg,
      },
      otherEditor: { email: 'ander@partner.nl', role: 'PARTNER_EDITOR', organisationId: pending },
      staff: { email: 'leider@school.nl', role: 'SCHOOL_STAFF', schoolCodes: ['ZZ0100'] },
      officer: {
        email: 'ambtenaar@gemeente.nl',
        role: 'MUNICIPALITY_OFFICER',
        municipalityCodes: ['GM0606'],
      },
    });
    headers.set('anonymous', {});
    headers.set('operator', { authorization: `Bearer ${OPERATOR_TOKEN}` });
    for (const [key, session] of sessions) headers.set(key, headersOf(session as Session));
  }, 180_000);

  /** 'seen', or 'unknown' when refused exactly as an id that does not exist. */
  async function outcome(caller: Caller, query: string, id: string): Promise<string> {
    const res = await post<Record<string, { id: string } | null>>(
      t,
      query,
      { id },
      headers.get(caller),
    );
    if (res.data && Object.values(res.data)[0]?.id === id) return 'seen';
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.reason).toBe('NOT_FOUND');
    expect(error?.message).toBe(`id: onbekend (unknown): ${id}`);
    return 'unknown';
  }

  const OTHERS: Caller[] = ['anonymous', 'otherEditor', 'staff', 'officer'];

  it.each([
    {
      title: 'shows a draft or suspended organisation only to its editor and admins',
      query: ORGANISATION,
      hiddenFromOthers: () => [rejected, suspended],
      seenByOthers: () => [pending],
      seenBy: (): [Caller, string][] => [
        ['ownEditor', rejected],
        ['operator', rejected],
        ['operator', suspended],
      ],
    },
    {
      title:
        'shows offerings of such an organisation, and archived ones, only to its editor and admins',
      query: OFFERING,
      hiddenFromOthers: () => [offeringOfRejected, archived],
      // Paused is still listed under its organisation; a shared link keeps working.
      seenByOthers: () => [paused],
      seenBy: (): [Caller, string][] => [
        ['ownEditor', offeringOfRejected],
        ['listedEditor', archived],
        ['operator', archived],
      ],
    },
  ])(
    '$title',
    async ({ query, hiddenFromOthers, seenByOthers, seenBy }) => {
      for (const caller of OTHERS) {
        for (const id of hiddenFromOthers()) {
          expect([caller, await outcome(caller, query, id)]).toEqual([caller, 'unknown']);
        }
        for (const id of seenByOthers()) {
          expect([caller, await outcome(caller, query, id)]).toEqual([caller, 'seen']);
        }
      }
      for (const [caller, id] of seenBy()) expect(await outcome(caller, query, id)).toBe('seen');
    },
    60_000,
  );

  it('answers a contact request for an offering of a hidden organisation as for an unknown offering', async () => {
    const REQUEST = `mutation ($input: RequestContactInput!) { requestContact(input: $input) { id } }`;
    const ask = async (offeringId: string) => {
      const res = await post(t, REQUEST, {
        input: {
          vestigingscode: 'ZZ0100',
          offeringId,
          senderName: 'Intern begeleider',
          senderEmail: 'ib@school.nl',
          message: 'Wij willen graag kennismaken.',
        },
      });
      expect(res.data ?? null).toBeNull();
      const error = res.errors![0]!;
      return { reason: error.extensions?.reason, fields: error.extensions?.fields };
    };
    const unknown = await ask('00000000-0000-4000-8000-000000000000');
    expect(unknown).toEqual({
      reason: 'NOT_FOUND',
      fields: [{ field: 'offeringId', message: 'onbekend (unknown)', code: 'NOT_FOUND' }],
    });
    expect(await ask(offeringOfRejected)).toEqual(unknown);
    const ofSuspended = await newOffering(t.db, { organisationId: suspended });
    expect(await ask(ofSuspended)).toEqual(unknown);
  }, 60_000);

  it('lists draft and suspended organisations to nobody but admins and their own editor', async () => {
    const ids = async (caller: Caller, variables: Record<string, unknown>) => {
      const res = await post<{ organisations: { totalCount: number; nodes: { id: string }[] } }>(
        t,
        LIST,
        variables,
        headers.get(caller),
      );
      expect(res.errors).toBeUndefined();
      const { nodes, totalCount } = res.data!.organisations;
      expect(totalCount).toBe(nodes.length);
      return nodes.map((n) => n.id);
    };
    for (const caller of OTHERS) {
      expect(await ids(caller, { status: 'DRAFT' })).toEqual([]);
      expect(await ids(caller, { status: 'SUSPENDED' })).toEqual([]);
      const all = await ids(caller, {});
      expect(all).toContain(pending);
      expect(all).not.toContain(rejected);
      expect(all).not.toContain(suspended);
      expect(await ids(caller, { search: 'Afgewezen' })).toEqual([]);
    }
    expect(await ids('ownEditor', { status: 'DRAFT' })).toEqual([rejected]);
    expect(await ids('ownEditor', {})).toContain(rejected);
    expect(await ids('ownEditor', {})).not.toContain(suspended);
    const forAdmin = await ids('operator', {});
    expect(forAdmin).toEqual(expect.arrayContaining([rejected, suspended, pending]));
  }, 60_000);
});
