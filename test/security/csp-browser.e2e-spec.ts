import { jest } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { browserSkipReason, CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(180_000);

const skipReason = browserSkipReason();
if (skipReason) console.warn(`SKIPPED browser tests: missing ${skipReason}`);

// The Content-Security-Policy must let the built web client run, with its map tiles from the
// configured host, and block everything else. Violations are collected in the page itself.
(skipReason ? describe.skip : describe)('CSP with the built web client in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    // An unreachable tile host: requests are made (CSP allows them) and fail, as offline.
    t = await startTestApp({ MAP_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png' });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  }, 60_000);

  async function open(path: string): Promise<{ page: Page; tileRequests: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Plain script text: this file is compiled without the DOM types.
    await page.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    });
    const tileRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith('http://127.0.0.1:9/')) tileRequests.push(r.url());
    });
    await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
    return { page, tileRequests };
  }

  const violations = (page: Page) => page.evaluate('window.cspViolations') as Promise<string[]>;

  it('runs the overview map with its tiles and no violation; a foreign image is blocked', async () => {
    const { page, tileRequests } = await open('/overzicht');
    await page.getByTestId('school-item').first().waitFor({ timeout: 30_000 });
    await page.locator('.leaflet-interactive').first().waitFor({ timeout: 20_000 });
    await page.getByTestId('tile-notice').waitFor({ timeout: 20_000 });
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    // The policy is really in force: an image from another host is refused and reported.
    await page.evaluate(`{
      const img = document.createElement('img');
      img.src = 'http://127.0.0.2:9/elders.png';
      document.body.append(img);
    }`);
    await page.waitForFunction('window.cspViolations.length > 0', undefined, { timeout: 10_000 });
    expect(await violations(page)).toEqual(['img-src http://127.0.0.2:9/elders.png']);
    await page.close();
  });

  it('runs the finder start page without a violation', async () => {
    const { page } = await open('/');
    await page.locator('#root *').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
