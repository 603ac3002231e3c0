import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  focusedBecomes,
  overflowingElements,
  seriousViolations,
  SHOTS,
} from '../support/browser.js';
import { describeInBrowserWithGeocoder } from '../support/browser-geocoder.js';
import type { TestApp } from '../support/test-app.js';

const NEEDS = 'EXTRA_LEERTIJD';
const ADDRESS = 'Broersvest 5, 3111EA Schiedam';

interface ApiMatch {
  offeringId: string;
  distanceKm: number | null;
}

const offeringIds = (page: Page) =>
  page
    .getByTestId('result-card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-offering-id')));

/** "3,2 km" as the finder writes a distance in Dutch. */
const dutchKm = (km: number) => `${km.toLocaleString('nl-NL')} km`;

// "Search from an address or my location" (issue 16, point 2): a typed address through the
// geocoder (a local server with PDOK Locatieserver documents), the browser's location, the
// link that reproduces both, and a finder that keeps working when the geocoder is down.
describeInBrowserWithGeocoder(
  'finder from an address or my location (Chromium)',
  {},
  (app, pdok) => {
    let t: TestApp;
    let browser: Browser;
    let base: string;
    const contexts: BrowserContext[] = [];

    async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 850 },
        ...options,
      });
      contexts.push(context);
      return context.newPage();
    }

    async function apiMatches(lat: number, lng: number): Promise<ApiMatch[]> {
      const answer = await t.gql<{ matchPartners: { matches: ApiMatch[] } }>(
        `query ($input: MatchPartnersInput!) {
         matchPartners(input: $input) { matches { offeringId distanceKm } }
       }`,
        { input: { location: { lat, lng }, needs: [{ code: NEEDS }], limit: 100 } },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.matchPartners.matches;
    }

    /** Waits for the list and checks it is the API's answer for the point, distances included. */
    async function expectResultsFrom(page: Page, lat: number, lng: number): Promise<string[]> {
      const expected = await apiMatches(lat, lng);
      expect(expected.length).toBeGreaterThan(0);
      await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
      const ids = await offeringIds(page);
      expect(ids).toEqual(expected.map((m) => m.offeringId));
      const measured = expected.find((m) => m.distanceKm !== null);
      expect(measured).toBeDefined();
      const card = page.locator(
        `[data-testid="result-card"][data-offering-id="${measured!.offeringId}"]`,
      );
      expect(await card.innerText()).toContain(dutchKm(measured!.distanceKm!));
      return ids as string[];
    }

    async function openPlacePicker(page: Page) {
      await page.getByTestId('place-picker').waitFor({ timeout: 20_000 });
      await page.getByText('Zoek vanaf een adres of mijn locatie').click();
      const search = page.getByRole('combobox', { name: 'Adres, postcode of plaats' });
      await search.waitFor();
      return search;
    }

    beforeAll(() => {
      ({ t, browser, base } = app);
    }, 10_000);

    afterEach(async () => {
      pdok().mode = 'ok';
      for (const context of contexts.splice(0)) await context.close();
    }, 30_000);

    it('types an address, picks the suggestion by keyboard, and a shared link shows the same results', async () => {
      const page = await newPage();
      await page.goto(`${base}/?behoeften=${NEEDS}`, { waitUntil: 'domcontentloaded' });
      const search = await openPlacePicker(page);
      await search.fill('Broersvest 5 Schiedam');
      await page.getByTestId('place-option').first().waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('place-option').allInnerTexts()).toEqual([
        ADDRESS,
        'Broersvest, Schiedam',
      ]);
      expect(await search.getAttribute('aria-expanded')).toBe('true');
      await page.getByText('2 adressen gevonden; kies met pijltjes en Enter').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await search.press('ArrowDown');
      expect(await search.getAttribute('aria-activedescendant')).toMatch(/option-0$/);
      await search.press('Enter');

      const chosen = page.getByTestId('chosen-place');
      await chosen.waitFor();
      expect(await chosen.innerText()).toContain(ADDRESS);
      // Focus moved to what was chosen (the search box is gone).
      expect(await focusedBecomes(page, 'e.dataset.testid', 'chosen-place')).toBe('chosen-place');
      await page.waitForURL(/punt=51\.91713,4\.39923/);
      expect(new URL(page.url()).searchParams.get('adres')).toBe(ADDRESS);
      await page.getByRole('heading', { name: `Partners vanaf ${ADDRESS}` }).waitFor();
      const ids = await expectResultsFrom(page, 51.91713, 4.39923);
      // Distances are measured from the address: nearest first agrees with the API's order.
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, 'finder-place-address.png') });
      expect(pdok().requests.map((u) => u.searchParams.get('q'))).toContain(
        'Broersvest 5 Schiedam',
      );

      // The link in another browser context: same point, same list, no address search needed.
      const asked = pdok().requests.length;
      const shared = await newPage();
      const matchRequests: string[] = [];
      shared.on('request', (request) => {
        const body = request.postData() ?? '';
        if (body.includes('"operationName":"FinderMatchPartners"')) matchRequests.push(body);
      });
      await shared.goto(page.url(), { waitUntil: 'domcontentloaded' });
      await shared.getByTestId('chosen-place').waitFor({ timeout: 20_000 });
      expect(await shared.getByTestId('chosen-place').innerText()).toContain(ADDRESS);
      expect(await expectResultsFrom(shared, 51.91713, 4.39923)).toEqual(ids);
      expect(pdok().requests.length).toBe(asked);
      // Started before React rendered (prefetch.ts) and reused by the finder: asked once.
      expect(matchRequests).toHaveLength(1);
      expect(matchRequests[0]).toContain('"location":{"lat":51.91713,"lng":4.39923}');

      // "Another address or school" goes back to choosing; a school replaces the place.
      await shared.getByRole('button', { name: 'Ander adres of school kiezen' }).click();
      await shared.waitForURL((url) => !url.search.includes('punt='));
      await shared.getByTestId('school-search').fill('Regenboog');
      await shared.getByTestId('school-option').first().click({ timeout: 10_000 });
      await shared.getByTestId('chosen-school').waitFor();
      expect(shared.url()).toContain('school=ZZ0100');
      expect(shared.url()).not.toContain('punt=');
    }, 120_000);

    it('uses the browser location when allowed, and says so when it is refused', async () => {
      const page = await newPage({
        geolocation: { latitude: 51.9171, longitude: 4.4011 },
        permissions: ['geolocation'],
      });
      await page.goto(`${base}/?behoeften=${NEEDS}`, { waitUntil: 'domcontentloaded' });
      await openPlacePicker(page);
      await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
      const chosen = page.getByTestId('chosen-place');
      await chosen.waitFor({ timeout: 15_000 });
      // Rounded to about 100 m; no address for a location.
      expect(await chosen.innerText()).toContain('punt 51,917 N, 4,401 O');
      await page.waitForURL(/punt=51\.917,4\.401/);
      expect(page.url()).not.toContain('adres=');
      await expectResultsFrom(page, 51.917, 4.401);
      expect(await seriousViolations(page)).toEqual([]);

      const refused = await newPage();
      await refused.context().clearPermissions();
      await refused.goto(`${base}/?behoeften=${NEEDS}`, { waitUntil: 'domcontentloaded' });
      await openPlacePicker(refused);
      await refused.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
      await refused
        .getByTestId('location-status')
        .getByText(/toestemming|niet worden bepaald/)
        .waitFor({ timeout: 20_000 });
      expect(await refused.getByTestId('location-status').innerText()).toMatch(
        /U gaf geen toestemming om uw locatie te gebruiken\. Typ een adres of kies hierboven uw school\.|Uw locatie kon niet worden bepaald\./,
      );
      expect(await refused.getByTestId('chosen-place').count()).toBe(0);
    }, 120_000);

    it('gives visible help when an address finds nothing', async () => {
      const page = await newPage();
      await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
      const search = await openPlacePicker(page);
      await search.fill('Xyzzystraat 12');
      const none = page.getByTestId('place-none');
      await none.waitFor({ timeout: 10_000 });
      expect(await none.innerText()).toMatch(/Geen adres gevonden[\s\S]*postcode \(1234 AB\)/);
      expect(await search.getAttribute('aria-expanded')).toBe('false');
      expect(await seriousViolations(page)).toEqual([]);
    }, 60_000);

    it('says the geocoder is down, and the finder still works by school', async () => {
      pdok().mode = 'error';
      const page = await newPage();
      await page.goto(`${base}/?behoeften=${NEEDS}`, { waitUntil: 'domcontentloaded' });
      const search = await openPlacePicker(page);
      await search.fill('Broersvest 5 Schiedam');
      const problem = page.getByTestId('place-problem');
      await problem.getByText(/adreszoeker is niet bereikbaar/).waitFor({ timeout: 10_000 });
      expect(await problem.innerText()).toMatch(/kies hierboven uw school/);
      expect(await seriousViolations(page)).toEqual([]);

      // No answer at all (offline): the same advice, not a broken page.
      await page.route('**/graphql', async (route) => {
        if (route.request().postData()?.includes('"operationName":"Geocode"')) await route.abort();
        else await route.continue();
      });
      await search.fill('Stationsplein 1 Utrecht');
      await problem.getByText(/Adressen zoeken lukt nu niet/).waitFor({ timeout: 10_000 });

      await page.getByTestId('school-search').fill('Regenboog');
      await page.getByTestId('school-option').first().click({ timeout: 10_000 });
      await page.getByTestId('chosen-school').waitFor();
      await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('result-card').count()).toBeGreaterThan(0);
    }, 120_000);

    it('fits a phone (390 px and 320 px) with the suggestions open: no sideways scroll, axe clean', async () => {
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 320, height: 700 },
      ]) {
        const page = await newPage({ viewport, isMobile: true, hasTouch: true });
        await page.goto(`${base}/?behoeften=${NEEDS}`, { waitUntil: 'domcontentloaded' });
        const search = await openPlacePicker(page);
        await search.fill('Broersvest 5 Schiedam');
        await page.getByTestId('place-option').first().waitFor({ timeout: 10_000 });
        expect({ viewport, wide: await overflowingElements(page) }).toEqual({ viewport, wide: [] });
        const sizes = await page
          .locator(
            '[data-testid="place-option"], [data-testid="use-location"], .place-picker summary',
          )
          .evaluateAll((els) =>
            els.map((e) => {
              const r = e.getBoundingClientRect();
              return Math.min(r.width, r.height);
            }),
          );
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
        expect(await seriousViolations(page)).toEqual([]);
        await page.getByTestId('place-option').first().tap();
        await page.getByTestId('chosen-place').waitFor();
        await page.getByTestId('results-jump').waitFor({ timeout: 20_000 });
        expect({ viewport, wide: await overflowingElements(page) }).toEqual({ viewport, wide: [] });
        if (viewport.width === 320) {
          await page.screenshot({ path: join(SHOTS, 'finder-place-320.png'), fullPage: true });
        }
      }
    }, 120_000);
  },
);
