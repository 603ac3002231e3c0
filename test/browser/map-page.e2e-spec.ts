import { join } from 'node:path';
import { SHOTS, describeInBrowser } from '../support/browser.js';
import { pointAtSchoolDot } from '../support/overview-map-page.js';

// Tiles point at an unreachable address (the browser app's own default): the map must work
// without a background.
describeInBrowser('overview map page in Chromium', {}, (app) => {
  it('shows the map, the demo banner and the lists of schools and partners', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The directory map moved to /overzicht; the school leader's finder is the start page.
    await page.goto(`${app.base}/overzicht`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('school-item').first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('map').isVisible()).toBe(true);
    expect(await page.getByTestId('demo-banner').isVisible()).toBe(true);
    expect(await page.getByTestId('school-item').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    // Markers are drawn even though no tile can load.
    await page.locator('.leaflet-interactive').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('.leaflet-interactive').count()).toBeGreaterThanOrEqual(10);
    await page.getByTestId('tile-notice').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SHOTS, 'map-page.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('draws every school as a dot on one canvas; pointing names a school, a click picks it', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.base}/overzicht`, { waitUntil: 'domcontentloaded' });
    const area = page.locator('[data-school-points]');
    await area.waitFor({ timeout: 20_000 });
    const total = await app.t.gql<{ schools: { totalCount: number } }>(
      `{ schools(first: 1) { totalCount } }`,
    );
    expect(Number(await area.getAttribute('data-school-points'))).toBe(
      total.data!.schools.totalCount,
    );
    expect(await page.locator('.leaflet-schoolPoints-pane canvas').count()).toBe(1);
    expect(await page.getByTestId('school-points-status').innerText()).toMatch(
      /Alle \d+ scholen staan als punt op de kaart/,
    );

    // Choose a school in the list: the map moves to it and rings it. Close it again and
    // point at the same spot: only its dot is left there.
    const item = page.getByTestId('school-item').filter({ hasText: 'De Regenboog' });
    await page.getByLabel('Zoek een school').fill('Regenboog');
    const dot = await pointAtSchoolDot(page, item);
    await page.locator('.leaflet-tooltip', { hasText: 'Voorbeeldschool De Regenboog' }).waitFor();
    await page.mouse.click(dot.x, dot.y);
    const picked = page.getByTestId('school-item').filter({ hasText: 'De Regenboog' });
    await picked.getByText('ZZ0100').waitFor({ timeout: 5_000 });
    expect(await picked.getByRole('button').getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Zoek een school').inputValue()).toBe('ZZ0100');
    await page.screenshot({ path: join(SHOTS, 'map-page-school-points.png') });
    await page.close();
  }, 60_000);

  it('fetches the offerings of the partner opened and draws its areas (the list holds none)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const asked: string[] = [];
    page.on('request', (r) => {
      const name = /"operationName":"(\w+)"/.exec(r.postData() ?? '')?.[1];
      if (name) asked.push(name);
    });
    await page.goto(`${app.base}/overzicht`, { waitUntil: 'domcontentloaded' });
    const partner = page.getByTestId('partner-item').filter({ hasText: 'Brede School Academie' });
    await partner.waitFor({ timeout: 20_000 });
    // The list shows each partner's kinds of intervention without its offerings.
    expect(await partner.locator('.tag').count()).toBeGreaterThan(0);
    expect(asked).not.toContain('MapPartner');
    await partner.getByRole('button').first().click();
    await partner.locator('.offering .coverage-list li').first().waitFor({ timeout: 20_000 });
    expect(asked).toContain('MapPartner');
    // Its radius or polygon is drawn (not interactive, unlike the markers).
    await page
      .locator('.leaflet-overlay-pane path:not(.leaflet-interactive)')
      .first()
      .waitFor({ state: 'attached', timeout: 10_000 });
    await page.close();
  }, 60_000);

  it('switches to English', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.base, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('lang-switch').first().waitFor({ timeout: 20_000 });
    await page.getByTestId('lang-switch').first().click();
    // English is a chunk of its own, loaded on the switch (decision 0015); a selector, as
    // waitForFunction evaluates a string in the page, which the CSP refuses.
    await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 5_000 });
    await page.screenshot({ path: join(SHOTS, 'map-page-en.png') });
    await page.close();
  }, 60_000);

  it('shows the sources page', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.base}/over`, { waitUntil: 'domcontentloaded' });
    await page.getByText('DUO Open Onderwijsdata').first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(SHOTS, 'sources-page.png') });
    await page.close();
  }, 60_000);
});
