import { SavedSearchOnce1766000900000 } from '../../apps/api/src/database/migrations/1766000900000-saved-search-once.js';
import { MailDeliveryWorker } from '../../apps/api/src/modules/mail/mail-delivery.worker.js';
import { AlertWorker, DigestJob } from '../../apps/api/src/modules/saved-searches/index.js';
import {
  headersOf,
  OPERATOR_TOKEN,
  post,
  type Session,
  signIn,
  signInHeaders,
} from '../accounts/accounts-support.js';
import { startSmtpCapture, type ReceivedMail, type SmtpCapture } from '../support/smtp-capture.js';
import { startTestApp, type GqlResponse, type TestApp } from '../support/test-app.js';

const PUBLIC_URL = 'https://partnerwijzer.example.nl';
const SCHOOL = 'ZZ0100'; // Schiedam, GM0606
const MUNICIPALITY = 'GM0606';
const DAY = 24 * 3600 * 1000;
// The demo data's municipalities (apps/api/src/database/seeds/voorbeelddata/schools.ts).
const DEMO_MUNICIPALITIES = [
  'GM0606',
  'GM0363',
  'GM0344',
  'GM0402',
  'GM0622',
  'GM0556',
  'GM0014',
  'GM0080',
  'GM0106',
  'GM0197',
  'GM0202',
  'GM0222',
  'GM0268',
  'GM0294',
  'GM0307',
  'GM0376',
  'GM0405',
  'GM0406',
  'GM0417',
  'GM1509',
  'GM1586',
  'GM1696',
  'GM1859',
  'GM1876',
  'GM1942',
  'GM1955',
];

const SAVE = `mutation ($i: SaveSearchInput!) { saveSearch(input: $i) { id kind vestigingscode schoolName needs frequency description filters { verifiedOnly } } }`;
const SUBSCRIBE = `mutation ($i: SubscribeMunicipalityAlertsInput!) { subscribeMunicipalityAlerts(input: $i) { id kind municipalityCode frequency } }`;
/** The refusal of a search saved again, naming the one kept (Dutch, English), daily. */
function expectDuplicate(answer: { errors?: { extensions?: unknown }[] }, nl: string, en: string) {
  expect(answer.errors![0]!.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'DUPLICATE',
    fields: [
      {
        field: 'input',
        message:
          `u heeft deze zoekopdracht al bewaard: ‘${nl}’, dagelijks een e-mail; u vindt hem onder Mijn zoekopdrachten` +
          ` (you have already saved this search: ‘${en}’, an email every day; find it under My searches)`,
      },
    ],
  });
}

const MINE = `{ mySavedSearches { id kind vestigingscode needs frequency } }`;
const DELETE = `mutation ($id: ID!) { deleteSavedSearch(id: $id) }`;
const BY_LINK = `query ($t: String!) { savedSearchByUnsubscribeLink(token: $t) { description frequency unsubscribed } }`;
const UNSUBSCRIBE = `mutation ($t: String!) { unsubscribeSavedSearch(token: $t) { description unsubscribed } }`;
const CREATE_OFFERING = `mutation ($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`;
const SET_COVERAGE = `mutation ($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }`;
const SET_STATUS = `mutation ($id: ID!, $s: OfferingStatus!) { setOfferingStatus(offeringId: $id, status: $s) { id } }`;
const UPDATE_OFFERING = `mutation ($id: ID!) { updateOffering(offeringId: $id, input: { description: "Nu ook in de middag" }) { id } }`;
const COVERAGE = `query ($c: String!) { municipalityCoverage(code: $c) { schools { vestigingscode cells { interventionType status } } } }`;

const OPERATOR = { authorization: `Bearer ${OPERATOR_TOKEN}` };

function reasonOf(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.reason ?? res.errors?.[0]?.extensions?.code;
}

function unsubscribeToken(mail: ReceivedMail): string {
  const found = new RegExp(
    `${PUBLIC_URL.replace(/\./g, '\\.')}/afmelden\\?token=([A-Za-z0-9_-]+)`,
  ).exec(mail.text);
  if (!found) throw new Error(`no unsubscribe link in: ${mail.text}`);
  return found[1]!;
}

// Issue 18, point 4: saved searches mailed over real SMTP to a server in this process. The
// alert worker reads the change feed; the digest job runs as of a chosen moment ("tomorrow"),
// the same code the timer runs. A saved search gets exactly one digest after a matching
// offering appears, none for one that does not match, none after unsubscribing; links are
// checked; nobody deletes another's search; an officer hears of new offerings and new gaps.
describe('saved searches and alert digests', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let organisationId: string;
  let staff: Session;
  let colleague: Session;
  let officer: Session;
  let clock = Date.now();

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({
      ADMIN_API_TOKEN: OPERATOR_TOKEN,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Partnerwijzer <noreply@partnerwijzer.example.nl>',
      MAIL_SEND_INTERVAL_MS: '100',
      PUBLIC_URL,
    });
    organisationId = (
      (await t.db.query(
        `SELECT id FROM organisation WHERE status = 'VERIFIED' ORDER BY name LIMIT 1`,
      )) as { id: string }[]
    )[0]!.id;
    const sessions = await signIn(t, {
      staff: { email: 'ib@regenboog.nl', role: 'SCHOOL_STAFF', schoolCodes: [SCHOOL] },
      colleague: { email: 'directie@regenboog.nl', role: 'SCHOOL_STAFF', schoolCodes: [SCHOOL] },
      officer: {
        email: 'lea@schiedam.nl',
        role: 'MUNICIPALITY_OFFICER',
        municipalityCodes: [MUNICIPALITY],
      },
    });
    [staff, colleague, officer] = [
      sessions.get('staff')!,
      sessions.get('colleague')!,
      sessions.get('officer')!,
    ];
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  /** Runs the digests as of a moment after every due time so far; returns the mails sent. */
  async function digestsLater(): Promise<ReceivedMail[]> {
    clock += 8 * DAY;
    const before = smtp.received.length;
    await t.app.get(DigestJob).runDue(new Date(clock));
    await t.app.get(MailDeliveryWorker).drain();
    const pending = (await t.db.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL`,
    )) as { n: number }[];
    expect(pending[0]!.n).toBe(0);
    return smtp.received.slice(before);
  }

  async function newOffering(
    title: string,
    code: string,
    municipality = MUNICIPALITY,
    extra: Record<string, unknown> = {},
  ) {
    const created = await post<{ createOffering: { id: string } }>(
      t,
      CREATE_OFFERING,
      { i: { organisationId, title, interventionCodes: [code], ...extra } },
      OPERATOR,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const id = created.data.createOffering.id;
    const covered = await post(
      t,
      SET_COVERAGE,
      { i: { offeringId: id, areas: [{ kind: 'MUNICIPALITY', municipalityCode: municipality }] } },
      OPERATOR,
    );
    expect(covered.errors).toBeUndefined();
    await t.app.get(AlertWorker).sync();
    return id;
  }

  async function save(session: Session, needs: string[]) {
    const res = await post<{ saveSearch: { id: string; description: string } }>(
      t,
      SAVE,
      { i: { vestigingscode: SCHOOL, needs, frequency: 'DAILY', filters: { verifiedOnly: true } } },
      headersOf(session),
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.saveSearch;
  }

  it('mails one digest for a matching new offering, none for a non-matching one, none after unsubscribing', async () => {
    const saved = await save(staff, ['MENTORING']);
    expect(saved.description).toContain('mentor');
    // What it found already is not news.
    expect(await digestsLater()).toEqual([]);

    await newOffering('Alarmtest: leesclub voor ouders', 'OUDERBETROKKENHEID');
    const matchingId = await newOffering('Alarmtest: mentoraat voor groep 8', 'MENTORING');
    const first = await digestsLater();
    expect(first.map((m) => m.to)).toEqual([['ib@regenboog.nl']]);
    const mail = first[0]!;
    expect(mail.subject).toContain('1 nieuw aanbod');
    expect(mail.subject).toContain('Voorbeeldschool De Regenboog');
    expect(mail.text).toContain('Alarmtest: mentoraat voor groep 8');
    expect(mail.text).not.toContain('leesclub');
    expect(mail.text).toContain('(English:');
    expect(mail.text).toContain(`${PUBLIC_URL}/?school=${SCHOOL}`);
    const token = unsubscribeToken(mail);

    // Exactly one: the next digest has nothing new, also after an edit of the same offering.
    const edited = await post(t, UPDATE_OFFERING, { id: matchingId }, OPERATOR);
    expect(edited.errors).toBeUndefined();
    await t.app.get(AlertWorker).sync();
    expect(await digestsLater()).toEqual([]);

    // Opening the link changes nothing (a mail scanner may fetch it); the button does.
    const shown = await post<{ savedSearchByUnsubscribeLink: { unsubscribed: boolean } }>(
      t,
      BY_LINK,
      { t: token },
    );
    expect(shown.data!.savedSearchByUnsubscribeLink).toMatchObject({
      frequency: 'DAILY',
      unsubscribed: false,
    });
    const done = await post<{ unsubscribeSavedSearch: { unsubscribed: boolean } }>(t, UNSUBSCRIBE, {
      t: token,
    });
    expect(done.data!.unsubscribeSavedSearch.unsubscribed).toBe(true);
    const mine = await post<{ mySavedSearches: { id: string }[] }>(t, MINE, {}, headersOf(staff));
    expect(mine.data!.mySavedSearches.map((s) => s.id)).not.toContain(saved.id);

    await newOffering('Alarmtest: tweede mentoraat', 'MENTORING');
    expect(await digestsLater()).toEqual([]);
  });

  it('alerts again when an offering that stopped matching comes back', async () => {
    const saved = await save(staff, ['SOCIAAL_EMOTIONEEL']);
    const id = await newOffering('Alarmtest: klassenklimaat', 'SOCIAAL_EMOTIONEEL');
    expect((await digestsLater()).map((m) => m.to)).toEqual([['ib@regenboog.nl']]);
    await post(t, SET_STATUS, { id, s: 'PAUSED' }, OPERATOR);
    await t.app.get(AlertWorker).sync();
    expect(await digestsLater()).toEqual([]);
    await post(t, SET_STATUS, { id, s: 'ACTIVE' }, OPERATOR);
    await t.app.get(AlertWorker).sync();
    const again = await digestsLater();
    expect(again.map((m) => m.to)).toEqual([['ib@regenboog.nl']]);
    expect(again[0]!.text).toContain('Alarmtest: klassenklimaat');
    await post(t, DELETE, { id: saved.id }, headersOf(staff));
  });

  it('keeps the groep range and target groups of the search, as the finder asks them', async () => {
    const res = await post<{
      saveSearch: { id: string; groepMin: number; groepMax: number; targetGroups: string[] };
    }>(
      t,
      `mutation ($i: SaveSearchInput!) { saveSearch(input: $i) { id groepMin groepMax targetGroups } }`,
      {
        i: {
          vestigingscode: SCHOOL,
          needs: ['OVERGANGEN'],
          groepMin: 7,
          groepMax: 8,
          targetGroups: ['PUPILS'],
          frequency: 'DAILY',
        },
      },
      headersOf(staff),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveSearch).toMatchObject({
      groepMin: 7,
      groepMax: 8,
      targetGroups: ['PUPILS'],
    });
    // Offerings for the youngest groepen only, or for parents only, are not news for groep 7–8.
    await newOffering('Alarmtest: huiswerk voor kleuters', 'OVERGANGEN', MUNICIPALITY, {
      groepMin: 1,
      groepMax: 2,
    });
    await newOffering('Alarmtest: huiswerkavond voor ouders', 'OVERGANGEN', MUNICIPALITY, {
      targetGroups: ['PARENTS'],
    });
    expect(await digestsLater()).toEqual([]);
    await newOffering('Alarmtest: huiswerkklas bovenbouw', 'OVERGANGEN', MUNICIPALITY, {
      groepMin: 6,
      groepMax: 8,
      targetGroups: ['PUPILS'],
    });
    const mails = await digestsLater();
    expect(mails.map((m) => m.to)).toEqual([['ib@regenboog.nl']]);
    expect(mails[0]!.text).toContain('Alarmtest: huiswerkklas bovenbouw');
    expect(mails[0]!.text).not.toContain('kleuters');
    expect(mails[0]!.text).not.toContain('ouders');
    await post(t, DELETE, { id: res.data!.saveSearch.id }, headersOf(staff));
  });

  it('keeps one copy of a search saved twice, also when both saves come at once, and names it', async () => {
    const input = {
      vestigingscode: SCHOOL,
      needs: ['BELEVINGSWERELD', 'PROFESSIONALISERING'],
      frequency: 'DAILY',
      filters: { verifiedOnly: true, deliveryModes: ['DURING_SCHOOL', 'ONLINE'] },
    };
    const listed = async (session: Session) =>
      (
        await post<{ mySavedSearches: { id: string }[] }>(t, MINE, {}, headersOf(session))
      ).data!.mySavedSearches.map((s) => s.id);
    const first = await post<{ saveSearch: { id: string; description: string } }>(
      t,
      SAVE,
      { i: input },
      headersOf(staff),
    );
    expect(first.errors).toBeUndefined();
    const kept = first.data!.saveSearch;
    const before = await listed(staff);

    // The same search: needs and filter lists in another order, hideFull off, another frequency.
    const again = await post(
      t,
      SAVE,
      {
        i: {
          ...input,
          needs: ['PROFESSIONALISERING', 'BELEVINGSWERELD'],
          frequency: 'WEEKLY',
          filters: {
            deliveryModes: ['ONLINE', 'DURING_SCHOOL'],
            verifiedOnly: true,
            hideFull: false,
          },
        },
      },
      headersOf(staff),
    );
    expectDuplicate(
      again,
      kept.description,
      'Offerings for Voorbeeldschool De Regenboog (ZZ0100): broadening pupils’ horizons, team and leadership',
    );
    expect(await listed(staff)).toEqual(before);

    // A new search saved twice at once (two tabs, a double submit): one is kept, one refused.
    const twice = await Promise.all(
      [1, 2].map(() =>
        post(t, SAVE, { i: { ...input, needs: ['BELEVINGSWERELD'] } }, headersOf(staff)),
      ),
    );
    expect(twice.map((r) => reasonOf(r) ?? 'SAVED').sort()).toEqual(['DUPLICATE', 'SAVED']);
    expect(await listed(staff)).toHaveLength(before.length + 1);

    // Another filter is another search; a colleague keeps a search of their own.
    const other = await post(t, SAVE, { i: { ...input, filters: {} } }, headersOf(staff));
    expect(other.errors).toBeUndefined();
    const colleagues = await post<{ saveSearch: { id: string } }>(
      t,
      SAVE,
      { i: input },
      headersOf(colleague),
    );
    expect(colleagues.errors).toBeUndefined();

    // Deleted, it can be saved anew.
    await post(t, DELETE, { id: kept.id }, headersOf(staff));
    const anew = await post(t, SAVE, { i: input }, headersOf(staff));
    expect(anew.errors).toBeUndefined();

    // Nothing of this test mails in the next ones.
    for (const id of await listed(staff)) {
      if (!before.includes(id)) await post(t, DELETE, { id }, headersOf(staff));
    }
    await post(t, DELETE, { id: colleagues.data!.saveSearch.id }, headersOf(colleague));
  });

  it('migration 1766000900000 keeps one copy of searches saved twice before: the most often mailed, then the oldest', async () => {
    // One query runner per step, released before the next query: PGlite has one connection.
    const migrate = async (step: 'up' | 'down') => {
      const runner = t.db.createQueryRunner();
      try {
        await new SavedSearchOnce1766000900000()[step](runner);
      } finally {
        await runner.release();
      }
    };
    const [{ id: userId }] = (await t.db.query(`SELECT id FROM user_account WHERE email = $1`, [
      'directie@regenboog.nl',
    ])) as { id: string }[];
    const insert = async (needs: string[], filters: object, frequency: string, daysAgo: number) => {
      const [row] = (await t.db.query(
        `INSERT INTO saved_search (user_id, kind, vestigingscode, needs, filters, frequency,
                                   next_digest_at, created_at)
         VALUES ($1, 'SCHOOL', $2, $3::text[], $4::jsonb, $5, now(), now() - make_interval(days => $6))
         RETURNING id`,
        [userId, SCHOOL, needs, JSON.stringify(filters), frequency, daysAgo],
      )) as { id: string }[];
      return row!.id;
    };
    try {
      await migrate('down');
      const oldest = await insert(
        ['ARMOEDE_BASIS', 'MENTORING'],
        { costTypes: ['FREE', 'PAID'] },
        'WEEKLY',
        3,
      );
      const daily = await insert(
        ['MENTORING', 'ARMOEDE_BASIS'],
        { costTypes: ['PAID', 'FREE'], hideFull: false },
        'DAILY',
        2,
      );
      const newest = await insert(
        ['MENTORING', 'ARMOEDE_BASIS'],
        { costTypes: ['FREE', 'PAID'], deliveryModes: [] },
        'WEEKLY',
        1,
      );
      const another = await insert(['MENTORING'], { costTypes: ['FREE', 'PAID'] }, 'WEEKLY', 1);
      await migrate('up');
      const rows = (await t.db.query(
        `SELECT id, unsubscribed_at IS NULL AS subscribed FROM saved_search WHERE user_id = $1`,
        [userId],
      )) as { id: string; subscribed: boolean }[];
      const subscribed = new Map(rows.map((r) => [r.id, r.subscribed]));
      expect([oldest, daily, newest, another].map((id) => subscribed.get(id))).toEqual([
        false,
        true,
        false,
        true,
      ]);
      // The index holds from now on: the same search as a row of its own is refused.
      await expect(
        insert(['ARMOEDE_BASIS', 'MENTORING'], { costTypes: ['FREE', 'PAID'] }, 'DAILY', 0),
      ).rejects.toThrow(/saved_search_once_idx/);
    } finally {
      await t.db.query(`DELETE FROM saved_search WHERE user_id = $1`, [userId]);
    }
  });

  it('refuses a tampered or expired unsubscribe link and changes nothing', async () => {
    const saved = await save(staff, ['ARMOEDE_BASIS']);
    await newOffering('Alarmtest: schoolkostenfonds', 'ARMOEDE_BASIS');
    const [mail] = await digestsLater();
    const token = unsubscribeToken(mail!);
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    for (const bad of [tampered, token.slice(0, 20), 'x'.repeat(43)]) {
      for (const doc of [BY_LINK, UNSUBSCRIBE]) {
        const res = await post(t, doc, { t: bad });
        expect(res.errors![0]!.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'LINK_INVALID',
          fields: [expect.objectContaining({ field: 'token' })],
        });
      }
    }
    await t.db.query(
      `UPDATE saved_search_link SET expires_at = now() - interval '1 second' WHERE saved_search_id = $1`,
      [saved.id],
    );
    const expired = await post(t, UNSUBSCRIBE, { t: token });
    expect(reasonOf(expired)).toBe('LINK_EXPIRED');
    expect(expired.errors![0]!.message).toMatch(/verlopen.*expired/);
    const still = (await t.db.query(`SELECT unsubscribed_at FROM saved_search WHERE id = $1`, [
      saved.id,
    ])) as { unsubscribed_at: Date | null }[];
    expect(still[0]!.unsubscribed_at).toBeNull();
    await post(t, DELETE, { id: saved.id }, headersOf(staff));
  });

  it('lets nobody else read or delete a saved search', async () => {
    const saved = await save(staff, ['TAAL_LEZEN']);
    for (const session of [colleague, officer]) {
      const mine = await post<{ mySavedSearches: { id: string }[] }>(
        t,
        MINE,
        {},
        headersOf(session),
      );
      expect(mine.data!.mySavedSearches.map((s) => s.id)).not.toContain(saved.id);
      const res = await post(t, DELETE, { id: saved.id }, headersOf(session));
      expect(res.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    }
    for (const headers of [OPERATOR, {}]) {
      const res = await post(t, DELETE, { id: saved.id }, headers);
      expect(res.errors![0]!.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    const rows = (await t.db.query(`SELECT id FROM saved_search WHERE id = $1`, [saved.id])) as [];
    expect(rows).toHaveLength(1);
    const own = await post<{ deleteSavedSearch: boolean }>(
      t,
      DELETE,
      { id: saved.id },
      headersOf(staff),
    );
    expect(own.data!.deleteSavedSearch).toBe(true);
    const again = await post(t, DELETE, { id: saved.id }, headersOf(staff));
    expect(again.errors![0]!.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const count = async () =>
      ((await t.db.query(`SELECT count(*)::int AS n FROM saved_search`)) as { n: number }[])[0]!.n;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ vestigingscode: SCHOOL, needs: [], frequency: 'HOURLY' }, 'frequency'],
      [{ vestigingscode: 'ZZ99', needs: [], frequency: 'DAILY' }, 'vestigingscode'],
      [{ vestigingscode: SCHOOL, needs: ['MENTORING', 'MENTORING'], frequency: 'DAILY' }, 'needs'],
      [{ vestigingscode: SCHOOL, needs: ['ONBEKEND'], frequency: 'DAILY' }, 'needs'],
      [
        { vestigingscode: SCHOOL, needs: [], frequency: 'DAILY', filters: { maxDistanceKm: -3 } },
        'filters.maxDistanceKm',
      ],
      [{ vestigingscode: SCHOOL, needs: [], frequency: 'DAILY', groepMin: 0 }, 'groepMin'],
      [
        { vestigingscode: SCHOOL, needs: [], frequency: 'DAILY', groepMin: 7, groepMax: 5 },
        'groepMax',
      ],
      [
        { vestigingscode: SCHOOL, needs: [], frequency: 'DAILY', targetGroups: ['KATTEN'] },
        'targetGroups',
      ],
    ];
    for (const [input, field] of cases) {
      const res = await post(t, SAVE, { i: input }, headersOf(staff));
      expect(res.errors).toBeDefined();
      const text = JSON.stringify(res.errors);
      expect(text).toContain(field);
      expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // Someone else's school, another municipality: refused.
    const other = await post(
      t,
      SAVE,
      { i: { vestigingscode: 'ZZ0200', needs: [], frequency: 'DAILY' } },
      headersOf(staff),
    );
    expect(other.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await post(
      t,
      SUBSCRIBE,
      { i: { municipalityCode: 'GM0363', frequency: 'WEEKLY' } },
      headersOf(officer),
    );
    expect(elsewhere.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('refuses a municipality’s alerts subscribed twice, naming the municipality, and keeps answering', async () => {
    const { officer } = await signInHeaders(t, {
      officer: {
        email: 'lea-twice@schiedam.nl',
        role: 'MUNICIPALITY_OFFICER',
        municipalityCodes: ['GM0606'],
      },
    });
    const first = await post<{ subscribeMunicipalityAlerts: { id: string } }>(
      t,
      SUBSCRIBE,
      { i: { municipalityCode: 'GM0606', frequency: 'DAILY' } },
      officer,
    );
    expect(first.errors).toBeUndefined();
    // The same municipality, spelt otherwise, another frequency: the same alerts. On PGlite this
    // hung the database (the refusal read the municipality's name while holding the transaction).
    const again = await post(
      t,
      SUBSCRIBE,
      { i: { municipalityCode: 'gm0606', frequency: 'WEEKLY' } },
      officer,
    );
    expectDuplicate(
      again,
      'Nieuw aanbod en nieuwe witte vlekken in Schiedam',
      'New offerings and new gaps in Schiedam',
    );
    // The database still answers: the list holds the one subscription.
    const mine = await post<{ mySavedSearches: { id: string }[] }>(t, MINE, {}, officer);
    expect(mine.data!.mySavedSearches.map((s) => s.id)).toEqual([
      first.data!.subscribeMunicipalityAlerts.id,
    ]);
    await post(t, DELETE, { id: first.data!.subscribeMunicipalityAlerts.id }, officer);
  }, 60_000);

  it('tells an officer about new offerings and new gaps in the municipality', async () => {
    // A demo municipality with a gap (a school × type that no offering reaches and fits).
    let found: { code: string; school: string; type: string } | undefined;
    for (const code of DEMO_MUNICIPALITIES) {
      const coverage = await post<{
        municipalityCoverage: {
          schools: {
            vestigingscode: string;
            cells: { interventionType: string; status: string }[];
          }[];
        };
      }>(t, COVERAGE, { c: code });
      for (const school of coverage.data!.municipalityCoverage.schools) {
        const gap = school.cells.find((c) => c.status === 'GAP');
        if (gap && !found)
          found = { code, school: school.vestigingscode, type: gap.interventionType };
      }
      if (found) break;
    }
    if (!found) throw new Error('the demo data has no gap in any municipality');
    const { officerThere } = await signInHeaders(t, {
      officerThere: {
        email: `lea@${found.code.toLowerCase()}.nl`,
        role: 'MUNICIPALITY_OFFICER',
        municipalityCodes: [found.code],
      },
    });
    const schoolName = (
      (await t.db.query(`SELECT name FROM school WHERE vestigingscode = $1`, [found.school])) as {
        name: string;
      }[]
    )[0]!.name;

    const sub = await post<{ subscribeMunicipalityAlerts: { id: string } }>(
      t,
      SUBSCRIBE,
      { i: { municipalityCode: found.code, frequency: 'WEEKLY' } },
      officerThere,
    );
    expect(sub.errors).toBeUndefined();
    expect(await digestsLater()).toEqual([]);

    // The gap closes: the new offering is news.
    const id = await newOffering('Alarmtest: gatdichter', found.type, found.code);
    const first = await digestsLater();
    const to = [[`lea@${found.code.toLowerCase()}.nl`]];
    expect(first.map((m) => m.to)).toEqual(to);
    expect(first[0]!.text).toContain('Alarmtest: gatdichter');
    expect(first[0]!.subject).toContain(found.code);

    // It is paused: the gap is back, and that is news too.
    await post(t, SET_STATUS, { id, s: 'PAUSED' }, OPERATOR);
    await t.app.get(AlertWorker).sync();
    const second = await digestsLater();
    expect(second.map((m) => m.to)).toEqual(to);
    expect(second[0]!.text).toContain('Nieuwe witte vlekken');
    expect(second[0]!.text).toContain(schoolName);
    expect(second[0]!.text).not.toContain('Alarmtest: gatdichter');
    expect(await digestsLater()).toEqual([]);
  });
});
