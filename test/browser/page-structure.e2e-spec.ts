import type { Page } from 'playwright-core';
import {
  loggedInPage,
  overflowingElements,
  PHONE,
  suiteAccounts,
  violationsAtLeast,
} from '../support/browser-accounts.js';

const SUITE = suiteAccounts('page-structure', 'een lang wachtwoord voor de structuur', {
  STAFF: { role: 'SCHOOL_STAFF', schoolCodes: ['ZZ0100', 'ZZ0101'] },
  OFFICER: { role: 'MUNICIPALITY_OFFICER', municipalityCodes: ['GM0606'] },
  ADMIN: { role: 'ADMIN' },
});
const { STAFF, OFFICER, ADMIN } = SUITE.people;

/** What axe finds of moderate impact or more (text outside every landmark, no h1, two landmarks
 * of one name, …) and what reaches past the phone's right edge: both expected to be nothing. */
async function problems(page: Page): Promise<{ axe: string[]; overflow: string[] }> {
  return {
    axe: await violationsAtLeast(page, 'moderate'),
    overflow: await overflowingElements(page),
  };
}

const CLEAN = { axe: [], overflow: [] };

/** Opens `url` and waits for its h1 named `heading`. */
async function openAt(page: Page, url: string, heading: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 20_000 });
}

// The pages a visitor and each role reach, on a phone, checked for the structure a screen
// reader user moves by (every text in a landmark, one h1, landmarks named apart), for a way
// forward where a page has nothing to show, and for a page no wider than the phone.
SUITE.describeInBrowser('page structure in Chromium', (app) => {
  /** A visitor's page on a phone that has opened each of `pages` (path, h1) and found it clean. */
  async function visitorVisiting(pages: readonly (readonly [string, string])[]): Promise<Page> {
    const page = await (await app.browser.newContext({ viewport: PHONE })).newPage();
    for (const [path, heading] of pages) {
      await openAt(page, `${app.base}${path}`, heading);
      await page.getByTestId('demo-banner').waitFor({ timeout: 20_000 });
      expect({ path, ...(await problems(page)) }).toEqual({ path, ...CLEAN });
    }
    return page;
  }

  it('public pages keep the demo banner in a landmark and have one h1', async () => {
    const page = await visitorVisiting([
      ['/', 'Vind partners voor uw school'],
      ['/over', 'Over Partnerwijzer'],
      ['/inloggen', 'Inloggen'],
    ]);
    expect(
      await page.getByRole('complementary', { name: 'Voorbeelddata' }).textContent(),
    ).toContain('de scholen zijn fictief');
    await page.context().close();
  }, 120_000);

  it('the school page without a (known) school has a heading and links onward', async () => {
    for (const [path, heading] of [
      ['/school', 'Geen school gekozen'],
      ['/school?code=ZZ9999', 'School niet gevonden'],
    ] as const) {
      const page = await visitorVisiting([[path, heading]]);
      expect(
        await page.getByRole('link', { name: 'Bekijk de scholen op de overzichtskaart' }).count(),
      ).toBe(1);
      await page.getByRole('link', { name: 'Zoek een school in de zoekhulp' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vind partners voor uw school' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      await page.context().close();
    }
  }, 120_000);

  it('staff of two schools: the profile sections are named apart, accepted requests once', async () => {
    const { context, page } = await loggedInPage(app, STAFF, /\/mijn-school/, PHONE);
    const profiles = page.locator('section.needs-editor');
    await page
      .getByRole('region', { name: /Behoefteprofiel.*Vlinderhof/ })
      .waitFor({ timeout: 20_000 });
    expect(await profiles.count()).toBe(2);
    expect(await page.getByRole('region', { name: /Behoefteprofiel.*De Regenboog/ }).count()).toBe(
      1,
    );
    expect(await problems(page)).toEqual(CLEAN);

    await page.goto(`${app.base}/samenwerkingen`, { waitUntil: 'domcontentloaded' });
    await page
      .getByText('Geen geaccepteerde aanvragen zonder samenwerking.')
      .waitFor({ timeout: 20_000 });
    await page
      .getByTestId('collaborations-page')
      .getByText(/samenwerkingen vastgelegd/)
      .waitFor();
    expect(await page.getByTestId('accepted-requests').count()).toBe(1);
    expect(await problems(page)).toEqual(CLEAN);
    await context.close();
  }, 120_000);

  it('an officer: the agreements page without a municipality has a heading; the needs in English fit', async () => {
    const { context, page } = await loggedInPage(app, OFFICER, /\/gemeente/, PHONE);
    await openAt(page, `${app.base}/gemeente/afspraken`, 'LEA-afspraken');
    expect(
      await page.getByRole('link', { name: 'Kies een gemeente via de gemeentepagina.' }).count(),
    ).toBe(1);
    expect(await problems(page)).toEqual(CLEAN);

    await page.evaluate(`localStorage.setItem('partnerwijzer.lang', 'en')`);
    await page.goto(`${app.base}/gemeente?code=GM0606`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('scenario-candidate').first().waitFor({ timeout: 30_000 });
    const comparison = page.getByTestId('needs-comparison');
    expect(await comparison.getByRole('rowheader', { name: 'Netherlands' }).count()).toBe(1);
    await page.getByText('How are similar municipalities chosen?').click();
    const rule = await page.locator('.needs__how p').textContent();
    expect(rule).toMatch(/^The \d+ municipalities closest to this one/);
    // The scenario's method in English too (the API gave only the Dutch sentence).
    await page.getByTestId('scenarios').getByRole('button', { name: 'Compute' }).click();
    await page.getByTestId('scenario-result').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('scenario-mode').innerText()).toMatch(
      /^exact: Exact: this is the best possible choice/,
    );
    expect(await overflowingElements(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('the outdated offerings table scrolls inside its own region on a phone', async () => {
    const { context, page } = await loggedInPage(app, ADMIN, /\/beheer/, PHONE);
    await page.goto(`${app.base}/beheer/verouderd`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('stale-offering').first().waitFor({ timeout: 20_000 });
    expect(await problems(page)).toEqual(CLEAN);
    const region = page.getByRole('region', { name: /Verouderd aanbod met organisatie/ });
    const wider = await region.evaluate(
      (e: { scrollWidth: number; clientWidth: number }) => e.scrollWidth > e.clientWidth,
    );
    expect(wider).toBe(true);
    await context.close();
  }, 120_000);
});
