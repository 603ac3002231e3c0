import { suiteTestApp } from '../support/test-app.js';
import { newOffering, newOrganisation, newSchool, TEST_REGION } from '../support/factories.js';
import { requestContactId } from '../support/contact-requests.js';
import { writableCounts } from '../security/security-support.js';

// Free-text arguments that are mailed or kept as written (a reason for declining or
// rejecting, a note with a status) are refused over their length, naming the argument, and
// nothing is written. They used to be cut short without a word.

const TOKEN = 'free-text-caps-operator-token-0123456789';

describe('free-text arguments over their length', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: TOKEN });
  const admin = { authorization: `Bearer ${TOKEN}` };
  let contactRequestId: string;
  let pendingOrganisation: string;
  let collaborationId: string;

  beforeAll(async () => {
    const school = await newSchool(t.db);
    const organisationId = await newOrganisation(t.db);
    const offeringId = await newOffering(t.db, { organisationId });
    contactRequestId = await requestContactId(t, {
      vestigingscode: school.vestigingscode,
      offeringId,
      senderName: 'Fatima de Vries',
      senderEmail: 'f.devries@voorbeeldschool.nl',
      message: 'Wij willen graag kennismaken.',
    });
    pendingOrganisation = await newOrganisation(t.db, { status: 'PENDING', verifiedAt: null });
    const created = await t.gql<{ createCollaboration: { id: string } }>(
      `mutation ($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`,
      {
        i: {
          title: 'Samen lezen',
          organisationIds: [organisationId],
          vestigingscodes: [school.vestigingscode],
          interventionCodes: ['TAAL_LEZEN'],
          goals: ['Leesplezier'],
          startsOn: '2026-08-01',
          endsOn: '2027-07-31',
          municipalityCode: TEST_REGION.municipalityCode,
        },
      },
      admin,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    collaborationId = created.data.createCollaboration.id;
  }, 180_000);

  const cases = (): [string, string, Record<string, unknown>, string, number][] => [
    [
      'setContactRequestStatus',
      `mutation ($id: ID!, $r: String) {
        setContactRequestStatus(contactRequestId: $id, status: DECLINED, reason: $r) { status } }`,
      { id: contactRequestId },
      'reason',
      1000,
    ],
    [
      'rejectOrganisation',
      `mutation ($id: ID!, $r: String!) {
        rejectOrganisation(organisationId: $id, reason: $r) { status } }`,
      { id: pendingOrganisation },
      'reason',
      1000,
    ],
    [
      'setCollaborationStatus',
      `mutation ($id: ID!, $r: String) {
        setCollaborationStatus(collaborationId: $id, status: ACTIVE, note: $r) { status } }`,
      { id: collaborationId },
      'note',
      5000,
    ],
  ];

  it('refuses one character too many, naming the argument, and writes nothing', async () => {
    for (const [name, mutation, variables, field, max] of cases()) {
      const before = await writableCounts(t);
      const res = await t.gql(mutation, { ...variables, r: 'x'.repeat(max + 1) }, admin);
      expect({ name, data: res.data ?? null }).toEqual({ name, data: null });
      const error = res.errors?.[0];
      expect({ name, code: error?.extensions?.code }).toEqual({ name, code: 'BAD_USER_INPUT' });
      expect(error?.extensions?.fields).toEqual([
        {
          field,
          code: 'TOO_LONG',
          params: { max },
          message: `mag hoogstens ${max} tekens zijn (at most ${max} characters)`,
        },
      ]);
      expect({ name, counts: await writableCounts(t) }).toEqual({ name, counts: before });
    }
  }, 60_000);

  it('takes a text of exactly the most characters, whole', async () => {
    const [, mutation, variables, , max] = cases()[0]!;
    const res = await t.gql(mutation, { ...variables, r: 'y'.repeat(max) }, admin);
    expect(res.errors).toBeUndefined();
    const [row] = (await t.db.query(`SELECT status_reason FROM contact_request WHERE id = $1`, [
      contactRequestId,
    ])) as { status_reason: string }[];
    expect(row!.status_reason).toBe('y'.repeat(max));
  }, 60_000);
});
