import { suiteTestApp, type GqlResponse } from '../support/test-app.js';
import { twoPartners } from '../support/two-partners.js';
import { headersOf, OPERATOR_TOKEN, post, type Session, signIn } from './accounts-support.js';
import { requestContactId } from '../support/contact-requests.js';

// Every mutation and every non-public query, called as each kind of caller. "other" callers
// hold the right role for a different organisation or school. Refused calls must write nothing.
type Caller =
  'anonymous' | 'operator' | 'admin' | 'editorA' | 'editorB' | 'staff1' | 'staff2' | 'officer';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const CALLERS: Caller[] = [
  'anonymous',
  'operator',
  'admin',
  'editorA',
  'editorB',
  'staff1',
  'staff2',
  'officer',
];

const O: Outcome = 'OK';
const U: Outcome = 'UNAUTHENTICATED';
const F: Outcome = 'FORBIDDEN';

// prettier-ignore
const MATRIX: Record<string, Outcome[]> = {
  //                         anon op  admin edA edB st1 st2 officer
  pendingOrganisations:     [U,   O,  O,    F,  F,  F,  F,  F],
  contactRequestInbox:      [U,   O,  O,    O,  F,  F,  F,  F],
  contactRequestInboxTotal: [U,   O,  O,    O,  F,  F,  F,  F],
  schoolContactRequests:    [U,   O,  O,    F,  F,  O,  F,  F],
  schoolContactRequestsTotal: [U, O,  O,    F,  F,  O,  F,  F],
  // The same query asked for the accepted requests only (/samenwerkingen): the same rules.
  schoolContactRequestsByStatus: [U, O, O, F,  F,  O,  F,  F],
  // Paging on past the newest 500 (before: the last request loaded, /samenwerkingen's "meer
  // laden"): the same rules, checked before the cursor.
  contactRequestInboxPage:  [U,   O,  O,    O,  F,  F,  F,  F],
  schoolContactRequestsPage: [U,  O,  O,    F,  F,  O,  F,  F],
  createAccount:            [U,   O,  O,    F,  F,  F,  F,  F],
  verifyOrganisation:       [U,   O,  O,    F,  F,  F,  F,  F],
  rejectOrganisation:       [U,   O,  O,    F,  F,  F,  F,  F],
  createOffering:           [U,   O,  O,    O,  F,  F,  F,  F],
  updateOffering:           [U,   O,  O,    O,  F,  F,  F,  F],
  setOfferingStatus:        [U,   O,  O,    O,  F,  F,  F,  F],
  setOfferingCoverage:      [U,   O,  O,    O,  F,  F,  F,  F],
  setContactRequestStatus:  [U,   O,  O,    O,  F,  F,  F,  F],
  contactRequestUnreadCount: [U,  O,  O,    O,  F,  F,  F,  F],
  markContactRequestRead:   [U,   O,  O,    O,  F,  F,  F,  F],
  municipalityCoalitions:   [U,   O,  O,    F,  F,  F,  F,  O],
  municipalityCoalitionsXlsx: [U, O,  O,    F,  F,  F,  F,  O],
  municipalityCoalitionsCsv: [U,  O,  O,    F,  F,  F,  F,  O],
  accounts:                 [U,   O,  O,    F,  F,  F,  F,  F],
  mailStatus:               [U,   O,  O,    F,  F,  F,  F,  F],
  updateOrganisation:       [U,   O,  O,    O,  F,  F,  F,  F],
  confirmOrganisation:      [U,   O,  O,    O,  F,  F,  F,  F],
  // Organisation A, rejected (DRAFT) for the case and put back after it.
  resubmitOrganisation:     [U,   O,  O,    O,  F,  F,  F,  F],
  confirmOffering:          [U,   O,  O,    O,  F,  F,  F,  F],
  editableOfferings:        [U,   O,  O,    O,  F,  F,  F,  F],
  staleOfferings:           [U,   O,  O,    F,  F,  F,  F,  F],
  // SCHOOL_1 is in GM0606, the officer's municipality.
  schoolNeedsProfile:       [U,   O,  O,    F,  F,  O,  F,  O],
  setSchoolNeedsProfile:    [U,   O,  O,    F,  F,  O,  F,  F],
  // Scenarios of GM0606, the officer's municipality.
  runScenario:              [U,   O,  O,    F,  F,  F,  F,  O],
  saveScenario:             [U,   O,  O,    F,  F,  F,  F,  O],
  municipalityScenarios:    [U,   O,  O,    F,  F,  F,  F,  O],
  scenarioCsv:              [U,   O,  O,    F,  F,  F,  F,  O],
  scenariosXlsx:            [U,   O,  O,    F,  F,  F,  F,  O],
  deleteScenario:           [U,   O,  O,    F,  F,  F,  F,  O],
  offeringDemand:           [U,   O,  O,    O,  F,  F,  F,  F],
  previewOfferingCoverage:  [U,   O,  O,    O,  F,  F,  F,  F],
  // Correcting open data by hand is for admins (and the operator) only.
  setSchoolIndicator:       [U,   O,  O,    F,  F,  F,  F,  F],
  // Collaborations (issue 15) of SCHOOL_1 (GM0606) with organisation A, without the
  // municipality as a party: the officer reads them (a school of GM0606) but does not change
  // them. Other municipalities' officers: test/collaborations.
  collaboration:            [U,   O,  O,    O,  F,  O,  F,  O],
  collaborations:           [U,   O,  O,    O,  O,  O,  O,  O],
  createCollaboration:      [U,   O,  O,    O,  F,  O,  F,  F],
  setCollaborationStatus:   [U,   O,  O,    O,  F,  O,  F,  F],
  updateCollaboration:      [U,   O,  O,    O,  F,  O,  F,  F],
  recordCollaborationMonitoring: [U, O, O,  O,  F,  O,  F,  F],
  // LEA agreements and monitoring of GM0606, the officer's municipality.
  leaAgreements:            [U,   O,  O,    F,  F,  F,  F,  O],
  saveLeaAgreement:         [U,   O,  O,    F,  F,  F,  F,  O],
  deleteLeaAgreement:       [U,   O,  O,    F,  F,  F,  F,  O],
  leaAgreementCoverage:     [U,   O,  O,    F,  F,  F,  F,  O],
  municipalityMonitoring:   [U,   O,  O,    F,  F,  F,  F,  O],
  municipalityMonitoringCsv: [U,  O,  O,    F,  F,  F,  F,  O],
  // Saved searches (issue 18) belong to one account: the operator token has none; nobody
  // deletes another's (the search deleted here is staff1's, saved for SCHOOL_1 in GM0606).
  mySavedSearches:          [U,   O,  O,    O,  O,  O,  O,  O],
  saveSearch:               [U,   F,  O,    F,  F,  O,  F,  F],
  subscribeMunicipalityAlerts: [U, F, O,    F,  F,  F,  F,  O],
  deleteSavedSearch:        [U,   F,  F,    F,  F,  O,  F,  F],
};
// Public on purpose (not in the table). A new operation must land in MATRIX or here, or the
// completeness test below fails.
const PUBLIC = new Set([
  // accounts and contact
  'me',
  'login',
  'logout',
  'requestPasswordReset',
  'resetPassword',
  'registerPartner',
  'confirmRegistration',
  'requestContact',
  // guarded by the mailed link itself (random token, one request, one purpose, expiring):
  // test/contact-requests/contact-request-mail.e2e-spec.ts
  'contactRequestByAnswerLink',
  'answerContactRequestByLink',
  'contactRequestStatusByLink',
  // guarded by the unsubscribe link of a digest (same scheme): test/saved-searches
  'savedSearchByUnsubscribeLink',
  'unsubscribeSavedSearch',
  // directory, matching, search and aggregated municipality figures
  'appInfo',
  'sources',
  'interventionType',
  'interventionTypes',
  'municipalities',
  'municipality',
  'provinces',
  'province',
  'schools',
  'school',
  'schoolPoints',
  'organisations',
  'organisation',
  'offering',
  'matchPartners',
  // address look-up (rate-limited per IP; the geocoder itself is public data)
  'geocode',
  'searchOfferings',
  'coverageCell',
  'coverageSummary',
  'municipalityCoverage',
  'municipalityCoverageCsv',
  'municipalityCoverageXlsx',
  'municipalityOfferingAreas',
  // need-weighted gaps: public; profiles count in full only for the municipality's officers and
  // admins, otherwise only opted-in ones (libs/domain/src/needs/README.md)
  'municipalityNeeds',
  'municipalityNeedExplanation',
  'municipalityNeedsCsv',
  'municipalityNeedsXlsx',
  // a school's needs as the finder's defaults: only opted-in profiles for outsiders, no notes
  'schoolNeedsDefaults',
  // need indicators (schoolweging, achterstandsscores) are public open data
  'municipalityIndicators',
  // the catalogue of funding routes (no records)
  'fundingRoutes',
]);

describe('authorization matrix', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  const sessions = new Map<Caller, Session>();
  let orgA: string;
  let offeringA: string;
  let contactRequestId: string;
  let emailSeq = 0;

  const SCHOOL_1 = 'ZZ0100';
  let school2: string;

  beforeAll(async () => {
    let orgB: string;
    ({ offeringA, orgA, orgB } = await twoPartners(t.db));
    school2 = (
      (await t.db.query(`SELECT vestigingscode FROM school WHERE vestigingscode <> $1 LIMIT 1`, [
        SCHOOL_1,
      ])) as { vestigingscode: string }[]
    )[0]!.vestigingscode;

    await signIn(
      t,
      {
        admin: { email: 'admin@test.nl', role: 'ADMIN' },
        editorA: { email: 'a@partner-a.nl', role: 'PARTNER_EDITOR', organisationId: orgA },
        editorB: { email: 'b@partner-b.nl', role: 'PARTNER_EDITOR', organisationId: orgB },
        staff1: { email: 'staff1@school.nl', role: 'SCHOOL_STAFF', schoolCodes: [SCHOOL_1] },
        staff2: { email: 'staff2@school.nl', role: 'SCHOOL_STAFF', schoolCodes: [school2] },
        officer: {
          email: 'officer@gemeente.nl',
          role: 'MUNICIPALITY_OFFICER',
          municipalityCodes: ['GM0606'],
        },
      },
      sessions,
    );

    contactRequestId = await requestContactId(t, {
      vestigingscode: SCHOOL_1,
      offeringId: offeringA,
      senderName: 'Fatima de Vries',
      senderEmail: 'f.devries@voorbeeldschool.nl',
      message: 'Wij willen graag meer weten.',
    });
  }, 120_000);

  async function newPendingOrganisation(): Promise<string> {
    const rows = (await t.db.query(
      `INSERT INTO organisation (name, type, description, city, status)
       VALUES ('Nieuwe partner', 'OTHER', '', 'Schiedam', 'PENDING') RETURNING id`,
    )) as { id: string }[];
    return rows[0]!.id;
  }

  const SCENARIO = {
    code: 'GM0606',
    name: 'Matrix',
    budgetKind: 'COUNT',
    budget: 1,
    candidates: [{ title: 'Geschetst', interventionTypes: ['MENTORING'] }],
  };
  /** Runs a mutation that creates one thing (as the operator unless told) and returns its id. */
  const createdId = async (
    mutation: string,
    variables: Record<string, unknown>,
    headers: Record<string, string> = { authorization: `Bearer ${OPERATOR_TOKEN}` },
  ): Promise<string> => {
    const res = await post<Record<string, { id: string }>>(t, mutation, variables, headers);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data)[0]!.id;
  };
  const COLLABORATION = () => ({
    title: 'Matrix-samenwerking',
    vestigingscodes: [SCHOOL_1],
    organisationIds: [orgA],
    interventionCodes: ['TAAL_LEZEN'],
    goals: ['Meer leesplezier'],
    startsOn: '2026-08-01',
    endsOn: '2028-07-31',
    funding: [{ routeCode: 'GEMEENTELIJKE_SUBSIDIE', validUntil: '2027-07-31' }],
  });
  const newCollaboration = () =>
    createdId(
      `mutation ($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`,
      { i: COLLABORATION() },
    );
  const AGREEMENT = {
    municipalityCode: 'GM0606',
    title: 'LEA Schiedam 2026–2030',
    startsOn: '2026-08-01',
    endsOn: '2030-07-31',
    themes: [{ interventionCode: 'TAAL_LEZEN', goal: 'Elke school werkt aan leesplezier' }],
  };
  const newAgreement = () =>
    createdId(`mutation ($i: LeaAgreementInput!) { saveLeaAgreement(input: $i) { id } }`, {
      i: AGREEMENT,
    });

  const SAVE_SEARCH = `mutation ($i: SaveSearchInput!) { saveSearch(input: $i) { id } }`;
  const SAVE_SEARCH_VARS = {
    i: { vestigingscode: SCHOOL_1, needs: ['TAAL_LEZEN'], frequency: 'DAILY' },
  };
  // A fresh saved search of staff1's, each with its own distance: an account saves the same
  // search only once.
  // resubmitOrganisation asks about a rejected (DRAFT) organisation A; after the case A gets
  // its own status back, so the other cases see it as they always did.
  let orgAStatusToRestore: string | null = null;
  afterEach(async () => {
    if (orgAStatusToRestore === null) return;
    await t.db.query(`UPDATE organisation SET status = $2 WHERE id = $1`, [
      orgA,
      orgAStatusToRestore,
    ]);
    orgAStatusToRestore = null;
  });

  let savedSearches = 0;
  const newSavedSearch = () =>
    createdId(
      SAVE_SEARCH,
      { i: { ...SAVE_SEARCH_VARS.i, filters: { maxDistanceKm: ++savedSearches } } },
      headersOf(sessions.get('staff1')!),
    );

  const newScenario = () =>
    createdId(`mutation ($i: ScenarioInput!) { saveScenario(input: $i) { id } }`, {
      i: SCENARIO,
    });

  // A fresh unread request (markContactRequestRead changes it only once).
  const newContactRequest = (): Promise<string> =>
    requestContactId(t, {
      vestigingscode: SCHOOL_1,
      offeringId: offeringA,
      senderName: 'Fatima de Vries',
      senderEmail: `matrix${++emailSeq}@voorbeeldschool.nl`,
      message: 'Wij willen graag meer weten.',
    });

  // Operation → document and fresh variables for one call.
  const OPS: Record<string, () => Promise<[string, Record<string, unknown>]>> = {
    pendingOrganisations: async () => [`{ pendingOrganisations { id } }`, {}],
    contactRequestInbox: async () => [
      `query ($o: ID) { contactRequestInbox(organisationId: $o) { id status } }`,
      { o: orgA },
    ],
    contactRequestInboxTotal: async () => [
      `query ($o: ID) { contactRequestInboxTotal(organisationId: $o) }`,
      { o: orgA },
    ],
    schoolContactRequests: async () => [
      `query ($v: String!) { schoolContactRequests(vestigingscode: $v) { id status } }`,
      { v: SCHOOL_1 },
    ],
    schoolContactRequestsByStatus: async () => [
      `query ($v: String!, $s: [ContactRequestStatus!]) { schoolContactRequests(vestigingscode: $v, statuses: $s) { id status } schoolContactRequestsTotal(vestigingscode: $v, statuses: $s) }`,
      { v: SCHOOL_1, s: ['ACCEPTED', 'IN_CONVERSATION', 'STARTED'] },
    ],
    schoolContactRequestsTotal: async () => [
      `query ($v: String!) { schoolContactRequestsTotal(vestigingscode: $v) }`,
      { v: SCHOOL_1 },
    ],
    contactRequestInboxPage: async () => [
      `query ($o: ID, $s: [ContactRequestStatus!], $b: ID) { contactRequestInbox(organisationId: $o, statuses: $s, before: $b) { id status } contactRequestInboxTotal(organisationId: $o, statuses: $s) }`,
      { o: orgA, s: ['ACCEPTED', 'IN_CONVERSATION', 'STARTED'], b: contactRequestId },
    ],
    schoolContactRequestsPage: async () => [
      `query ($v: String!, $s: [ContactRequestStatus!], $b: ID) { schoolContactRequests(vestigingscode: $v, statuses: $s, before: $b) { id status } schoolContactRequestsTotal(vestigingscode: $v, statuses: $s) }`,
      { v: SCHOOL_1, s: ['ACCEPTED', 'IN_CONVERSATION', 'STARTED'], b: contactRequestId },
    ],
    createAccount: async () => [
      `mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { email: `new${++emailSeq}@test.nl`, role: 'SCHOOL_STAFF', schoolCodes: [SCHOOL_1] } },
    ],
    verifyOrganisation: async () => [
      `mutation ($o: ID!) { verifyOrganisation(organisationId: $o) { id status } }`,
      { o: await newPendingOrganisation() },
    ],
    rejectOrganisation: async () => [
      `mutation ($o: ID!) { rejectOrganisation(organisationId: $o, reason: "KvK klopt niet") { id status } }`,
      { o: await newPendingOrganisation() },
    ],
    createOffering: async () => [
      `mutation ($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`,
      { i: { organisationId: orgA, title: 'Nieuw aanbod', interventionCodes: ['EXTRA_LEERTIJD'] } },
    ],
    updateOffering: async () => [
      `mutation ($id: ID!) { updateOffering(offeringId: $id, input: { description: "Bijgewerkt" }) { id } }`,
      { id: offeringA },
    ],
    setOfferingStatus: async () => [
      `mutation ($id: ID!) { setOfferingStatus(offeringId: $id, status: ACTIVE) { id } }`,
      { id: offeringA },
    ],
    setOfferingCoverage: async () => [
      `mutation ($id: ID!) { setOfferingCoverage(input: { offeringId: $id, areas: [{ kind: NATIONAL }] }) { id } }`,
      { id: offeringA },
    ],
    setContactRequestStatus: async () => [
      `mutation ($id: ID!) { setContactRequestStatus(contactRequestId: $id, status: IN_CONVERSATION) { id } }`,
      { id: contactRequestId },
    ],
    contactRequestUnreadCount: async () => [
      `query ($o: ID) { contactRequestUnreadCount(organisationId: $o) }`,
      { o: orgA },
    ],
    markContactRequestRead: async () => [
      `mutation ($id: ID!) { markContactRequestRead(contactRequestId: $id) { id readAt } }`,
      { id: await newContactRequest() },
    ],
    // The officer is MUNICIPALITY_OFFICER for GM0606 (Schiedam); other municipalities: test/municipality.
    municipalityCoalitions: async () => [
      `{ municipalityCoalitions(code: "GM0606") { municipalityCode collaborations { id } } }`,
      {},
    ],
    municipalityCoalitionsXlsx: async () => [`{ municipalityCoalitionsXlsx(code: "GM0606") }`, {}],
    municipalityCoalitionsCsv: async () => [`{ municipalityCoalitionsCsv(code: "GM0606") }`, {}],
    accounts: async () => [`{ accounts { id email role } }`, {}],
    mailStatus: async () => [`{ mailStatus { transport pending failed } }`, {}],
    updateOrganisation: async () => [
      `mutation ($o: ID!) { updateOrganisation(organisationId: $o, input: { description: "Bijgewerkt profiel" }) { id } }`,
      { o: orgA },
    ],
    confirmOrganisation: async () => [
      `mutation ($o: ID!) { confirmOrganisation(organisationId: $o) { id } }`,
      { o: orgA },
    ],
    resubmitOrganisation: async () => {
      const [row] = (await t.db.query(`SELECT status FROM organisation WHERE id = $1`, [orgA])) as {
        status: string;
      }[];
      orgAStatusToRestore ??= row!.status;
      await t.db.query(`UPDATE organisation SET status = 'DRAFT' WHERE id = $1`, [orgA]);
      return [
        `mutation ($o: ID!) { resubmitOrganisation(organisationId: $o) { id status } }`,
        { o: orgA },
      ];
    },
    confirmOffering: async () => [
      `mutation ($id: ID!) { confirmOffering(offeringId: $id) { id } }`,
      { id: offeringA },
    ],
    editableOfferings: async () => [
      `query ($o: ID!) { editableOfferings(organisationId: $o) { id status } }`,
      { o: orgA },
    ],
    staleOfferings: async () => [`{ staleOfferings { id lastConfirmedAt } }`, {}],
    schoolNeedsProfile: async () => [
      `query ($v: String!) { schoolNeedsProfile(vestigingscode: $v) { schoolYear items { note } } }`,
      { v: SCHOOL_1 },
    ],
    runScenario: async () => [
      `query ($i: ScenarioInput!) { runScenario(input: $i) { mode value } }`,
      { i: SCENARIO },
    ],
    saveScenario: async () => [
      `mutation ($i: ScenarioInput!) { saveScenario(input: $i) { id } }`,
      { i: SCENARIO },
    ],
    municipalityScenarios: async () => [`{ municipalityScenarios(code: "GM0606") { id } }`, {}],
    scenarioCsv: async () => [
      `query ($id: ID!) { scenarioCsv(id: $id) }`,
      { id: await newScenario() },
    ],
    scenariosXlsx: async () => [
      `query ($ids: [ID!]!) { scenariosXlsx(ids: $ids) }`,
      { ids: [await newScenario()] },
    ],
    deleteScenario: async () => [
      `mutation ($id: ID!) { deleteScenario(id: $id) }`,
      { id: await newScenario() },
    ],
    setSchoolIndicator: async () => [
      `mutation ($i: SetSchoolIndicatorInput!) { setSchoolIndicator(input: $i) { value } }`,
      {
        i: {
          vestigingscode: SCHOOL_1,
          kind: 'SCHOOLWEGING',
          period: '2023-2024',
          value: 31.5,
          note: 'Handmatig gecorrigeerd',
        },
      },
    ],
    previewOfferingCoverage: async () => [
      `query ($id: ID!) { previewOfferingCoverage(input: { offeringId: $id, areas: [{ kind: NATIONAL }] }) { schools } }`,
      { id: offeringA },
    ],
    offeringDemand: async () => [
      `query ($id: ID!) { offeringDemand(offeringId: $id) { schoolsInArea schools { vestigingscode } } }`,
      { id: offeringA },
    ],
    setSchoolNeedsProfile: async () => [
      `mutation ($i: SetSchoolNeedsProfileInput!) { setSchoolNeedsProfile(input: $i) { schoolYear } }`,
      {
        i: {
          vestigingscode: SCHOOL_1,
          visibleToPartners: false,
          items: [{ interventionCode: 'TAAL_LEZEN', priority: 'HIGH', groups: [3], note: 'Lezen' }],
        },
      },
    ],
  };

  Object.assign(OPS, {
    collaboration: async () => [
      `query ($id: ID!) { collaboration(id: $id) { id title } }`,
      { id: await newCollaboration() },
    ],
    collaborations: async () => [`{ collaborations { title status } }`, {}],
    createCollaboration: async () => [
      `mutation ($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`,
      { i: COLLABORATION() },
    ],
    setCollaborationStatus: async () => [
      `mutation ($id: ID!) { setCollaborationStatus(collaborationId: $id, status: ACTIVE) { id } }`,
      { id: await newCollaboration() },
    ],
    updateCollaboration: async () => [
      `mutation ($i: UpdateCollaborationInput!) { updateCollaboration(input: $i) { id } }`,
      {
        i: {
          collaborationId: await newCollaboration(),
          endsOn: '2029-07-31',
          funding: [{ routeCode: 'EIGEN_BIJDRAGE', amountEur: 500 }],
          note: 'Een jaar langer',
        },
      },
    ],
    recordCollaborationMonitoring: async () => [
      `mutation ($i: CollaborationMonitoringInput!) { recordCollaborationMonitoring(input: $i) { id } }`,
      {
        i: {
          collaborationId: await newCollaboration(),
          schoolYear: '2026-2027',
          pupilsReached: 40,
          goalAttainment: 'PARTLY_MET',
        },
      },
    ],
    leaAgreements: async () => [`{ leaAgreements(municipalityCode: "GM0606") { title } }`, {}],
    saveLeaAgreement: async () => [
      `mutation ($i: LeaAgreementInput!) { saveLeaAgreement(input: $i) { id } }`,
      { i: { ...AGREEMENT, id: await newAgreement() } },
    ],
    deleteLeaAgreement: async () => [
      `mutation ($id: ID!) { deleteLeaAgreement(id: $id) }`,
      { id: await newAgreement() },
    ],
    leaAgreementCoverage: async () => [
      `query ($id: ID!) { leaAgreementCoverage(agreementId: $id) { schools themes { goal } } }`,
      { id: await newAgreement() },
    ],
    municipalityMonitoring: async () => [
      `{ municipalityMonitoring(municipalityCode: "GM0606") { collaborations } }`,
      {},
    ],
    municipalityMonitoringCsv: async () => [
      `{ municipalityMonitoringCsv(municipalityCode: "GM0606") }`,
      {},
    ],
    mySavedSearches: async () => [`{ mySavedSearches { id vestigingscode } }`, {}],
    saveSearch: async () => [SAVE_SEARCH, SAVE_SEARCH_VARS],
    subscribeMunicipalityAlerts: async () => [
      `mutation ($i: SubscribeMunicipalityAlertsInput!) { subscribeMunicipalityAlerts(input: $i) { id } }`,
      { i: { municipalityCode: 'GM0606', frequency: 'WEEKLY' } },
    ],
    deleteSavedSearch: async () => [
      `mutation ($id: ID!) { deleteSavedSearch(id: $id) }`,
      { id: await newSavedSearch() },
    ],
  } satisfies Record<string, () => Promise<[string, Record<string, unknown>]>>);

  function headersFor(caller: Caller): Record<string, string> {
    if (caller === 'anonymous') return {};
    if (caller === 'operator') return { authorization: `Bearer ${OPERATOR_TOKEN}` };
    return headersOf(sessions.get(caller)!);
  }

  // Everything a refused call could have touched.
  async function snapshot(): Promise<string> {
    const rows = (await t.db.query(`
      SELECT (SELECT count(*) FROM audit_log) AS audit,
             (SELECT count(*) FROM user_account) AS accounts,
             (SELECT count(*) FROM offering) AS offerings,
             (SELECT count(*) FROM coverage_area) AS areas,
             (SELECT count(*) FROM change_event) AS changes,
             (SELECT count(*) FROM municipality_scenario) AS scenarios,
             (SELECT string_agg(id || status, ',' ORDER BY id) FROM organisation) AS orgs,
             (SELECT string_agg(id || status || updated_at, ',' ORDER BY id) FROM offering) AS offs,
             (SELECT string_agg(id || status || coalesce(read_at::text, '-'), ',' ORDER BY id) FROM contact_request) AS requests,
             (SELECT count(*) FROM contact_request_link) AS links,
             (SELECT count(*) FROM mail_outbox) AS mails,
             (SELECT string_agg(vestigingscode || school_year || updated_at, ',' ORDER BY 1) FROM school_needs_profile) AS needs,
             (SELECT string_agg(id || status || updated_at, ',' ORDER BY id) FROM collaboration) AS collaborations,
             (SELECT count(*) FROM collaboration_status_change) AS history,
             (SELECT string_agg(collaboration_id || school_year || updated_at, ',' ORDER BY 1) FROM collaboration_monitoring) AS monitoring,
             (SELECT string_agg(id || title || updated_at, ',' ORDER BY id) FROM lea_agreement) AS agreements,
             (SELECT count(*) FROM lea_agreement_theme) AS themes,
             (SELECT string_agg(id || coalesce(unsubscribed_at::text, '-'), ',' ORDER BY id) FROM saved_search) AS searches,
             (SELECT count(*) FROM saved_search_hit) AS hits`)) as unknown[];
    return JSON.stringify(rows[0]);
  }

  function outcomeOf(res: GqlResponse<unknown>): Outcome | string {
    if (!res.errors?.length) return 'OK';
    return res.errors[0]!.extensions?.code ?? res.errors[0]!.message;
  }

  const cases = Object.entries(MATRIX).flatMap(([op, outcomes]) =>
    CALLERS.map((caller, i) => [op, caller, outcomes[i]!] as const),
  );

  it('covers every query and mutation of the schema: in the table or public on purpose', async () => {
    const res = await post(
      t,
      `{ q: __type(name: "Query") { fields { name } } m: __type(name: "Mutation") { fields { name } } }`,
      {},
      {},
    );
    const data = res.data as {
      q: { fields: { name: string }[] };
      m: { fields: { name: string }[] };
    };
    const all = [...data.q.fields, ...data.m.fields].map((f) => f.name);
    expect(all.filter((name) => !(name in MATRIX) && !PUBLIC.has(name))).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !(name in OPS))).toEqual([]);
  });

  it.each(cases)('%s as %s → %s', async (op, caller, expected) => {
    const [query, vars] = await OPS[op]!();
    const before = await snapshot();
    const res = await post(t, query, vars, headersFor(caller));
    expect({
      op,
      caller,
      outcome: outcomeOf(res),
      errors: expected === 'OK' ? res.errors : undefined,
    }).toEqual({ op, caller, outcome: expected, errors: undefined });
    if (expected !== 'OK') {
      expect(await snapshot()).toBe(before);
      expect(JSON.stringify(res.data ?? null)).not.toMatch(/"id"/);
    }
  });

  it('refuses a cookie mutation without the CSRF header and writes nothing', async () => {
    const before = await snapshot();
    const [query, vars] = await OPS.updateOffering!();
    const res = await post(t, query, vars, { cookie: sessions.get('editorA')!.cookie });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF' });
    const wrong = await post(t, query, vars, {
      cookie: sessions.get('editorA')!.cookie,
      'x-csrf-token': 'x'.repeat(43),
    });
    expect(wrong.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });

  it('refuses a wrong operator token', async () => {
    const [query, vars] = await OPS.setOfferingStatus!();
    const res = await post(t, query, vars, { authorization: `Bearer ${'y'.repeat(35)}` });
    expect(res.errors![0]!.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a partner editor reach none of another organisation’s records by id', async () => {
    const b = headersOf(sessions.get('editorB')!);
    const before = await snapshot();
    const attempts = [
      await OPS.updateOffering!(),
      await OPS.setOfferingStatus!(),
      await OPS.setOfferingCoverage!(),
      await OPS.setContactRequestStatus!(),
      await OPS.contactRequestInbox!(),
      await OPS.contactRequestUnreadCount!(),
      await OPS.contactRequestInboxTotal!(),
      // Not OPS.markContactRequestRead: that makes a fresh request, after the snapshot.
      [
        `mutation ($id: ID!) { markContactRequestRead(contactRequestId: $id) { id readAt } }`,
        { id: contactRequestId },
      ] as [string, Record<string, unknown>],
      await OPS.updateOrganisation!(),
      await OPS.confirmOrganisation!(),
      await OPS.confirmOffering!(),
      await OPS.editableOfferings!(),
    ];
    for (const [query, vars] of attempts) {
      const res = await post(t, query, vars, b);
      expect(res.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    }
    // createOffering for organisation A while signed in for B
    const create = await post(
      t,
      (await OPS.createOffering!())[0],
      { i: { organisationId: orgA, title: 'Kaping', interventionCodes: ['EXTRA_LEERTIJD'] } },
      b,
    );
    expect(create.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });

  it('records allowed writes in the audit log with who and what', async () => {
    // Its own writes, as the three callers allowed to update offering A; only audit lines
    // written after it starts count (the matrix cases above may run before or after it).
    const [{ last }] = (await t.db.query(
      `SELECT coalesce(max(id), 0)::text AS last FROM audit_log`,
    )) as { last: string }[];
    // Each caller changes the description (an update that changes nothing writes no line).
    const query = `mutation ($id: ID!, $d: String) { updateOffering(offeringId: $id, input: { description: $d }) { id } }`;
    for (const caller of ['operator', 'admin', 'editorA'] as const) {
      const vars = { id: offeringA, d: `Bijgewerkt door ${caller}` };
      const res = await post(t, query, vars, headersFor(caller));
      expect(res.errors).toBeUndefined();
    }
    const rows = (await t.db.query(
      `SELECT actor_label, action, changes FROM audit_log
        WHERE entity = 'OFFERING' AND entity_id = $1 AND action = 'UPDATE' AND id > $2 ORDER BY id`,
      [offeringA, last],
    )) as { actor_label: string; action: string; changes: Record<string, unknown> }[];
    expect(rows.map((r) => r.actor_label)).toEqual([
      'operator (ADMIN_API_TOKEN)',
      'admin@test.nl',
      'a@partner-a.nl',
    ]);
    expect(rows[0]!.changes).toMatchObject({ description: { to: 'Bijgewerkt door operator' } });
  });
});
