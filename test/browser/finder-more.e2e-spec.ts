import { join } from 'node:path';
import { describeInBrowser, focusedBecomes, seriousViolations, SHOTS } from '../support/browser.js';
import { fillContactForm } from '../support/contact-form-page.js';

/** Page coordinates of a pixel drawn in the school-dot colour on the map's dot canvas. */
const FIND_SCHOOL_DOT = `(() => {
  const canvas = document.querySelector('.leaflet-schoolPoints-pane canvas');
  const map = document.querySelector('[data-testid="map"]').getBoundingClientRect();
  if (!canvas) return null;
  const rect = canvas.getBoundingClientRect();
  const scale = rect.width / canvas.width;
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  for (let y = 0; y < canvas.height; y += 1) {
    for (let x = 0; x < canvas.width; x += 1) {
      const i = (y * canvas.width + x) * 4;
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a > 200 && Math.abs(r - 29) < 30 && Math.abs(g - 78) < 30 && Math.abs(b - 216) < 30) {
        const px = rect.left + x * scale;
        const py = rect.top + y * scale;
        const inside = px > map.left + 60 && px < map.right - 10 && py > map.top + 60 && py < map.bottom - 40;
        if (inside) return { x: px + 2 * scale, y: py + 2 * scale };
      }
    }
  }
  return null;
})()`;

const APP_ENV = {
  MAP_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
  RATE_LIMIT_CONTACT_PER_EMAIL: '1',
};

// More of the school leader's flow: picking a school on the map, where keyboard focus goes,
// the text filter in the shared URL, and the contact form's rate-limit message.
describeInBrowser('finder in Chromium: map, focus, URL and limits', APP_ENV, (app) => {
  it('picks a school by clicking its dot; focus moves to the chosen school and back', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.base, { waitUntil: 'domcontentloaded' });
    await page.locator('.leaflet-schoolPoints-pane canvas').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300); // the canvas is drawn on the next animation frame
    const dot = (await page.evaluate(FIND_SCHOOL_DOT)) as { x: number; y: number } | null;
    expect(dot).not.toBeNull();
    await page.mouse.move(dot!.x, dot!.y);
    await page.locator('.leaflet-tooltip').waitFor({ timeout: 5_000 });
    await page.mouse.click(dot!.x, dot!.y);
    await page.getByTestId('chosen-school').waitFor({ timeout: 10_000 });
    expect(page.url()).toMatch(/school=ZZ\d{4}/);
    // The chosen school has focus; its "choose another" button is the next stop.
    expect(await focusedBecomes(page, 'e.dataset.testid', 'chosen-school')).toBe('chosen-school');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('school-search').waitFor();
    expect(await focusedBecomes(page, 'e.dataset.testid', 'school-search')).toBe('school-search');
    expect(page.url()).not.toContain('school=');

    // Typing a school and choosing it by keyboard lands on the chosen school too.
    await page.keyboard.type('Regenboog');
    await page.getByTestId('school-option').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTestId('chosen-school').waitFor();
    expect(await focusedBecomes(page, 'e.dataset.testid', 'chosen-school')).toBe('chosen-school');
    await page.close();
  }, 60_000);

  it('keeps the text that narrows the results in the URL, without a history entry per key', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.base}/?school=ZZ0100&behoeften=EXTRA_LEERTIJD`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    const all = await page.getByTestId('result-card').count();
    const historyBefore = (await page.evaluate('history.length')) as number;
    await page.getByLabel('Zoek in de resultaten').pressSequentially('verlengde', { delay: 20 });
    await page.waitForURL(/zoek=verlengde/);
    expect(await page.evaluate('history.length')).toBe(historyBefore);
    const narrowed = await page.getByTestId('result-card').count();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);

    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Zoek in de resultaten').inputValue()).toBe('verlengde');
    expect(await page.getByTestId('result-card').count()).toBe(narrowed);
    await page.close();
  }, 60_000);

  it('tells the sender plainly when they sent too many contact requests, and stores nothing more', async () => {
    const match = await app.t.gql<{ matchPartners: { matches: { offeringId: string }[] } }>(
      `query ($input: MatchPartnersInput!) { matchPartners(input: $input) { matches { offeringId } } }`,
      { input: { vestigingscode: 'ZZ0100', limit: 100 } },
    );
    const [first, second] = match.data!.matchPartners.matches.map((m) => m.offeringId);
    const email = 'ib@limiet-school.nl';
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });

    const ask = async (offeringId: string) => {
      await page.goto(`${app.base}/?school=ZZ0100&aanbod=${offeringId}`, {
        waitUntil: 'domcontentloaded',
      });
      await page.getByTestId('contact-open').click({ timeout: 20_000 });
      await fillContactForm(page, {
        name: 'Intern begeleider',
        email,
        message: 'Wij willen graag kennismaken.',
      });
    };

    // The detail view with the form open and its errors shown passes axe.
    await page.goto(`${app.base}/?school=ZZ0100&aanbod=${first}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('contact-open').click({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Verstuur verzoek' }).click();
    await page.getByText('Controleer de gemarkeerde velden.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await ask(first!);
    await page.getByTestId('contact-confirmation').waitFor({ timeout: 10_000 });
    await ask(second!);
    const alert = page.getByRole('alert').filter({ hasText: 'contactverzoeken verstuurd' });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.innerText()).toMatch(/Probeer het over 60 minuten opnieuw/);
    expect(await page.getByTestId('contact-confirmation').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'finder-contact-rate-limited.png'), fullPage: true });

    const rows = (await app.db.query(
      `SELECT offering_id FROM contact_request WHERE sender_email = $1`,
      [email],
    )) as {
      offering_id: string;
    }[];
    expect(rows.map((r) => r.offering_id)).toEqual([first]);
    await page.close();
  }, 90_000);
});
