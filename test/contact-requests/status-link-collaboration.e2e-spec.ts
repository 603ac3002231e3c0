import { contactRequestLinkToken } from '../support/contact-requests.js';
import { suiteTestApp } from '../support/test-app.js';
import { post, signInHeaders } from '../accounts/accounts-support.js';

// The sender's status page (contactRequestStatusByLink) says when the request became a
// collaboration: its name, status and period, and nothing a link holder may not see (goals,
// funding, monitoring, the other parties).
const STATUS_BY_LINK = `query ($t: String!) { contactRequestStatusByLink(token: $t) {
  reference status collaboration { title status startsOn endsOn } } }`;
const CREATE = `mutation ($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`;
const EDITOR = 'editor@status-link-collab.example.nl';
const SCHOOL = 'ZZ0100';

describe('the status page of a request that became a collaboration', () => {
  const t = suiteTestApp();
  let headers: Record<string, string>;
  let requestId: string;
  let token: string;
  let orgId: string;

  beforeAll(async () => {
    const [offering] = (await t.db.query(
      `SELECT id, organisation_id FROM offering WHERE title LIKE 'Verlengde schooldag: extra leertijd%'`,
    )) as { id: string; organisation_id: string }[];
    orgId = offering!.organisation_id;
    ({ editor: headers } = await signInHeaders(t, {
      editor: { email: EDITOR, role: 'PARTNER_EDITOR', organisationId: orgId },
    }));
    const [row] = (await t.db.query(
      `INSERT INTO contact_request (vestigingscode, offering_id, sender_name, sender_email, message)
       VALUES ($1, $2, 'Juf Anna', 'anna@status-link-school.nl', 'Graag contact') RETURNING id`,
      [SCHOOL, offering!.id],
    )) as { id: string }[];
    requestId = row!.id;
    token = await contactRequestLinkToken(t.db, requestId, 'STATUS');
  }, 120_000);

  const statusPage = async () => {
    const res = await post<{
      contactRequestStatusByLink: { status: string; collaboration: unknown };
    }>(t, STATUS_BY_LINK, { t: token });
    expect(res.errors).toBeUndefined();
    return res.data!.contactRequestStatusByLink;
  };

  it('shows no collaboration before one is recorded, then its name, status and period', async () => {
    expect((await statusPage()).collaboration).toBeNull();

    const accepted = await post(
      t,
      `mutation ($id: ID!) { setContactRequestStatus(contactRequestId: $id, status: ACCEPTED) { status } }`,
      { id: requestId },
      headers,
    );
    expect(accepted.errors).toBeUndefined();
    expect((await statusPage()).collaboration).toBeNull();

    const created = await post<{ createCollaboration: { id: string } }>(
      t,
      CREATE,
      {
        i: {
          title: 'Extra leertijd groep 7',
          contactRequestId: requestId,
          vestigingscodes: [SCHOOL],
          organisationIds: [orgId],
          interventionCodes: ['EXTRA_LEERTIJD'],
          goals: ['Geheim doel dat de link niet toont'],
          startsOn: '2026-08-01',
          endsOn: '2027-07-31',
          funding: [{ routeCode: 'NPO' }],
        },
      },
      headers,
    );
    expect(created.errors).toBeUndefined();
    expect(await statusPage()).toEqual({
      reference: expect.stringMatching(/^PW-\d{4}-\d{5}$/),
      status: 'ACCEPTED',
      collaboration: {
        title: 'Extra leertijd groep 7',
        status: 'PLANNED',
        startsOn: '2026-08-01',
        endsOn: '2027-07-31',
      },
    });

    const active = await post(
      t,
      `mutation ($id: ID!) { setCollaborationStatus(collaborationId: $id, status: ACTIVE) { status } }`,
      { id: created.data!.createCollaboration.id },
      headers,
    );
    expect(active.errors).toBeUndefined();
    expect((await statusPage()).collaboration).toMatchObject({ status: 'ACTIVE' });
  }, 60_000);

  it('names the offering’s kinds of help on the request, for the collaboration form to start with', async () => {
    const res = await post<{
      contactRequestInbox: { id: string; offeringInterventionCodes: string[] }[];
    }>(t, `{ contactRequestInbox { id offeringInterventionCodes } }`, {}, headers);
    expect(res.errors).toBeUndefined();
    const found = res.data!.contactRequestInbox.find((r) => r.id === requestId);
    expect(found?.offeringInterventionCodes).toEqual(['EXTRA_LEERTIJD', 'BELEVINGSWERELD']);
  });

  it('offers only the name, status and period of the collaboration to a link holder', async () => {
    const res = await post<{ __type: { fields: { name: string }[] } }>(
      t,
      `{ __type(name: "ContactRequestCollaboration") { fields { name } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.__type.fields.map((f) => f.name).sort()).toEqual([
      'endsOn',
      'startsOn',
      'status',
      'title',
    ]);
  });
});
