import type { Page } from 'playwright-core';
import { describeInBrowser, seriousViolations } from '../support/browser.js';

// Every map of the web app is one tab stop (its container, named) plus Leaflet's zoom buttons
// and attribution links: a marker never is. The list or table next to each map (the needs
// table, the coverage matrix, the finder's results, the overview's lists) is the keyboard and
// screen-reader route to the same schools and partners, so a marker in the tab order would be a
// silent stop (an SVG path has no name) between the map and its list.

/**
 * The tab stops from the map `testId` until the keyboard leaves it: per stop its tag and its
 * accessible name as far as the DOM gives one (aria-label, else its text, else its title).
 */
async function tabStopsInMap(page: Page, testId: string): Promise<string[]> {
  const map = page.getByTestId(testId);
  await map.scrollIntoViewIfNeeded();
  await map.focus();
  const stops: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const stop = (await page.evaluate(`(() => {
      const e = document.activeElement;
      const map = document.querySelector('[data-testid="${testId}"]');
      if (!e || !map.contains(e)) return null;
      const name = (e.getAttribute('aria-label') || e.textContent || e.getAttribute('title') || '').trim();
      return e.tagName.toLowerCase() + ': ' + (name || '(no name)');
    })()`)) as string | null;
    if (stop === null) return stops;
    stops.push(stop);
  }
  throw new Error(`more than 60 tab stops in ${testId}: ${stops.slice(0, 5).join(', ')}, …`);
}

/** The tab stops a map may have: Leaflet's zoom buttons and its attribution links, all named. */
const LEAFLET_CONTROLS = /^a: (Zoom in|Zoom out|Inzoomen|Uitzoomen|Leaflet|.*OpenStreetMap.*)$/;

describeInBrowser('map markers and the keyboard', {}, (app) => {
  it("the municipality view's needs map and coverage map: no marker in the tab order", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${app.base}/gemeente?code=GM0606`, { waitUntil: 'domcontentloaded' });
    // The needs are computed on the first visit: more time than the neighbours' 20 s.
    await page.getByTestId('needs-map').waitFor({ timeout: 60_000 });
    await page.getByTestId('municipality-map').waitFor({ timeout: 30_000 });
    await page.getByTestId('matrix-row').first().waitFor({ timeout: 30_000 });
    for (const map of ['needs-map', 'municipality-map']) {
      // The schools are drawn (and still name themselves to a pointer, by their tooltip).
      expect(
        await page.locator(`[data-testid="${map}"] path.leaflet-interactive`).count(),
      ).toBeGreaterThan(0);
      const stops = await tabStopsInMap(page, map);
      expect({ map, stops: stops.filter((s) => !LEAFLET_CONTROLS.test(s)) }).toEqual({
        map,
        stops: [],
      });
    }
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);

  it("the finder's map and the overview map: no marker in the tab order either", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${app.base}/?school=ZZ0100&behoeften=EXTRA_LEERTIJD`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    await page.locator('.leaflet-interactive').first().waitFor({ timeout: 10_000 });
    const finderMap = (await page
      .locator('.leaflet-container')
      .first()
      .getAttribute('data-testid')) as string;
    expect((await tabStopsInMap(page, finderMap)).filter((s) => !LEAFLET_CONTROLS.test(s))).toEqual(
      [],
    );

    await page.goto(`${app.base}/overzicht`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('school-item').first().waitFor({ timeout: 20_000 });
    await page.locator('.leaflet-interactive').first().waitFor({ timeout: 10_000 });
    expect((await tabStopsInMap(page, 'map')).filter((s) => !LEAFLET_CONTROLS.test(s))).toEqual([]);
    await context.close();
  }, 90_000);
});
