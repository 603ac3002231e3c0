import { OPERATOR_TOKEN, post, signedInAs, TWO_OFFICERS } from '../accounts/accounts-support.js';
import { suiteTestApp, type GqlResponse } from '../support/test-app.js';
import { twoPartners } from '../support/two-partners.js';
import { requestContactId } from '../support/contact-requests.js';
import { COALITION_COUNT_HEADERS, parseCsv, readXlsx } from '../municipality/coverage-support.js';

// Collaborations as records, LEA agreements and monitoring (issue 15, parts 2–5), over HTTP on
// a real database: from an accepted contact request to a funded, multi-year collaboration, the
// officer's view per agreed theme, monitoring and its CSV; callers of another municipality and
// another organisation are refused and write nothing; hostile input on every new field is
// refused naming the field, and writes nothing either.

const SCHOOL = 'ZZ0100'; // Schiedam (GM0606)
const OTHER_SCHIEDAM_SCHOOLS = ['ZZ0101', 'ZZ0200'];
const VLAARDINGEN_SCHOOL = 'ZZ0300'; // GM0622

const CREATE = `mutation ($i: CreateCollaborationInput!) { createCollaboration(input: $i) {
  id title status startsOn endsOn schoolYears goals municipalityCode canEdit contactRequestId
  contactRequestReference
  schools { vestigingscode name } partners { organisationId name } interventionCodes
  funding { routeCode fundName amountEur validFrom validUntil }
  fundingWarnings { kind routeCode date nl en }
  history { fromStatus toStatus note changedBy } } }`;
const GET = `query ($id: ID!) { collaboration(id: $id) { id status canEdit
  history { fromStatus toStatus note changedBy }
  monitoring { schoolYear pupilsReached groupsReached sessionsDelivered hoursDelivered goalAttainment evaluationNote evidenceUrl } } }`;
const STATUS = `mutation ($id: ID!, $s: CollaborationStatus!, $n: String) {
  setCollaborationStatus(collaborationId: $id, status: $s, note: $n) { status history { toStatus note } } }`;
const MONITOR = `mutation ($i: CollaborationMonitoringInput!) {
  recordCollaborationMonitoring(input: $i) { monitoring { schoolYear pupilsReached hoursDelivered goalAttainment } } }`;
const SAVE_AGREEMENT = `mutation ($i: LeaAgreementInput!) { saveLeaAgreement(input: $i) { id title startsOn endsOn themes { interventionCode goal } } }`;
const COVERAGE = `query ($id: ID!) { leaAgreementCoverage(agreementId: $id) { schools
  themes { interventionCode goal covered { vestigingscode name collaborations { id title } } uncovered { vestigingscode } } } }`;
const ROLLUP = `query ($c: String!, $y: String) { municipalityMonitoring(municipalityCode: $c, schoolYear: $y) {
  collaborations themes { interventionCode collaborations entries pupilsReached groupsReached hoursDelivered goalsMet goalsPartlyMet goalsNotMet attainmentOpen } } }`;
const CSV = `query ($c: String!, $y: String) { municipalityMonitoringCsv(municipalityCode: $c, schoolYear: $y) }`;

type Who = 'staff' | 'editorA' | 'editorB' | 'officer' | 'officerOther' | 'staffOther';

describe('collaborations, agreements and monitoring', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  let orgA: string;
  let orgB: string;
  let offeringA: string;
  let as: (who: Who) => Record<string, string>;
  const operator = { authorization: `Bearer ${OPERATOR_TOKEN}` };

  beforeAll(async () => {
    ({ offeringA, orgA, orgB } = await twoPartners(t.db));
    as = await signedInAs<Who>(t, {
      staff: { email: 'ib@regenboog.nl', role: 'SCHOOL_STAFF', schoolCodes: [SCHOOL] },
      staffOther: {
        email: 'ib@anker.nl',
        role: 'SCHOOL_STAFF',
        schoolCodes: [VLAARDINGEN_SCHOOL],
      },
      editorA: { email: 'a@partner-a.nl', role: 'PARTNER_EDITOR', organisationId: orgA },
      editorB: { email: 'b@partner-b.nl', role: 'PARTNER_EDITOR', organisationId: orgB },
      ...TWO_OFFICERS,
    });
  }, 180_000);

  /** Every row the new operations could write, and the audit log. */
  async function snapshot(): Promise<string> {
    const rows = (await t.db.query(`
      SELECT (SELECT count(*) FROM audit_log) AS audit,
             (SELECT string_agg(id || status || updated_at, ',' ORDER BY id) FROM collaboration) AS c,
             (SELECT count(*) FROM collaboration_school) AS s,
             (SELECT count(*) FROM collaboration_partner) AS p,
             (SELECT count(*) FROM collaboration_intervention) AS i,
             (SELECT count(*) FROM collaboration_funding) AS f,
             (SELECT count(*) FROM collaboration_status_change) AS h,
             (SELECT string_agg(collaboration_id || school_year || updated_at, ',' ORDER BY 1) FROM collaboration_monitoring) AS m,
             (SELECT string_agg(id || title || updated_at, ',' ORDER BY id) FROM lea_agreement) AS a,
             (SELECT string_agg(agreement_id || intervention_code || goal, ',' ORDER BY 1) FROM lea_agreement_theme) AS th`)) as unknown[];
    return JSON.stringify(rows[0]);
  }

  const codeOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
  const fieldsOf = (res: GqlResponse<unknown>) =>
    ((res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined) ?? []).map(
      (f) => f.field,
    );

  const base = () => ({
    title: 'Leesplezier in Schiedam-Oost',
    vestigingscodes: [SCHOOL],
    organisationIds: [orgA],
    interventionCodes: ['TAAL_LEZEN', 'EXTRA_LEERTIJD'],
    goals: ['Meer leesplezier in groep 5–8', 'Leesachterstand kleiner'],
    startsOn: '2026-08-01',
    endsOn: '2028-07-31',
  });

  // Every test starts without collaborations, agreements or contact requests (their child rows
  // go with them) and builds the state it checks itself, so no test depends on another's rows:
  // coverage, roll-up and coalition counts are then exact in any order (jest --randomize).
  beforeEach(async () => {
    await t.db.query(`DELETE FROM collaboration`);
    await t.db.query(`DELETE FROM lea_agreement`);
    await t.db.query(`DELETE FROM contact_request`);
  }, 30_000);

  const SET_REQUEST_STATUS = `mutation ($id: ID!) { setContactRequestStatus(contactRequestId: $id, status: ACCEPTED) { status } }`;

  /** A contact request from `sender` at `vestigingscode` for partner A's offering, accepted by A. */
  async function acceptedRequest(
    vestigingscode: string,
    sender: { senderName: string; senderEmail: string; message: string },
  ): Promise<string> {
    const id = await requestContactId(t, { vestigingscode, offeringId: offeringA, ...sender });
    const accepted = await post(t, SET_REQUEST_STATUS, { id }, as('editorA'));
    expect(accepted.errors).toBeUndefined();
    return id;
  }

  /** A collaboration made by the school's staff from base(), with `over` on top; its id. */
  async function newCollaboration(over: Record<string, unknown> = {}): Promise<string> {
    const res = await post<{ createCollaboration: { id: string } }>(
      t,
      CREATE,
      { i: { ...base(), ...over } },
      as('staff'),
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createCollaboration.id;
  }

  /** A collaboration that partner A has started (status ACTIVE), as after the status test. */
  async function newActiveCollaboration(): Promise<string> {
    const id = await newCollaboration();
    const started = await post(
      t,
      STATUS,
      { id, s: 'ACTIVE', n: 'Gestart na de herfstvakantie' },
      as('editorA'),
    );
    expect(started.errors).toBeUndefined();
    return id;
  }

  it('grows a collaboration out of an accepted contact request, with a period and funding', async () => {
    const requestId = await requestContactId(t, {
      vestigingscode: SCHOOL,
      offeringId: offeringA,
      senderName: 'Fatima de Vries',
      senderEmail: 'ib@regenboog.nl',
      message: 'Wij willen graag samenwerken aan leesplezier.',
    });
    const input = {
      ...base(),
      contactRequestId: requestId,
      schoolBoard: 'Stichting Voorbeeldscholen',
      funding: [
        {
          routeCode: 'GEMEENTELIJKE_SUBSIDIE',
          amountEur: 15000,
          validFrom: '2025-08-01',
          validUntil: '2026-07-31',
        },
        { routeCode: 'FONDS', fundName: 'Jeugdeducatiefonds', validUntil: '2027-07-31' },
        { routeCode: 'NPO' },
      ],
    };
    // Not yet accepted: refused, nothing written.
    const before = await snapshot();
    const early = await post(t, CREATE, { i: input }, as('staff'));
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(early)).toEqual(['contactRequestId']);
    expect(await snapshot()).toBe(before);

    const accepted = await post(t, SET_REQUEST_STATUS, { id: requestId }, as('editorA'));
    expect(accepted.errors).toBeUndefined();
    const afterAccepting = await snapshot();

    // Without the request's school: refused in Dutch and English (the code in both halves).
    const otherSchool = await post(
      t,
      CREATE,
      { i: { ...input, vestigingscodes: [VLAARDINGEN_SCHOOL] } },
      as('editorA'),
    );
    expect(otherSchool.errors![0]!.extensions?.fields).toEqual([
      {
        field: 'vestigingscodes',
        message: `moet de school van de aanvraag bevatten, vestigingscode ${SCHOOL} (must include the request’s school, vestigingscode ${SCHOOL})`,
        code: 'MUST_INCLUDE_REQUEST_SCHOOL',
        params: { vestigingscode: SCHOOL },
      },
    ]);
    expect(await snapshot()).toBe(afterAccepting);

    // A partner of another organisation cannot make it from this request.
    const hijack = await post(
      t,
      CREATE,
      { i: { ...input, organisationIds: [orgA, orgB] } },
      as('editorB'),
    );
    expect(codeOf(hijack)).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(afterAccepting);

    const res = await post<{ createCollaboration: Record<string, unknown> & { id: string } }>(
      t,
      CREATE,
      { i: input },
      as('staff'),
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.createCollaboration;
    expect(c).toMatchObject({
      status: 'PLANNED',
      startsOn: '2026-08-01',
      endsOn: '2028-07-31',
      schoolYears: ['2026-2027', '2027-2028'],
      contactRequestId: requestId,
      canEdit: true,
      schools: [{ vestigingscode: SCHOOL, name: 'Voorbeeldschool De Regenboog' }],
      partners: [{ organisationId: orgA }],
      interventionCodes: ['EXTRA_LEERTIJD', 'TAAL_LEZEN'],
      history: [
        { fromStatus: null, toStatus: 'PLANNED', note: null, changedBy: 'ib@regenboog.nl' },
      ],
    });
    // Its parties know the request by its kenmerk (the mails, the inbox), not by an id.
    const [{ reference }] = (await t.db.query(
      `SELECT reference FROM contact_request WHERE id = $1`,
      [requestId],
    )) as { reference: string }[];
    expect(reference).toMatch(/^PW-\d{4}-\d{5}$/);
    expect(c.contactRequestReference).toBe(reference);
    expect(c.funding).toEqual([
      {
        routeCode: 'GEMEENTELIJKE_SUBSIDIE',
        fundName: null,
        amountEur: 15000,
        validFrom: '2025-08-01',
        validUntil: '2026-07-31',
      },
      {
        routeCode: 'FONDS',
        fundName: 'Jeugdeducatiefonds',
        amountEur: null,
        validFrom: null,
        validUntil: '2027-07-31',
      },
      { routeCode: 'NPO', fundName: null, amountEur: null, validFrom: null, validUntil: null },
    ]);
    // The subsidy ended on 31 July 2026, before today; NPO is one-off money.
    const kinds = (c.fundingWarnings as { kind: string; routeCode: string }[]).map(
      (w) => `${w.routeCode}:${w.kind}`,
    );
    expect(kinds).toContain('GEMEENTELIJKE_SUBSIDIE:ENDED');
    expect(kinds).toContain('NPO:ONE_OFF');

    // The same request cannot make a second one.
    const again = await post(t, CREATE, { i: input }, as('editorA'));
    expect(fieldsOf(again)).toEqual(['contactRequestId']);
    expect(again.errors![0]!.extensions!.reason).toBe('DUPLICATE');
  }, 60_000);

  it('shows it to every party and to the officer of its school’s municipality, not to others', async () => {
    const collaborationId = await newCollaboration();
    for (const who of ['staff', 'editorA'] as const) {
      const res = await post<{ collaboration: { canEdit: boolean } }>(
        t,
        GET,
        { id: collaborationId },
        as(who),
      );
      expect(res.data!.collaboration.canEdit).toBe(true);
    }
    const officer = await post<{ collaboration: { canEdit: boolean } }>(
      t,
      GET,
      { id: collaborationId },
      as('officer'),
    );
    expect(officer.data!.collaboration.canEdit).toBe(false);
    for (const who of ['editorB', 'officerOther', 'staffOther'] as const) {
      const res = await post(t, GET, { id: collaborationId }, as(who));
      expect({ who, code: codeOf(res) }).toEqual({ who, code: 'FORBIDDEN' });
    }
    const mine = await post<{ collaborations: { id: string }[] }>(
      t,
      `{ collaborations { id } }`,
      {},
      as('editorB'),
    );
    expect(mine.data!.collaborations.map((c) => c.id)).not.toContain(collaborationId);
    const coalitions = await post<{ municipalityCoalitions: { records: { id: string }[] } }>(
      t,
      `{ municipalityCoalitions(code: "GM0606") { records { id title } } }`,
      {},
      as('officer'),
    );
    expect(coalitions.data!.municipalityCoalitions.records.map((r) => r.id)).toContain(
      collaborationId,
    );
  }, 60_000);

  it('lists a contact request that became a collaboration once: as the record, not again as a request', async () => {
    const collaborationId = await newCollaboration({
      contactRequestId: await acceptedRequest(SCHOOL, {
        senderName: 'Fatima de Vries',
        senderEmail: 'ib@regenboog.nl',
        message: 'Wij willen graag samenwerken aan leesplezier.',
      }),
    });
    const [{ contactRequestId }] = (await t.db.query(
      `SELECT contact_request_id AS "contactRequestId" FROM collaboration WHERE id = $1`,
      [collaborationId],
    )) as { contactRequestId: string }[];
    expect(contactRequestId).toMatch(/^[0-9a-f-]{36}$/);
    // A second accepted request at another Schiedam school that stays a request.
    const openId = await acceptedRequest(OTHER_SCHIEDAM_SCHOOLS[0]!, {
      senderName: 'Sam Jansen',
      senderEmail: 'ib@zonnebloem.nl',
      message: 'Wij willen ook graag samenwerken.',
    });

    type Ids = { id: string }[];
    const res = await post<{
      municipalityCoalitions: {
        records: { id: string; contactRequestId: string | null }[];
        collaborations: Ids;
        bySchool: { vestigingscode: string; collaborations: Ids }[];
        byPartner: { organisationId: string; collaborations: Ids }[];
      };
    }>(
      t,
      `{ municipalityCoalitions(code: "GM0606") { records { id contactRequestId }
           collaborations { id } bySchool { vestigingscode collaborations { id } }
           byPartner { organisationId collaborations { id } } } }`,
      {},
      as('officer'),
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.municipalityCoalitions;
    expect(c.records.filter((r) => r.contactRequestId === contactRequestId)).toEqual([
      { id: collaborationId, contactRequestId },
    ]);
    const listed = c.collaborations.map((x) => x.id);
    expect(listed).not.toContain(contactRequestId);
    expect(listed).toContain(openId);
    const perSchool = c.bySchool.flatMap((s) => s.collaborations.map((x) => x.id));
    const perPartner = c.byPartner.flatMap((p) => p.collaborations.map((x) => x.id));
    expect(perSchool).not.toContain(contactRequestId);
    expect(perPartner).not.toContain(contactRequestId);
    expect(perSchool.sort()).toEqual([...listed].sort());
    expect(perPartner.sort()).toEqual([...listed].sort());
    // The downloads hold every collaboration once (decision 0018): the record as one line that
    // says it is a record, with its status; the open request as a request; the recorded request
    // not again.
    const files = await post<{
      municipalityCoalitionsCsv: string;
      municipalityCoalitionsXlsx: string;
    }>(
      t,
      `{ municipalityCoalitionsCsv(code: "GM0606") municipalityCoalitionsXlsx(code: "GM0606") }`,
      {},
      as('officer'),
    );
    expect(files.errors).toBeUndefined();
    const csv = parseCsv(files.data!.municipalityCoalitionsCsv);
    const sheet = readXlsx(files.data!.municipalityCoalitionsXlsx).sheets[0]!.rows;
    for (const rows of [csv, sheet]) {
      expect(rows[0]).toEqual([
        'soort',
        'vestigingscode',
        'school',
        'partner',
        'aanbod',
        'status',
        'sinds',
        'bijgewerkt',
      ]);
      expect(rows.slice(1).map((r) => [r[0], r[1], r[4], r[5], r[6]])).toEqual([
        ['vastgelegde samenwerking', SCHOOL, base().title, 'in voorbereiding', base().startsOn],
        [
          'contactaanvraag',
          OTHER_SCHIEDAM_SCHOOLS[0],
          expect.any(String),
          'geaccepteerd',
          expect.any(String),
        ],
      ]);
    }
    expect(sheet.slice(1)).toEqual(csv.slice(1));
    // Per partner and per school: the contact requests (as the page's "Contactaanvragen per …")
    // and the records, each in a column of its own. Partner A has one of each; the record's
    // school has no request left, so it follows the page's schools with its record only.
    const book = readXlsx(files.data!.municipalityCoalitionsXlsx);
    const name = async (sql: string, id: string) =>
      ((await t.db.query(sql, [id])) as { name: string }[])[0]!.name;
    const schoolName = (code: string) =>
      name(`SELECT name FROM school WHERE vestigingscode = $1`, code);
    expect(book.sheets[1]!.rows).toEqual([
      COALITION_COUNT_HEADERS.partner,
      [await name(`SELECT name FROM organisation WHERE id = $1`, orgA), 1, 1, 1],
    ]);
    expect(book.sheets[2]!.rows).toEqual([
      COALITION_COUNT_HEADERS.school,
      [OTHER_SCHIEDAM_SCHOOLS[0], await schoolName(OTHER_SCHIEDAM_SCHOOLS[0]!), 1, 1, 0],
      [SCHOOL, await schoolName(SCHOOL), 0, 0, 1],
    ]);
  }, 60_000);

  it('refuses every change by a non-party, another municipality’s officer included, and writes nothing', async () => {
    const collaborationId = await newCollaboration();
    const attempts: [Who, string, Record<string, unknown>][] = [
      ['editorB', STATUS, { id: collaborationId, s: 'ACTIVE' }],
      ['officerOther', STATUS, { id: collaborationId, s: 'ACTIVE' }],
      ['officer', STATUS, { id: collaborationId, s: 'ACTIVE' }],
      ['staffOther', STATUS, { id: collaborationId, s: 'ACTIVE' }],
      ['editorB', MONITOR, { i: { collaborationId, schoolYear: '2026-2027', pupilsReached: 5 } }],
      [
        'officerOther',
        MONITOR,
        { i: { collaborationId, schoolYear: '2026-2027', pupilsReached: 5 } },
      ],
      [
        'staffOther',
        MONITOR,
        { i: { collaborationId, schoolYear: '2026-2027', pupilsReached: 5 } },
      ],
      // Creating for someone else's school, organisation or municipality.
      ['editorB', CREATE, { i: base() }],
      ['staffOther', CREATE, { i: base() }],
      ['officerOther', CREATE, { i: { ...base(), municipalityCode: 'GM0606' } }],
      ['officerOther', CREATE, { i: base() }],
      [
        'officer',
        CREATE,
        { i: { ...base(), vestigingscodes: [VLAARDINGEN_SCHOOL], municipalityCode: 'GM0622' } },
      ],
      // Agreements and monitoring of Schiedam, asked by Vlaardingen and by non-officers.
      ['officerOther', SAVE_AGREEMENT, { i: agreementInput() }],
      ['staff', SAVE_AGREEMENT, { i: agreementInput() }],
      ['editorA', SAVE_AGREEMENT, { i: agreementInput() }],
      ['officerOther', ROLLUP, { c: 'GM0606' }],
      ['officerOther', CSV, { c: 'GM0606' }],
      ['staff', CSV, { c: 'GM0606' }],
      ['officerOther', `query { leaAgreements(municipalityCode: "GM0606") { id } }`, {}],
    ];
    const before = await snapshot();
    for (const [who, query, vars] of attempts) {
      const res = await post(t, query, vars, as(who));
      expect({ who, query: query.slice(0, 40), code: codeOf(res) }).toEqual({
        who,
        query: query.slice(0, 40),
        code: 'FORBIDDEN',
      });
      expect(JSON.stringify(res.data ?? null)).not.toMatch(/"id"/);
    }
    expect(await snapshot()).toBe(before);
  }, 120_000);

  function agreementInput(over: Record<string, unknown> = {}) {
    return {
      municipalityCode: 'GM0606',
      title: 'LEA Schiedam 2026–2030',
      startsOn: '2026-08-01',
      endsOn: '2030-07-31',
      themes: [
        { interventionCode: 'TAAL_LEZEN', goal: 'Elke basisschool werkt aan leesplezier' },
        { interventionCode: 'OUDERBETROKKENHEID', goal: 'Ouders doen mee' },
      ],
      ...over,
    };
  }

  it('keeps a status history with who and when, and only allowed moves', async () => {
    const collaborationId = await newCollaboration();
    const wrong = await post(t, STATUS, { id: collaborationId, s: 'COMPLETED' }, as('staff'));
    expect(fieldsOf(wrong)).toEqual(['status']);
    // The statuses by the words the page shows, not their codes.
    expect(wrong.errors![0]!.extensions?.fields).toEqual([
      {
        field: 'status',
        message:
          'van de status ‘In voorbereiding’ kan een samenwerking alleen naar ‘Loopt’ of ‘Gestopt’' +
          ' (from the status ‘Being prepared’ a collaboration can only go to ‘Running’ or ‘Stopped’)',
        code: 'STATUS_CHANGE_NOT_ALLOWED',
      },
    ]);
    const stopNoReason = await post(t, STATUS, { id: collaborationId, s: 'STOPPED' }, as('staff'));
    expect(fieldsOf(stopNoReason)).toEqual(['note']);
    const ok = await post<{
      setCollaborationStatus: { status: string; history: { toStatus: string }[] };
    }>(
      t,
      STATUS,
      { id: collaborationId, s: 'ACTIVE', n: 'Gestart na de herfstvakantie' },
      as('editorA'),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.setCollaborationStatus.history.map((h) => h.toStatus)).toEqual([
      'PLANNED',
      'ACTIVE',
    ]);
    const audit = (await t.db.query(
      `SELECT actor_label, action FROM audit_log WHERE entity = 'COLLABORATION' AND entity_id = $1 ORDER BY id`,
      [collaborationId],
    )) as { actor_label: string; action: string }[];
    expect(audit).toEqual([
      { actor_label: 'ib@regenboog.nl', action: 'CREATE' },
      { actor_label: 'a@partner-a.nl', action: 'SET_STATUS' },
    ]);
  }, 60_000);

  it('audits only what an agreement edit changes, and writes nothing for an unchanged one', async () => {
    const saved = await post<{ saveLeaAgreement: { id: string } }>(
      t,
      SAVE_AGREEMENT,
      { i: agreementInput() },
      as('officer'),
    );
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveLeaAgreement.id;
    const auditOf = async () =>
      (await t.db.query(
        `SELECT action, changes FROM audit_log WHERE entity = 'LEA_AGREEMENT' AND entity_id = $1 ORDER BY id`,
        [id],
      )) as { action: string; changes: Record<string, unknown> }[];
    const before = await auditOf();
    // The same agreement sent back, its themes in another order: no audit line.
    const same = agreementInput({ id, themes: [...agreementInput().themes].reverse() });
    expect((await post(t, SAVE_AGREEMENT, { i: same }, as('officer'))).errors).toBeUndefined();
    expect(await auditOf()).toEqual(before);
    // A new title alone: its line names the title only.
    const title = 'LEA Schiedam 2026–2030 (herzien)';
    const edit = agreementInput({ id, title });
    expect((await post(t, SAVE_AGREEMENT, { i: edit }, as('officer'))).errors).toBeUndefined();
    const after = await auditOf();
    expect(after.slice(before.length)).toEqual([
      { action: 'UPDATE', changes: { title: { from: 'LEA Schiedam 2026–2030', to: title } } },
    ]);
  }, 60_000);

  it('shows the officer, per agreed theme, which schools a collaboration covers and which not', async () => {
    const collaborationId = await newActiveCollaboration();
    const saved = await post<{ saveLeaAgreement: { id: string } }>(
      t,
      SAVE_AGREEMENT,
      { i: agreementInput() },
      as('officer'),
    );
    expect(saved.errors).toBeUndefined();
    const agreementId = saved.data!.saveLeaAgreement.id;
    const res = await post<{
      leaAgreementCoverage: {
        schools: number;
        themes: {
          interventionCode: string;
          covered: { vestigingscode: string; collaborations: { id: string }[] }[];
          uncovered: { vestigingscode: string }[];
        }[];
      };
    }>(t, COVERAGE, { id: agreementId }, as('officer'));
    expect(res.errors).toBeUndefined();
    const [taal, ouders] = res.data!.leaAgreementCoverage.themes;
    expect(taal!.interventionCode).toBe('TAAL_LEZEN');
    expect(taal!.covered).toEqual([
      expect.objectContaining({
        vestigingscode: SCHOOL,
        collaborations: [expect.objectContaining({ id: collaborationId })],
      }),
    ]);
    expect(taal!.uncovered.map((s) => s.vestigingscode).sort()).toEqual(OTHER_SCHIEDAM_SCHOOLS);
    expect(ouders!.covered).toEqual([]);
    const other = await post(t, COVERAGE, { id: agreementId }, as('officerOther'));
    expect(codeOf(other)).toBe('FORBIDDEN');
  }, 60_000);

  it('records school-year monitoring (counts only), rolls it up per theme and exports it', async () => {
    const collaborationId = await newActiveCollaboration();
    const note = '=HYPERLINK("http://x";"klik") Goed verlopen; 3 groepen';
    const res = await post(
      t,
      MONITOR,
      {
        i: {
          collaborationId,
          schoolYear: '2026-2027',
          pupilsReached: 84,
          groupsReached: 3,
          sessionsDelivered: 30,
          hoursDelivered: 45.5,
          goalAttainment: 'PARTLY_MET',
          evaluationNote: note,
          evidenceUrl: 'https://example.nl/evaluatie-2027.pdf',
        },
      },
      as('staff'),
    );
    expect(res.errors).toBeUndefined();
    const rollup = await post<{
      municipalityMonitoring: { collaborations: number; themes: Record<string, unknown>[] };
    }>(t, ROLLUP, { c: 'GM0606', y: '2026-2027' }, as('officer'));
    expect(rollup.data!.municipalityMonitoring.themes).toEqual([
      expect.objectContaining({
        interventionCode: 'EXTRA_LEERTIJD',
        pupilsReached: 84,
        hoursDelivered: 45.5,
      }),
      expect.objectContaining({
        interventionCode: 'TAAL_LEZEN',
        collaborations: 1,
        entries: 1,
        pupilsReached: 84,
        groupsReached: 3,
        goalsPartlyMet: 1,
      }),
    ]);
    const csv = await post<{ municipalityMonitoringCsv: string }>(
      t,
      CSV,
      { c: 'GM0606' },
      as('officer'),
    );
    const lines = csv
      .data!.municipalityMonitoringCsv.replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('leerlingen_bereikt');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(';84;3;30;45,5;Deels behaald;');
    // The same decimal comma as the municipality exports (decision 0030), never a point.
    expect(lines[1]).not.toMatch(/;\d+\.\d+;/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"";""klik"") Goed verlopen; 3 groepen"`);
    // A second save for the same year replaces the figures.
    await post(
      t,
      MONITOR,
      { i: { collaborationId, schoolYear: '2026-2027', pupilsReached: 90 } },
      as('editorA'),
    );
    const got = await post<{
      collaboration: { monitoring: { pupilsReached: number; goalAttainment: string | null }[] };
    }>(t, GET, { id: collaborationId }, as('officer'));
    expect(got.data!.collaboration.monitoring).toEqual([
      expect.objectContaining({ pupilsReached: 90, goalAttainment: null }),
    ]);
  }, 60_000);

  it('refuses hostile input on every new field, naming the field, and writes nothing', async () => {
    const collaborationId = await newActiveCollaboration();
    const huge = 'x'.repeat(200_000);
    const cases: [string, string, Record<string, unknown>, string | RegExp][] = [
      ['NUL in title', CREATE, { i: { ...base(), title: 'a\u0000b' } }, /title/],
      ['huge title', CREATE, { i: { ...base(), title: huge } }, /title/],
      ['long title', CREATE, { i: { ...base(), title: 'x'.repeat(161) } }, 'title'],
      ['blank title', CREATE, { i: { ...base(), title: '   ' } }, 'title'],
      [
        'reversed period',
        CREATE,
        { i: { ...base(), startsOn: '2028-08-01', endsOn: '2026-07-31' } },
        'endsOn',
      ],
      ['not a date', CREATE, { i: { ...base(), startsOn: '2026-02-30' } }, 'startsOn'],
      ['eleven years', CREATE, { i: { ...base(), endsOn: '2037-08-01' } }, 'endsOn'],
      [
        'unknown school',
        CREATE,
        { i: { ...base(), vestigingscodes: [SCHOOL, 'ZZ9999'] } },
        'vestigingscodes',
      ],
      [
        'bad school code',
        CREATE,
        { i: { ...base(), vestigingscodes: ["ZZ0100'; DROP TABLE school;--"] } },
        'vestigingscodes[0]',
      ],
      ['no goals', CREATE, { i: { ...base(), goals: [] } }, 'goals'],
      ['huge goal', CREATE, { i: { ...base(), goals: [huge] } }, /goals/],
      [
        'many goals',
        CREATE,
        { i: { ...base(), goals: Array.from({ length: 11 }, (_, i) => `Doel ${i}`) } },
        'goals',
      ],
      ['no intervention', CREATE, { i: { ...base(), interventionCodes: [] } }, 'interventionCodes'],
      [
        'unknown intervention',
        CREATE,
        { i: { ...base(), interventionCodes: ['ASTROLOGIE'] } },
        /interventionCodes/,
      ],
      [
        'unknown funding route',
        CREATE,
        { i: { ...base(), funding: [{ routeCode: 'BITCOIN' }] } },
        /routeCode/,
      ],
      [
        'fund without name',
        CREATE,
        { i: { ...base(), funding: [{ routeCode: 'FONDS' }] } },
        'funding[0].fundName',
      ],
      [
        'negative amount',
        CREATE,
        { i: { ...base(), funding: [{ routeCode: 'NPO', amountEur: -1 }] } },
        'funding[0].amountEur',
      ],
      [
        'reversed grant',
        CREATE,
        {
          i: {
            ...base(),
            funding: [{ routeCode: 'NPO', validFrom: '2027-01-01', validUntil: '2026-01-01' }],
          },
        },
        'funding[0].validUntil',
      ],
      [
        'municipality of no school',
        CREATE,
        { i: { ...base(), municipalityCode: 'GM0363' } },
        'municipalityCode',
      ],
      [
        'bad municipality',
        CREATE,
        { i: { ...base(), municipalityCode: 'Schiedam' } },
        'municipalityCode',
      ],
      [
        'bad organisation id',
        CREATE,
        { i: { ...base(), organisationIds: ['not-a-uuid'] } },
        'organisationIds',
      ],
      ['starts as completed', CREATE, { i: { ...base(), status: 'COMPLETED' } }, 'status'],
      ['bad request id', CREATE, { i: { ...base(), contactRequestId: 'x' } }, 'contactRequestId'],
      [
        'NUL in status note',
        STATUS,
        { id: collaborationId, s: 'PAUSED', n: 'a\u0000b' },
        /note|\$n/,
      ],
      ['bad collaboration id', STATUS, { id: 'abc', s: 'PAUSED' }, 'collaborationId'],
      [
        'year outside period',
        MONITOR,
        { i: { collaborationId, schoolYear: '2030-2031', pupilsReached: 1 } },
        'schoolYear',
      ],
      ['bad year', MONITOR, { i: { collaborationId, schoolYear: '2026-2028' } }, 'schoolYear'],
      [
        'negative reach',
        MONITOR,
        { i: { collaborationId, schoolYear: '2026-2027', pupilsReached: -3 } },
        'pupilsReached',
      ],
      [
        'huge reach',
        MONITOR,
        { i: { collaborationId, schoolYear: '2026-2027', groupsReached: 2_000_000 } },
        'groupsReached',
      ],
      [
        'hours two decimals',
        MONITOR,
        { i: { collaborationId, schoolYear: '2026-2027', hoursDelivered: 1.25 } },
        'hoursDelivered',
      ],
      [
        'javascript link',
        MONITOR,
        { i: { collaborationId, schoolYear: '2026-2027', evidenceUrl: 'javascript:alert(1)' } },
        'evidenceUrl',
      ],
      [
        'huge note',
        MONITOR,
        { i: { collaborationId, schoolYear: '2026-2027', evaluationNote: huge } },
        /evaluationNote/,
      ],
      [
        'long note',
        MONITOR,
        { i: { collaborationId, schoolYear: '2026-2027', evaluationNote: 'x'.repeat(2001) } },
        'evaluationNote',
      ],
      [
        'unknown attainment',
        MONITOR,
        { i: { collaborationId, schoolYear: '2026-2027', goalAttainment: 'SORT_OF' } },
        /goalAttainment/,
      ],
      [
        'reversed agreement',
        SAVE_AGREEMENT,
        { i: agreementInput({ startsOn: '2030-08-01', endsOn: '2026-07-31' }) },
        'endsOn',
      ],
      [
        'theme twice',
        SAVE_AGREEMENT,
        {
          i: agreementInput({
            themes: [
              { interventionCode: 'MENTORING', goal: 'a' },
              { interventionCode: 'MENTORING', goal: 'b' },
            ],
          }),
        },
        'themes[1].interventionCode',
      ],
      ['no themes', SAVE_AGREEMENT, { i: agreementInput({ themes: [] }) }, 'themes'],
      [
        'unknown theme',
        SAVE_AGREEMENT,
        { i: agreementInput({ themes: [{ interventionCode: 'ASTROLOGIE', goal: 'a' }] }) },
        /interventionCode/,
      ],
      [
        'NUL in theme goal',
        SAVE_AGREEMENT,
        { i: agreementInput({ themes: [{ interventionCode: 'MENTORING', goal: '\u0000' }] }) },
        /goal/,
      ],
      ['other municipality id', SAVE_AGREEMENT, { i: agreementInput({ id: 'nope' }) }, 'id'],
      ['bad rollup year', ROLLUP, { c: 'GM0606', y: '26/27' }, 'schoolYear'],
    ];
    const before = await snapshot();
    const seen: string[] = [];
    for (const [name, query, vars, field] of cases) {
      const who: Who = query === SAVE_AGREEMENT || query === ROLLUP ? 'officer' : 'staff';
      const res = await post(t, query, vars, as(who));
      const code = codeOf(res);
      const message = res.errors?.[0]?.message ?? '';
      const named = fieldsOf(res).join(',') || message;
      seen.push(name);
      expect({
        name,
        ok: ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'].includes(code as string),
      }).toEqual({ name, ok: true });
      if (typeof field === 'string')
        expect({ name, fields: fieldsOf(res) }).toEqual({ name, fields: [field] });
      else expect({ name, named }).toEqual({ name, named: expect.stringMatching(field) });
      expect(message).not.toMatch(/INTERNAL|stack|QueryFailedError/);
    }
    expect(seen).toHaveLength(cases.length);
    expect(await snapshot()).toBe(before);
  }, 180_000);

  it('lets its parties edit period, goals and funding, with a history line; refuses others and writes nothing', async () => {
    const UPDATE = `mutation ($i: UpdateCollaborationInput!) { updateCollaboration(input: $i) {
      title startsOn endsOn goals status funding { routeCode fundName amountEur validUntil }
      history { fromStatus toStatus note changedBy } } }`;
    const created = await post<{ createCollaboration: { id: string } }>(
      t,
      CREATE,
      { i: { ...base(), title: 'Te wijzigen samenwerking' } },
      as('staff'),
    );
    const id = created.data!.createCollaboration.id;
    const monitored = await post(
      t,
      MONITOR,
      { i: { collaborationId: id, schoolYear: '2027-2028', pupilsReached: 12 } },
      as('staff'),
    );
    expect(monitored.errors).toBeUndefined();

    // Not a party (another organisation, another municipality's officer, the school's own
    // municipality's officer who only reads): refused, nothing written.
    for (const who of ['editorB', 'officerOther', 'officer', 'staffOther'] as const) {
      const before = await snapshot();
      const res = await post(
        t,
        UPDATE,
        { i: { collaborationId: id, endsOn: '2029-07-31', goals: ['Iets anders'] } },
        as(who),
      );
      expect({ who, code: codeOf(res) }).toEqual({ who, code: 'FORBIDDEN' });
      expect(await snapshot()).toBe(before);
    }

    // Bad input names the field and writes nothing; a period may not drop a monitored year.
    for (const [input, field] of [
      [{ endsOn: '2027-07-31' }, 'endsOn'], // 2027-2028 has monitoring
      [{ startsOn: 'morgen' }, 'startsOn'],
      [{ goals: [] }, 'goals'],
      [{ funding: [{ routeCode: 'FONDS' }] }, 'funding[0].fundName'],
      [{ title: '   ' }, 'title'],
      [{ note: 'x'.repeat(901) }, 'note'],
    ] as const) {
      const before = await snapshot();
      const res = await post(t, UPDATE, { i: { collaborationId: id, ...input } }, as('editorA'));
      expect({ field, code: codeOf(res) }).toEqual({ field, code: 'BAD_USER_INPUT' });
      expect(fieldsOf(res)).toContain(field);
      expect(await snapshot()).toBe(before);
    }

    // A party of the partner side edits: the period grows a year, funding is replaced.
    const edited = await post<{
      updateCollaboration: {
        endsOn: string;
        goals: string[];
        status: string;
        funding: { routeCode: string; fundName: string | null; amountEur: number | null }[];
        history: {
          fromStatus: string | null;
          toStatus: string;
          note: string | null;
          changedBy: string;
        }[];
      };
    }>(
      t,
      UPDATE,
      {
        i: {
          collaborationId: id,
          endsOn: '2029-07-31',
          goals: ['Meer leesplezier in groep 5–8'],
          funding: [{ routeCode: 'FONDS', fundName: 'Jeugdeducatiefonds', amountEur: 8000 }],
          note: 'Fonds toegekend',
        },
      },
      as('editorA'),
    );
    expect(edited.errors).toBeUndefined();
    const c = edited.data!.updateCollaboration;
    expect(c.endsOn).toBe('2029-07-31');
    expect(c.goals).toEqual(['Meer leesplezier in groep 5–8']);
    expect(c.funding).toEqual([
      { routeCode: 'FONDS', fundName: 'Jeugdeducatiefonds', amountEur: 8000, validUntil: null },
    ]);
    expect(c.history).toHaveLength(2);
    expect(c.history[1]).toEqual({
      fromStatus: 'PLANNED',
      toStatus: 'PLANNED',
      note: 'Gewijzigd: doelen, periode, financiering (changed: goals, period, funding). Fonds toegekend',
      changedBy: 'a@partner-a.nl',
    });
    // The same values again change nothing: no new history line, no audit line.
    const before = await snapshot();
    const again = await post(
      t,
      UPDATE,
      {
        i: { collaborationId: id, endsOn: '2029-07-31', goals: ['Meer leesplezier in groep 5–8'] },
      },
      as('staff'),
    );
    expect(again.errors).toBeUndefined();
    expect(await snapshot()).toBe(before);
  }, 60_000);

  it('filters matchPartners by funding route, and refuses an unknown route', async () => {
    const MATCH = `query ($i: MatchPartnersInput!) { matchPartners(input: $i) {
      matches { offeringId offering { fundingRouteCodes } } } }`;
    type Answer = { matchPartners: { matches: { offering: { fundingRouteCodes: string[] } }[] } };
    const all = await post<Answer>(t, MATCH, { i: { vestigingscode: SCHOOL, limit: 100 } });
    const npo = await post<Answer>(t, MATCH, {
      i: { vestigingscode: SCHOOL, limit: 100, filters: { fundingRoutes: ['NPO'] } },
    });
    expect(npo.errors).toBeUndefined();
    const withNpo = all.data!.matchPartners.matches.filter((m) =>
      m.offering.fundingRouteCodes.includes('NPO'),
    );
    expect(withNpo.length).toBeGreaterThan(0);
    expect(withNpo.length).toBeLessThan(all.data!.matchPartners.matches.length);
    expect(npo.data!.matchPartners.matches).toHaveLength(withNpo.length);
    for (const m of npo.data!.matchPartners.matches) {
      expect(m.offering.fundingRouteCodes).toContain('NPO');
    }
    const bad = await post(t, MATCH, {
      i: { vestigingscode: SCHOOL, filters: { fundingRoutes: ['BITCOIN'] } },
    });
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(codeOf(bad));
    expect(bad.errors![0]!.message).toContain('fundingRoutes');
  }, 30_000);

  it('lists the funding catalogue with validity, publicly', async () => {
    const res = await post<{
      fundingRoutes: { code: string; validUntil: string | null; oneOff: boolean; ended: boolean }[];
    }>(t, `{ fundingRoutes { code nl en validFrom validUntil oneOff needsName ended } }`);
    // Written out, not the domain's FUNDING_ROUTE_CODES: a route dropped from (or moved in) the
    // catalogue the API serves must fail here, so the change is made on purpose.
    expect(res.data!.fundingRoutes.map((r) => r.code)).toEqual([
      'NPO',
      'OAB_SCHOOL',
      'OAB_GEMEENTE',
      'GEMEENTELIJKE_SUBSIDIE',
      'FONDS',
      'SAMENWERKINGSVERBAND',
      'EIGEN_BIJDRAGE',
    ]);
    expect(res.data!.fundingRoutes[0]).toMatchObject({
      validUntil: null,
      oneOff: true,
      ended: false,
    });
  }, 30_000);

  it('lets the operator see a collaboration exists only as an admin (NOT_FOUND), others FORBIDDEN', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(await post(t, GET, { id: missing }, operator))).toBe('BAD_USER_INPUT');
    expect(codeOf(await post(t, GET, { id: missing }, as('staff')))).toBe('FORBIDDEN');
  }, 30_000);
});
