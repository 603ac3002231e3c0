import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { importSchools } from '../../apps/api/src/modules/imports/school-import.js';
import { headersOf, OPERATOR_TOKEN, registerAndConfirm } from '../accounts/accounts-support.js';
import { describeInBrowser } from '../support/browser.js';
import { createAccountWithPassword, logIn, SHOTS } from '../support/browser-accounts.js';
import { REQUEST_CONTACT } from '../support/contact-requests.js';
import { pointAtSchoolDot } from '../support/overview-map-page.js';

// Names, titles, descriptions and messages that look like HTML and script, entered the way the
// product takes them (the school through the CSV importer; the organisation, its offering and
// a contact request through the API, as a partner and a school would), are shown literally on
// every page that shows them — overview map and lists, finder results, map and detail,
// municipality matrix and lists, partner portal and inbox, the school's page, the about page —
// and nothing runs: window.__pwned stays unset, no dialog opens, and no element was built from
// the data (an injected <img src=x>, <svg onload> or <iframe> would be in the page).

const SCHOOL = '<img src=x onerror=window.__pwned=1>De Gevaarlijke School';
const ORGANISATION = '"><svg onload=window.__pwned=2>Stichting Markup';
const TITLE = '<script>window.__pwned=3</script>Workshop Markup';
const DESCRIPTION = '<img src=x onerror=alert(4)> beschrijving met markup';
const SENDER = '<b onmouseover=window.__pwned=5>Juf Markup</b>';
const MESSAGE = '<iframe src="javascript:window.__pwned=6"></iframe> graag contact';
const PASSWORD = 'een veilige zin voor de proef';
const PARTNER_EMAIL = 'markup@voorbeeld.nl';
const STAFF = { email: 'ib@gevaarlijk.nl', school: '99XX00' };
const OFFICER = { email: 'ambtenaar@amsterdam.nl', municipality: 'GM0363' };

/** A page that records every dialog; `checked` saves a screenshot (when named) and then
 * checks that nothing from the data ran. */
async function watched(browser: Browser): Promise<{
  page: Page;
  checked: (shot?: string, fullPage?: boolean) => Promise<void>;
}> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const checked = async (shot?: string, fullPage = false) => {
    if (shot) await page.screenshot({ path: join(SHOTS, `hostile-text-${shot}.png`), fullPage });
    await nothingRan(page, dialogs);
  };
  return { page, checked };
}

async function nothingRan(page: Page, dialogs: string[]): Promise<void> {
  await page.waitForTimeout(500); // an injected handler would have fired by now
  expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No element built from the data.
  expect(await page.locator('img[src="x"], svg[onload], iframe, b[onmouseover]').count()).toBe(0);
}

/** The text is on the page literally (markup and all), at least once. */
async function shown(page: Page, text: string, timeout = 20_000): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout });
}

const APP_ENV = {
  ADMIN_API_TOKEN: OPERATOR_TOKEN,
  MATCH_SYNC_INTERVAL_MS: '200',
  PUBLIC_URL: 'http://partnerwijzer.test',
};

describeInBrowser('hostile text from the data, in Chromium', APP_ENV, (app) => {
  let offeringId: string;

  beforeAll(async () => {
    const { t, db } = app;
    // The school through the real import path (a CSV file, as DUO delivers it).
    const dir = mkdtempSync(join(tmpdir(), 'pw-hostile-'));
    const csv = join(dir, 'scholen.csv');
    writeFileSync(
      csv,
      'vestigingscode,instellingscode,vestigingsnummer,name,sector,schoolType,denomination,street,houseNumber,postcode,city,municipalityCode,lat,lon\n' +
        `${STAFF.school},99XX,00,${SCHOOL},PO,BAO,Openbaar,Kade,1,1011AB,Amsterdam,GM0363,52.3950,4.7800\n`,
    );
    const summary = await importSchools(db, csv);
    expect(summary.rejections).toEqual([]);

    // A partner signs up with markup in its name (mail link and all), places itself on the map
    // and adds an offering with markup in title and description, reaching Amsterdam.
    const partner = await registerAndConfirm(t, {
      organisationName: ORGANISATION,
      kvkNumber: '55667788',
      email: PARTNER_EMAIL,
      password: PASSWORD,
    });
    const as = headersOf(partner.session);
    const orgId = partner.organisationId;
    const located = await t.gql(
      `mutation ($o: ID!, $i: OrganisationProfileInput!) { updateOrganisation(organisationId: $o, input: $i) { id } }`,
      { o: orgId, i: { location: { lat: 52.37, lng: 4.9 } } },
      as,
    );
    expect(located.errors).toBeUndefined();
    const created = await t.gql<{ createOffering: { id: string } }>(
      `mutation ($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`,
      {
        i: {
          organisationId: orgId,
          title: TITLE,
          description: DESCRIPTION,
          interventionCodes: ['EXTRA_LEERTIJD'],
          sectors: ['PO'],
        },
      },
      as,
    );
    expect(created.errors).toBeUndefined();
    offeringId = created.data!.createOffering.id;
    const covered = await t.gql(
      `mutation ($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }`,
      { i: { offeringId, areas: [{ kind: 'MUNICIPALITY', municipalityCode: 'GM0363' }] } },
      as,
    );
    expect(covered.errors).toBeUndefined();
    const active = await t.gql(
      `mutation ($o: ID!) { setOfferingStatus(offeringId: $o, status: ACTIVE) { id } }`,
      { o: offeringId },
      as,
    );
    expect(active.errors).toBeUndefined();
    const verified = await t.gql(
      `mutation ($o: ID!) { verifyOrganisation(organisationId: $o) { status } }`,
      { o: orgId },
      { authorization: `Bearer ${OPERATOR_TOKEN}` },
    );
    expect(verified.errors).toBeUndefined();

    // A school asks, with markup in its name and message.
    const asked = await t.gql(REQUEST_CONTACT, {
      input: {
        offeringId,
        vestigingscode: STAFF.school,
        senderName: SENDER,
        senderEmail: STAFF.email,
        message: MESSAGE,
      },
    });
    expect(asked.errors).toBeUndefined();
    await createAccountWithPassword(
      t,
      OPERATOR_TOKEN,
      { email: STAFF.email, role: 'SCHOOL_STAFF', schoolCodes: [STAFF.school] },
      PASSWORD,
    );
    await createAccountWithPassword(
      t,
      OPERATOR_TOKEN,
      {
        email: OFFICER.email,
        role: 'MUNICIPALITY_OFFICER',
        municipalityCodes: [OFFICER.municipality],
      },
      PASSWORD,
    );
  }, 240_000);

  it('overview map: the school dot tooltip, the school list and the partner list show the text literally', async () => {
    const { page, checked } = await watched(app.browser);
    await page.goto(`${app.base}/overzicht`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-school-points]').waitFor({ timeout: 30_000 });

    // Find the school in the list; the map rings it, then point at its dot.
    await page.getByLabel('Zoek een school').fill('Gevaarlijke');
    const item = page.getByTestId('school-item').filter({ hasText: 'De Gevaarlijke School' });
    await item.waitFor({ timeout: 20_000 });
    expect(await item.innerText()).toContain(SCHOOL);
    await pointAtSchoolDot(page, item);
    const tip = page.locator('.leaflet-tooltip', { hasText: 'De Gevaarlijke School' });
    await tip.waitFor({ timeout: 10_000 });
    expect(await tip.innerText()).toBe(SCHOOL);

    // The partner list names the organisation literally.
    await shown(page, ORGANISATION);
    await checked('overview');
    await page.close();
  }, 120_000);

  it('finder: chosen school, result card, partner marker tooltip and offering detail', async () => {
    const { page, checked } = await watched(app.browser);
    await page.goto(`${app.base}/?school=${STAFF.school}&behoeften=EXTRA_LEERTIJD`, {
      waitUntil: 'domcontentloaded',
    });
    const card = page.getByTestId('result-card').filter({ hasText: 'Workshop Markup' });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.innerText()).toContain(TITLE);
    expect(await card.innerText()).toContain(ORGANISATION);
    expect(await page.getByTestId('chosen-school').innerText()).toContain(SCHOOL);
    // The partner's marker: its tooltip names the organisation as text.
    const markers = page.locator('path.marker--partner');
    await markers.first().waitFor({ timeout: 20_000 });
    let tooltip = '';
    for (let i = 0; i < Math.min(await markers.count(), 40) && !tooltip; i++) {
      // Leaflet clips paths outside the visible map to an empty shape ("M0 0") that cannot be
      // hovered; the map opens tooltips on a bubbling mouseover, so send that event instead.
      await markers.nth(i).dispatchEvent('mouseover');
      const tip = page.locator('.leaflet-tooltip', { hasText: 'Stichting Markup' });
      if (await tip.count()) tooltip = await tip.first().innerText();
    }
    expect(tooltip).toBe(ORGANISATION);
    // The detail (the finder's popup-like panel) with title, description and organisation.
    await card.getByRole('button').first().click();
    const detail = page.getByTestId('offering-detail');
    await detail.waitFor({ timeout: 10_000 });
    const text = await detail.innerText();
    expect(text).toContain(TITLE);
    expect(text).toContain(DESCRIPTION);
    expect(text).toContain(ORGANISATION);
    await checked('finder');
    await page.close();
  }, 120_000);

  it('municipality page: matrix row, cell detail and offering list, signed in as its officer', async () => {
    const { page, checked } = await watched(app.browser);
    await logIn(page, app.base, OFFICER.email, PASSWORD);
    await page.waitForURL(/\/gemeente/, { timeout: 20_000 }).catch(() => undefined);
    await page.goto(`${app.base}/gemeente?code=${OFFICER.municipality}`, {
      waitUntil: 'domcontentloaded',
    });
    const row = page.getByTestId('matrix-row').filter({ hasText: 'De Gevaarlijke School' });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain(SCHOOL);
    // The cell of the offering's type for this school: its detail names the offering.
    await row.locator('td[data-type="EXTRA_LEERTIJD"] button').first().click();
    const detail = page.getByTestId('cell-detail');
    await detail.waitFor({ timeout: 10_000 });
    await detail.getByText(TITLE, { exact: false }).first().waitFor({ timeout: 10_000 });
    await checked('municipality', true);
    await page.close();
  }, 120_000);

  it('partner portal and inbox: organisation, offering, the school and its message', async () => {
    const { page, checked } = await watched(app.browser);
    await logIn(page, app.base, PARTNER_EMAIL, PASSWORD);
    await page.waitForURL(/\/portaal/, { timeout: 20_000 }).catch(() => undefined);
    await page.goto(`${app.base}/portaal`, { waitUntil: 'domcontentloaded' });
    await page
      .getByRole('heading', { name: `Partnerportaal: ${ORGANISATION}` })
      .waitFor({ timeout: 30_000 });
    await shown(page, TITLE);
    await checked('portal', true);

    await page.goto(`${app.base}/portaal/inbox`, { waitUntil: 'domcontentloaded' });
    const request = page.getByTestId('inbox-request').first();
    await request.waitFor({ timeout: 30_000 });
    const text = await request.innerText();
    for (const literal of [SENDER, MESSAGE, SCHOOL, TITLE]) expect(text).toContain(literal);
    await checked('inbox', true);
    await page.close();
  }, 120_000);

  it("the school's page and the about page", async () => {
    const { page, checked } = await watched(app.browser);
    await logIn(page, app.base, STAFF.email, PASSWORD);
    await page.waitForURL(/\/mijn-school/, { timeout: 20_000 }).catch(() => undefined);
    await page.goto(`${app.base}/mijn-school`, { waitUntil: 'domcontentloaded' });
    const request = page.getByTestId('school-request').first();
    await request.waitFor({ timeout: 30_000 });
    const text = await request.innerText();
    expect(text).toContain(TITLE);
    expect(text).toContain(ORGANISATION);
    await shown(page, SCHOOL);
    await checked('my-school', true);

    await page.goto(`${app.base}/over`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
    await checked();
    await page.close();
  }, 120_000);
});
