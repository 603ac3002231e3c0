import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { REPO_ROOT } from '../../apps/api/src/create-app.js';
import { importSchools } from '../../apps/api/src/modules/imports/school-import.js';
import { browserSkipReason, CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Names and texts from imported or stored data that look like HTML are shown as text: nothing
// runs (window.__pwned stays unset, no dialog opens) and the markup is visible literally.

const skipReason = browserSkipReason();
const SHOTS = join(REPO_ROOT, 'test-results');
if (skipReason) console.warn(`SKIPPED browser tests: missing ${skipReason}`);

const SCHOOL = '<img src=x onerror=window.__pwned=1>De Gevaarlijke School';
const ORGANISATION = '"><svg onload=window.__pwned=2>Stichting Markup';
const TITLE = '<script>window.__pwned=3</script>Workshop Markup';
const DESCRIPTION = '<img src=x onerror=alert(4)> beschrijving met markup';
// (the title and description are stored for the pages that show offerings; this suite checks the
// overview map, its tooltip and its lists)

async function watched(browser: Browser): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}

async function nothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No element built from the data: an injected <img src=x> or <svg onload> would be here.
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
}

(skipReason ? describe.skip : describe)('hostile text from the data, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({
      MAP_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
      MATCH_SYNC_INTERVAL_MS: '200',
    });
    const ds = t.app.get(DataSource);
    // The school through the real import path (a CSV file, as DUO delivers it).
    const dir = mkdtempSync(join(tmpdir(), 'pw-hostile-'));
    const csv = join(dir, 'scholen.csv');
    writeFileSync(
      csv,
      'vestigingscode,instellingscode,vestigingsnummer,name,sector,schoolType,denomination,street,houseNumber,postcode,city,municipalityCode,lat,lon\n' +
        `99XX00,99XX,00,${SCHOOL},PO,BAO,Openbaar,Kade,1,1011AB,Amsterdam,GM0363,52.3950,4.7800\n`,
    );
    const summary = await importSchools(ds, csv);
    expect(summary.rejections).toEqual([]);
    // An organisation and its offering with markup in name, title and description, written
    // with change events as the services write them.
    const [org] = (await ds.query(
      `UPDATE organisation SET name = $1 WHERE name = 'JINC' RETURNING id`,
      [ORGANISATION],
    )) as [{ id: string }[], number];
    const orgId = org[0]!.id;
    const offerings = (await ds.query(
      `UPDATE offering SET title = $2, description = $3
        WHERE id = (SELECT id FROM offering WHERE organisation_id = $1 ORDER BY id LIMIT 1)
        RETURNING id`,
      [orgId, TITLE, DESCRIPTION],
    )) as [{ id: string }[], number];
    await ds.query(
      `INSERT INTO change_event (entity, entity_id, op) VALUES ('ORGANISATION', $1, 'UPSERT'), ('OFFERING', $2, 'UPSERT')`,
      [orgId, offerings[0]![0]!.id],
    );
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  }, 120_000);

  it('overview map: the school dot tooltip, the school list and the partner list show the text literally', async () => {
    const { page, dialogs } = await watched(browser);
    await page.goto(`${base}/overzicht`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-school-points]').waitFor({ timeout: 30_000 });

    // Find the school in the list; the map rings it, then point at its dot.
    await page.getByLabel('Zoek een school').fill('Gevaarlijke');
    const item = page.getByTestId('school-item').filter({ hasText: 'De Gevaarlijke School' });
    await item.waitFor({ timeout: 20_000 });
    expect(await item.innerText()).toContain(SCHOOL);
    await item.getByRole('button').click();
    await page.waitForTimeout(1_000);
    const ring = (await page.locator('path.marker--school').boundingBox())!;
    const dot = { x: ring.x + ring.width / 2, y: ring.y + ring.height / 2 };
    await item.getByRole('button').click();
    await page.getByLabel('Zoek een school').fill('');
    await page.locator('path.marker--school').waitFor({ state: 'detached' });
    await page.mouse.move(dot.x, dot.y);
    const tip = page.locator('.leaflet-tooltip', { hasText: 'De Gevaarlijke School' });
    await tip.waitFor({ timeout: 10_000 });
    expect(await tip.innerText()).toBe(SCHOOL);

    // The partner list names the organisation literally.
    await page.getByText(ORGANISATION, { exact: false }).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500); // an injected onerror would have fired by now
    await page.screenshot({ path: join(SHOTS, 'hostile-text-overview.png') });
    await nothingRan(page, dialogs);
    await page.close();
  }, 120_000);
});
