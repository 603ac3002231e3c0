import type { Locator, Page } from 'playwright-core';
import { describeInBrowser } from '../support/browser.js';
import {
  createAccountWithPassword,
  logIn,
  openFromAccountMenu,
  mailedConfirmation,
  seriousViolations,
  screenshots,
} from '../support/browser-accounts.js';
import { sendContactRequest } from '../support/contact-form-page.js';

const OPERATOR_TOKEN = 'partner-journey-operator-token-0123456789';
const PARTNER = {
  organisation: 'Stichting Leerkracht Waterweg',
  kvk: '69990123',
  city: 'Schiedam',
  email: 'info@leerkracht-waterweg.nl',
  password: 'elke middag een uur extra leren',
  // Where the partner sits: shown on the finder's map and used for the distance.
  location: { lat: '51,918', lng: '4,395' },
};
const ADMIN = { email: 'beheer@partnerwijzer.nl', password: 'beheerder met een lang wachtwoord' };
// A school leader in Vlaardingen, one of the two municipalities the offering covers.
const STAFF = {
  email: 'directie@hetanker.nl',
  password: 'het anker in vlaardingen',
  school: 'ZZ0300',
  schoolName: 'Het Anker',
};
const TITLE = 'Extra leertijd na school: de Waterwegklas';
const NEED = 'Extra begeleiding, tutoring, extra leertijd';
// Reached by the drawn polygon only: a primary school in Utrecht, far from both municipalities.
const POLYGON_SCHOOL = 'ZZ1600';
// Reached by nothing this partner chose: a primary school in Assen.
const UNREACHED_SCHOOL = 'ZZ2700';

/** Web Mercator's y for a latitude (the map's vertical axis is linear in this). */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** The corners drawn so far, as the editor lists them ("51,92345, 4,38812", Dutch decimals). */
async function listedCorners(editor: Locator): Promise<{ lat: number; lng: number }[]> {
  const items = await editor
    .getByRole('list', { name: 'Hoekpunten van de tekening' })
    .getByRole('listitem')
    .allInnerTexts();
  return items.map((text) => {
    const [lat, lng] = text.split(', ').map((n) => Number(n.trim().replace(',', '.')));
    return { lat: lat!, lng: lng! };
  });
}

/**
 * Where a coordinate is on the editor's map, learnt as a person would: click two corners, read
 * their coordinates from the list, and wipe them. Returns positions relative to the map's box,
 * so the page may scroll in between.
 */
async function calibrateMap(page: Page, editor: Locator) {
  const map = editor.getByTestId('coverage-map');
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  const a = { x: box.width * 0.3, y: box.height * 0.3 };
  const b = { x: box.width * 0.7, y: box.height * 0.7 };
  await page.mouse.click(box.x + a.x, box.y + a.y);
  await page.mouse.click(box.x + b.x, box.y + b.y);
  await editor.getByTestId('draw-count').getByText('2 hoekpunten').waitFor();
  const [ca, cb] = await listedCorners(editor);
  await editor.getByRole('button', { name: 'Tekening wissen' }).click();
  await editor.getByTestId('draw-count').getByText('0 hoekpunten').waitFor();
  return (lat: number, lng: number) => ({
    x: a.x + ((lng - ca!.lng) * (b.x - a.x)) / (cb!.lng - ca!.lng),
    y:
      a.y +
      ((mercatorY(lat) - mercatorY(ca!.lat)) * (b.y - a.y)) /
        (mercatorY(cb!.lat) - mercatorY(ca!.lat)),
  });
}

// Issue 7's acceptance, end to end in Chromium and only through the pages, as new users would:
// a partner registers, an admin verifies it, the partner adds an offering covering two
// municipalities and a polygon drawn on the map, a school leader finds it on the map for a school
// in that area and asks for contact, the partner accepts, and the school sees the new status.
describeInBrowser('partner journey in Chromium', { ADMIN_API_TOKEN: OPERATOR_TOKEN }, (app) => {
  it('registers, is verified, covers two municipalities and a drawn polygon, is found, asked and accepts', async () => {
    const { t, db, browser, base } = app;
    const shot = screenshots('partner-journey');

    // --- 1. A new partner registers at /aanmelden ----------------------------------------
    const partnerContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const partner = await partnerContext.newPage();
    await partner.goto(`${base}/aanmelden`, { waitUntil: 'domcontentloaded' });
    await partner.getByTestId('register-form').waitFor({ timeout: 20_000 });
    expect(await seriousViolations(partner)).toEqual([]);
    await partner.getByLabel('Naam van de organisatie').fill(PARTNER.organisation);
    await partner.getByLabel('KvK-nummer').fill(PARTNER.kvk);
    await partner.getByLabel('Plaats (optioneel)').fill(PARTNER.city);
    await partner.getByLabel('E-mailadres').fill(PARTNER.email);
    await partner.getByLabel('Wachtwoord', { exact: true }).fill(PARTNER.password);
    await partner.getByLabel('Herhaal het wachtwoord').fill(PARTNER.password);
    await shot(partner, 'register');
    await partner.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    // "Check your email"; the link in the mail finishes the sign-up.
    await partner.getByTestId('registration-sent').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(partner)).toEqual([]);
    await partner.goto(
      `${base}/aanmelding-bevestigen?token=${await mailedConfirmation(db, PARTNER.email)}`,
      { waitUntil: 'domcontentloaded' },
    );
    await partner.getByRole('button', { name: 'Aanmelding afronden', exact: true }).click();
    await partner.getByTestId('registration-done').waitFor({ timeout: 10_000 });
    await partner.getByTestId('organisation-status').getByText('wacht op verificatie').waitFor();
    expect(await seriousViolations(partner)).toEqual([]);

    // Until an admin verifies it, the portal says so.
    await partner.getByRole('link', { name: 'Naar het portaal' }).click();
    await partner
      .getByRole('heading', { name: `Partnerportaal: ${PARTNER.organisation}` })
      .waitFor({ timeout: 20_000 });
    await partner
      .getByTestId('organisation-status')
      .getByText('Wacht op verificatie door de beheerder')
      .waitFor();
    expect(await seriousViolations(partner)).toEqual([]);
    await shot(partner, 'portal-pending');

    // --- 2. An admin (made with the operator token) verifies it at /beheer ------------------
    await createAccountWithPassword(
      t,
      OPERATOR_TOKEN,
      { email: ADMIN.email, role: 'ADMIN' },
      ADMIN.password,
    );
    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const admin = await adminContext.newPage();
    await admin.goto(`${base}/inloggen`, { waitUntil: 'domcontentloaded' });
    await admin.getByTestId('login-form').waitFor({ timeout: 20_000 });
    expect(await seriousViolations(admin)).toEqual([]);
    await logIn(admin, base, ADMIN.email, ADMIN.password);
    await admin.waitForURL(`${base}/beheer`);
    const pending = admin
      .getByTestId('pending-organisation')
      .filter({ hasText: PARTNER.organisation });
    await pending.waitFor({ timeout: 10_000 });
    expect(await pending.innerText()).toContain(PARTNER.kvk);
    expect(await seriousViolations(admin)).toEqual([]);
    await shot(admin, 'beheer');
    await pending.getByRole('button', { name: 'Verifiëren' }).click();
    await admin.getByText(`${PARTNER.organisation} is geverifieerd.`).first().waitFor();
    await pending.waitFor({ state: 'detached' });
    await adminContext.close();

    // --- 3. The partner: profile location, a new offering, and its service area ------------
    await partner.reload({ waitUntil: 'domcontentloaded' });
    await partner
      .getByTestId('organisation-status')
      .getByText('Geverifieerde partner')
      .waitFor({ timeout: 20_000 });
    const profile = partner.getByTestId('profile-form');
    await profile.getByLabel('Breedtegraad').fill(PARTNER.location.lat);
    await profile.getByLabel('Lengtegraad').fill(PARTNER.location.lng);
    await profile.getByRole('button', { name: 'Opslaan' }).click();
    await profile.getByTestId('profile-message').getByText('Opgeslagen.').waitFor({
      timeout: 10_000,
    });

    await partner.getByTestId('add-offering').click();
    const form = partner.getByTestId('offering-form');
    await form.waitFor();
    await form.getByLabel('Titel', { exact: true }).fill(TITLE);
    await form
      .getByLabel('Beschrijving', { exact: true })
      .fill('Twee middagen per week een uur extra rekenen en lezen, na school in de eigen klas.');
    await form.getByLabel(NEED).check();
    await form.getByLabel('Primair onderwijs').check();
    await form.getByLabel('Leerlingen').check();
    await form.getByLabel('Na schooltijd').check();
    await form.getByLabel('Soort kosten').selectOption('FREE');
    expect(await seriousViolations(partner)).toEqual([]);
    await shot(partner, 'offering-form');
    await form.getByRole('button', { name: 'Aanbod toevoegen' }).click();

    // Saving opens the coverage editor: two municipalities from the searchable list …
    const editor = partner.getByTestId('coverage-editor');
    await editor.getByRole('heading', { name: `Werkgebied van ${TITLE}` }).waitFor({
      timeout: 10_000,
    });
    const search = editor.getByTestId('region-search');
    await search.fill('Schied');
    await editor.getByRole('button', { name: 'Gemeente Schiedam (GM0606) toevoegen' }).click();
    await search.fill('Vlaard');
    await editor.getByRole('button', { name: 'Gemeente Vlaardingen (GM0622) toevoegen' }).click();

    // … and a polygon drawn by clicking the map around a school in Utrecht.
    const polygonSchool = await t.gql<{
      school: { location: { lat: number; lng: number }; municipalityCode: string };
    }>(
      `query ($c: String!) { school(vestigingscode: $c) { location { lat lng } municipalityCode } }`,
      {
        c: POLYGON_SCHOOL,
      },
    );
    const { location: target, municipalityCode } = polygonSchool.data!.school;
    expect(['GM0606', 'GM0622']).not.toContain(municipalityCode);
    await editor.getByTestId('draw-toggle').click();
    const toMap = await calibrateMap(partner, editor);
    const corners = [
      { lat: target.lat + 0.12, lng: target.lng - 0.2 },
      { lat: target.lat + 0.12, lng: target.lng + 0.2 },
      { lat: target.lat - 0.12, lng: target.lng + 0.2 },
      { lat: target.lat - 0.12, lng: target.lng - 0.2 },
    ];
    const mapBox = (await editor.getByTestId('coverage-map').boundingBox())!;
    for (const corner of corners) {
      const at = toMap(corner.lat, corner.lng);
      await partner.mouse.click(mapBox.x + at.x, mapBox.y + at.y);
    }
    await editor.getByTestId('draw-count').getByText('4 hoekpunten').waitFor();
    // The corners landed where they were aimed (within a pixel or two of the map's scale).
    const drawn = await listedCorners(editor);
    drawn.forEach((p, i) => {
      expect(Math.abs(p.lat - corners[i]!.lat)).toBeLessThan(0.03);
      expect(Math.abs(p.lng - corners[i]!.lng)).toBeLessThan(0.03);
    });
    await editor.getByTestId('close-polygon').click();
    expect(await editor.getByTestId('coverage-area').allInnerTexts()).toEqual([
      expect.stringContaining('Gemeente Schiedam (GM0606)'),
      expect.stringContaining('Gemeente Vlaardingen (GM0622)'),
      expect.stringContaining('Getekend gebied (4 hoekpunten)'),
    ]);
    expect(await seriousViolations(partner)).toEqual([]);
    await editor.getByTestId('coverage-save').click();
    await editor.getByTestId('coverage-saved').waitFor({ timeout: 10_000 });
    await shot(partner, 'coverage-saved');
    await editor.getByRole('button', { name: 'Terug naar het aanbod' }).click();
    const card = partner.getByTestId('portal-offering').filter({ hasText: TITLE });
    await card.getByText('3 werkgebieden').waitFor();
    expect(await card.getByTestId('offering-status').innerText()).toBe('Actief');

    const [offering] = (await db.query(`SELECT id FROM offering WHERE title = $1`, [TITLE])) as {
      id: string;
    }[];
    const stored = (await db.query(
      `SELECT kind, municipality_code FROM coverage_area WHERE offering_id = $1`,
      [offering!.id],
    )) as { kind: string; municipality_code: string | null }[];
    expect(stored.map((a) => a.municipality_code ?? a.kind).sort()).toEqual([
      'GM0606',
      'GM0622',
      'POLYGON',
    ]);

    // The polygon alone reaches a school: Utrecht gets the offering through it, Assen does not.
    const matchFor = async (vestigingscode: string) => {
      const res = await t.gql<{
        matchPartners: { matches: { offeringId: string; matchedArea: { kind: string } }[] };
      }>(
        `query ($i: MatchPartnersInput!) { matchPartners(input: $i) { matches { offeringId matchedArea { kind } } } }`,
        { i: { vestigingscode, needs: [{ code: 'EXTRA_LEERTIJD' }], limit: 100 } },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.matchPartners.matches.find((m) => m.offeringId === offering!.id)?.matchedArea
        .kind;
    };
    expect({
      utrecht: await matchFor(POLYGON_SCHOOL),
      vlaardingen: await matchFor(STAFF.school),
      schiedam: await matchFor('ZZ0100'),
      assen: await matchFor(UNREACHED_SCHOOL),
    }).toEqual({
      utrecht: 'POLYGON',
      vlaardingen: 'MUNICIPALITY',
      schiedam: 'MUNICIPALITY',
      assen: undefined,
    });

    // … and so the finder shows it for that school, with the drawn area around the school.
    const visitorContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const visitor = await visitorContext.newPage();
    await visitor.goto(
      `${base}/?school=${POLYGON_SCHOOL}&behoeften=EXTRA_LEERTIJD&aanbod=${offering!.id}`,
      { waitUntil: 'domcontentloaded' },
    );
    await visitor.getByTestId('offering-detail').getByText(TITLE).first().waitFor({
      timeout: 20_000,
    });
    await visitor
      .locator('.leaflet-overlay-pane path:not(.marker)')
      .filter({ visible: true })
      .waitFor({ timeout: 10_000 });
    // The map shows school and partner together (a shared link once left the partner 53 km
    // off screen: Leaflet dropped that view while zooming to the school).
    await visitor
      .locator('.leaflet-overlay-pane path.marker--partner[stroke="#111827"]')
      .filter({ visible: true })
      .waitFor({ timeout: 10_000 });
    expect(await seriousViolations(visitor)).toEqual([]);
    await shot(visitor, 'finder-polygon-school');
    await visitorContext.close();

    // --- 4. A school leader finds it on the map and asks for contact ------------------------
    await createAccountWithPassword(
      t,
      OPERATOR_TOKEN,
      { email: STAFF.email, role: 'SCHOOL_STAFF', schoolCodes: [STAFF.school] },
      STAFF.password,
    );
    const staffContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const staff = await staffContext.newPage();
    await logIn(staff, base, STAFF.email, STAFF.password);
    await staff.waitForURL(`${base}/mijn-school`);
    await staff.getByTestId('school-requests').waitFor({ timeout: 10_000 });

    await staff.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
    const schoolSearch = staff.getByTestId('school-search');
    await schoolSearch.waitFor({ timeout: 20_000 });
    await schoolSearch.fill(STAFF.schoolName);
    await staff.getByTestId('school-option').first().waitFor({ timeout: 10_000 });
    await schoolSearch.press('ArrowDown');
    await schoolSearch.press('Enter');
    await staff.getByTestId('chosen-school').waitFor();
    expect(await staff.getByTestId('chosen-school').innerText()).toContain('Vlaardingen');
    expect(staff.url()).toContain(`school=${STAFF.school}`);
    await staff.getByLabel(NEED).check();
    const result = staff.getByTestId('result-card').filter({ hasText: TITLE });
    await result.waitFor({ timeout: 20_000 });
    expect(await result.innerText()).toContain(PARTNER.organisation);
    expect(await seriousViolations(staff)).toEqual([]);
    await shot(staff, 'finder-results');

    // Opened, it is on the map: the partner's own marker (at its profile's location), labelled.
    await result.getByRole('button').first().click();
    const detail = staff.getByTestId('offering-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain(PARTNER.organisation);
    await staff
      .locator('.leaflet-tooltip')
      .filter({ hasText: PARTNER.organisation })
      .waitFor({ timeout: 10_000 });
    // The selected partner marker, with its dark ring.
    await staff
      .locator('.leaflet-overlay-pane path.marker--partner[stroke="#111827"]')
      .filter({ visible: true })
      .waitFor();
    // Its service area is drawn too: the non-marker paths. The demo municipalities carry no
    // boundary geometry, so here that is the polygon only (off screen, in Utrecht; the visit to
    // the Utrecht school above sees it around the school).
    await eventually(
      async () => (await staff.locator('.leaflet-overlay-pane path:not(.marker)').count()) >= 1,
      'the offering’s service area on the finder map',
    );
    expect(await seriousViolations(staff)).toEqual([]);
    await shot(staff, 'finder-detail');

    await sendContactRequest(staff, {
      name: 'Sanne Verbeek',
      email: STAFF.email,
      message: 'Wij zoeken extra leertijd voor groep 5 en 6, twee middagen per week.',
    });
    expect(await seriousViolations(staff)).toEqual([]);
    await shot(staff, 'contact-sent');

    // --- 5. The partner accepts it in the inbox ---------------------------------------------
    await openFromAccountMenu(partner, 'Inbox');
    const request = partner.getByTestId('inbox-request').filter({ hasText: TITLE });
    await request.waitFor({ timeout: 20_000 });
    expect(await request.innerText()).toContain('Sanne Verbeek');
    expect(await request.getByTestId('request-status').innerText()).toBe('nieuw');
    expect(await seriousViolations(partner)).toEqual([]);
    await request.getByRole('button', { name: 'Accepteren' }).click();
    await partner
      .getByTestId('inbox-announcement')
      .getByText(/staat nu op: geaccepteerd/)
      .waitFor({ timeout: 10_000 });
    expect(await request.getByTestId('request-status').innerText()).toBe('geaccepteerd');
    expect(await seriousViolations(partner)).toEqual([]);
    await shot(partner, 'inbox-accepted');

    // --- 6. The school sees the new status at /mijn-school ----------------------------------
    await openFromAccountMenu(staff, 'Mijn school');
    const seen = staff.getByTestId('school-request').filter({ hasText: TITLE });
    await seen.waitFor({ timeout: 20_000 });
    expect(await seen.getByTestId('request-status').innerText()).toBe('geaccepteerd');
    expect(await seen.innerText()).toContain(PARTNER.organisation);
    expect(await seriousViolations(staff)).toEqual([]);
    await shot(staff, 'mijn-school');

    await partnerContext.close();
    await staffContext.close();
  }, 240_000);
});

/** Polls until `ok` holds (maps draw asynchronously). */
async function eventually(ok: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
