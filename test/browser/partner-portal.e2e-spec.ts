import { join } from 'node:path';
import { BOW_TIE_POLYGON } from '../support/bow-tie.js';
import { newOffering } from '../support/factories.js';
import { focusKeyBecomes, unclearControlNames } from '../support/browser.js';
import {
  createAccountWithPassword,
  logInByFetch,
  screenshots,
  seriousViolations,
  SHOTS,
  suiteAccounts,
} from '../support/browser-accounts.js';

const SUITE = suiteAccounts('partner-portal', 'een goed wachtwoord voor de test', {
  EDITOR: { role: 'PARTNER_EDITOR' },
});
const { EDITOR } = SUITE.people;
const TITLE = 'Ouderkamer op school (portaaltest)';
// The stale-flags test's own offering of the editor's organisation, apart from the one the
// creating test makes, so either test runs first or alone.
const STALE_TITLE = 'Huiswerkbegeleiding (portaaltest, verouderd)';
const shot = screenshots('portal');

// The bow tie as an uploaded file: valid JSON and GeoJSON, refused by the server's geometry check.
const BOW_TIE = JSON.stringify({
  type: 'Feature',
  properties: { naam: 'strik' },
  geometry: BOW_TIE_POLYGON,
});

// A partner editor keeps an offering current in Chromium: create it, give it two municipalities
// from the searchable list and a polygon drawn on the map, see a bad upload refused at the
// field, and find the offering for a school in one of those municipalities.
SUITE.describeInBrowser('partner portal in Chromium', (app, organisations) => {
  it('shows a log-in state to an anonymous visitor', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.base}/portaal`, { waitUntil: 'domcontentloaded' });
    const signedOut = page.getByTestId('portal-signed-out');
    await signedOut.waitFor({ timeout: 20_000 });
    const link = signedOut.getByRole('link', { name: 'Inloggen' });
    expect(await link.getAttribute('href')).toBe('/inloggen?terug=%2Fportaal');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it('creates an offering, gives it two municipalities and a drawn polygon, and a school finds it', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    // Log in as the page would: the login mutation from the page sets the session cookie.
    const login = await logInByFetch(page, app.base, EDITOR.email, EDITOR.password);
    expect(login.data?.login).toEqual({
      role: 'PARTNER_EDITOR',
      organisationId: organisations.EDITOR,
    });

    await page.goto(`${app.base}/portaal`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: 'Partnerportaal: JINC' }).waitFor({ timeout: 20_000 });
    await page.getByTestId('portal-offerings').waitFor();
    expect(await page.getByTestId('organisation-status').innerText()).toBe('Geverifieerde partner');
    // Each card's buttons name its offering: a list of buttons is not "Pauzeren, Pauzeren, …".
    expect(await page.getByTestId('portal-offering').count()).toBeGreaterThan(1);
    expect(await unclearControlNames(page, '[data-testid="portal-offerings"]')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'overview');

    // A new offering: the form refuses an empty title at once, then saves every field given.
    await page.getByTestId('add-offering').click();
    const form = page.getByTestId('offering-form');
    await form.waitFor();
    await form.getByRole('button', { name: 'Aanbod toevoegen' }).click();
    await form.getByText('Controleer de gemarkeerde velden.').waitFor();
    await form.getByLabel('Titel', { exact: true }).fill(TITLE);
    await form
      .getByLabel('Beschrijving', { exact: true })
      .fill('Een wekelijkse ouderkamer met koffie, uitleg over school en taalles.');
    await form.getByLabel('Ouderbetrokkenheid').check();
    await form.getByLabel('Primair onderwijs').check();
    await form.getByLabel('Ouders').check();
    await form.getByLabel('Onder schooltijd').check();
    await form.getByLabel('Soort kosten').selectOption('SUBSIDISED');
    await form.getByLabel('Bedrag in euro').fill('150,00');
    await form.getByLabel('Talen').fill('nl, ar, tr');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'offering-form');
    await form.getByRole('button', { name: 'Aanbod toevoegen' }).click();

    // Saving a new offering opens its coverage editor.
    const editor = page.getByTestId('coverage-editor');
    await editor.waitFor({ timeout: 10_000 });
    await editor.getByRole('heading', { name: `Werkgebied van ${TITLE}` }).waitFor();
    const [offering] = (await app.db.query(
      `SELECT id, cost_type, cost_amount_eur, languages, target_groups FROM offering WHERE title = $1`,
      [TITLE],
    )) as {
      id: string;
      cost_type: string;
      cost_amount_eur: string;
      languages: string[];
      target_groups: string[];
    }[];
    expect(offering).toMatchObject({
      cost_type: 'SUBSIDISED',
      cost_amount_eur: '150.00',
      languages: ['nl', 'ar', 'tr'],
      target_groups: ['PUPILS', 'PARENTS'],
    });

    // Two municipalities from the searchable list.
    const search = editor.getByTestId('region-search');
    await search.fill('Schied');
    await editor.getByRole('button', { name: 'Gemeente Schiedam (GM0606) toevoegen' }).click();
    await search.fill('Vlaard');
    await editor.getByRole('button', { name: 'Gemeente Vlaardingen (GM0622) toevoegen' }).click();

    // A polygon drawn by clicking four corners on the map.
    await editor.getByTestId('draw-toggle').click();
    const map = editor.getByTestId('coverage-map');
    const box = (await map.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    for (const [dx, dy] of [
      [-40, -30],
      [40, -30],
      [40, 30],
      [-40, 30],
    ]) {
      await page.mouse.click(cx + dx!, cy + dy!);
    }
    await editor.getByText('4 hoekpunten').first().waitFor();
    await editor.getByTestId('close-polygon').click();
    const areas = editor.getByTestId('coverage-area');
    expect(await areas.allInnerTexts()).toEqual([
      expect.stringContaining('Gemeente Schiedam (GM0606)'),
      expect.stringContaining('Gemeente Vlaardingen (GM0622)'),
      expect.stringContaining('Getekend gebied (4 hoekpunten)'),
    ]);
    await editor.locator('.leaflet-overlay-pane path').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByTestId('coverage-save').click();
    await editor.getByTestId('coverage-saved').waitFor({ timeout: 10_000 });
    await shot(page, 'coverage-saved');

    const stored = (await app.db.query(
      `SELECT kind, municipality_code, geometry FROM coverage_area WHERE offering_id = $1 ORDER BY created_at, id`,
      [offering!.id],
    )) as { kind: string; municipality_code: string | null; geometry: unknown }[];
    expect(stored.map((a) => a.kind).sort()).toEqual(['MUNICIPALITY', 'MUNICIPALITY', 'POLYGON']);
    expect(
      stored.flatMap((a) => (a.municipality_code ? [a.municipality_code] : [])).sort(),
    ).toEqual(['GM0606', 'GM0622']);
    const ring = (
      stored.find((a) => a.kind === 'POLYGON')!.geometry as {
        coordinates: number[][][];
      }
    ).coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);

    // An upload that is not JSON is refused at the field, before anything is sent.
    const file = editor.getByTestId('geojson-file');
    await file.setInputFiles({
      name: 'kapot.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from('{"type": "Polygon", "coordinates": [['),
    });
    await editor
      .getByTestId('geojson-error')
      .getByText('Dit bestand is geen geldige JSON.', { exact: false })
      .waitFor();
    // A self-intersecting polygon passes the browser's checks; the server refuses it, and its
    // message appears at the upload field and next to that area in the list.
    await file.setInputFiles({
      name: 'strik.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(BOW_TIE),
    });
    await editor.getByText('Geüpload: strik.geojson').waitFor();
    await editor.getByTestId('coverage-save').click();
    await editor.getByTestId('coverage-error').waitFor({ timeout: 10_000 });
    expect(await editor.getByTestId('geojson-error').innerText()).toMatch(/snijdt zichzelf/);
    const bad = areas.filter({ hasText: 'strik.geojson' });
    expect(await bad.getByTestId('coverage-area-error').innerText()).toMatch(/snijdt zichzelf/);
    expect(await editor.getByTestId('geojson-file').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'coverage-upload-error');
    const after = (await app.db.query(
      `SELECT count(*)::int AS n FROM coverage_area WHERE offering_id = $1`,
      [offering!.id],
    )) as { n: number }[];
    expect(after[0]!.n).toBe(3);
    await bad.getByRole('button', { name: /verwijderen/ }).click();
    await editor.getByRole('button', { name: 'Terug naar het aanbod' }).click();
    // The keyboard goes back to the button that opened the editor, not to the top of the page.
    expect(await focusKeyBecomes(page, `coverage:${offering!.id}`)).toBe(
      `coverage:${offering!.id}`,
    );

    // A school in Schiedam gets the offering (matchPartners), and so does one in Vlaardingen.
    const [vlaardingen] = (await app.db.query(
      `SELECT vestigingscode FROM school WHERE municipality_code = 'GM0622' AND sector = 'PO' LIMIT 1`,
    )) as { vestigingscode: string }[];
    for (const school of ['ZZ0100', vlaardingen!.vestigingscode]) {
      const match = await app.t.gql<{
        matchPartners: { matches: { offeringId: string; matchedArea: { kind: string } }[] };
      }>(
        `query ($i: MatchPartnersInput!) { matchPartners(input: $i) { matches { offeringId matchedArea { kind } } } }`,
        { i: { vestigingscode: school, needs: [{ code: 'OUDERBETROKKENHEID' }], limit: 100 } },
      );
      expect(match.errors).toBeUndefined();
      const found = match.data!.matchPartners.matches.find((m) => m.offeringId === offering!.id);
      expect({ school, kind: found?.matchedArea.kind }).toEqual({ school, kind: 'MUNICIPALITY' });
    }

    // The school leader sees it in the finder too.
    const finder = await context.newPage();
    await finder.goto(`${app.base}/?school=ZZ0100&behoeften=OUDERBETROKKENHEID`, {
      waitUntil: 'domcontentloaded',
    });
    await finder.getByTestId('result-card').filter({ hasText: TITLE }).waitFor({ timeout: 20_000 });
    await finder.close();

    // Pause asks first, then the badge changes; reactivate brings it back.
    const card = page.getByTestId('portal-offering').filter({ hasText: TITLE });
    await card.getByTestId('pause-offering').click();
    await card.getByText(`${TITLE} pauzeren?`, { exact: false }).waitFor();
    await card.getByTestId('pause-offering-yes').click();
    await card.getByTestId('offering-status').getByText('Gepauzeerd').waitFor();
    await card.getByTestId('reactivate-offering').click();
    await card.getByTestId('reactivate-offering-yes').click();
    await card.getByTestId('offering-status').getByText('Actief').waitFor();

    // "Nog actueel" for the whole organisation.
    await page.getByTestId('confirm-organisation').click();
    await page.getByText('Bedankt: uw gegevens zijn bevestigd als actueel.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('flags stale offerings in the portal and lists them for the admin', async () => {
    await newOffering(app.db, { organisationId: organisations.EDITOR!, title: STALE_TITLE });
    await app.db.query(
      `UPDATE offering SET last_confirmed_at = now() - interval '400 days' WHERE title = $1`,
      [STALE_TITLE],
    );
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await logInByFetch(page, app.base, EDITOR.email, EDITOR.password);
    await page.goto(`${app.base}/portaal`, { waitUntil: 'domcontentloaded' });
    const card = page.getByTestId('portal-offering').filter({ hasText: STALE_TITLE });
    await card.waitFor({ timeout: 20_000 });
    expect(await card.getByTestId('stale-flag').innerText()).toMatch(/^Niet bevestigd sinds /);
    await card.getByTestId('confirm-offering').click();
    await card.getByTestId('stale-flag').waitFor({ state: 'detached', timeout: 10_000 });
    await context.close();

    // The admin's list (an admin account, signed in the same way).
    await app.db.query(
      `UPDATE offering SET last_confirmed_at = now() - interval '500 days' WHERE title = $1`,
      [STALE_TITLE],
    );
    await createAccountWithPassword(
      app.t,
      SUITE.token,
      { email: 'beheer@partnerwijzer.example.nl', role: 'ADMIN' },
      SUITE.password,
    );
    const admin = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const adminPage = await admin.newPage();
    await logInByFetch(adminPage, app.base, 'beheer@partnerwijzer.example.nl', SUITE.password);
    await adminPage.goto(`${app.base}/beheer/verouderd`, { waitUntil: 'domcontentloaded' });
    await adminPage.getByTestId('stale-offerings').waitFor({ timeout: 20_000 });
    const rows = await adminPage.getByTestId('stale-offering').allInnerTexts();
    const ours = rows.find((r) => r.includes(STALE_TITLE));
    expect(ours).toMatch(/JINC/);
    expect(await seriousViolations(adminPage)).toEqual([]);
    await adminPage.screenshot({ path: join(SHOTS, 'admin-stale-offerings.png'), fullPage: true });

    // The admin opens the partner's portal from the list.
    await adminPage.getByRole('link', { name: 'JINC: Open in het portaal' }).first().click();
    await adminPage.getByRole('heading', { name: 'Partnerportaal: JINC' }).waitFor();
    expect(adminPage.url()).toContain(`organisatie=${organisations.EDITOR}`);
    await admin.close();
  }, 120_000);
});
