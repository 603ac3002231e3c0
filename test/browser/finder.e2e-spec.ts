import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations, SHOTS, describeInBrowser } from '../support/browser.js';
import { fillContactForm } from '../support/contact-form-page.js';

const offeringIds = (page: Page) =>
  page
    .getByTestId('result-card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-offering-id')));

/** Polls the list until `ok` holds (results arrive asynchronously after each change). */
async function waitForIds(page: Page, ok: (ids: (string | null)[]) => boolean, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const ids = await offeringIds(page);
    if (ok(ids)) return ids;
    if (Date.now() > end)
      throw new Error(`the result list never got as expected: ${ids.join(', ')}`);
    await page.waitForTimeout(100);
  }
}

const APP_ENV = { MAP_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png' };

// The school leader's flow in Chromium, on the demo data with an unreachable tile server.
describeInBrowser('finder in Chromium', APP_ENV, (app) => {
  it('goes from typing a school name to a stored contact request, by keyboard where it matters', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.base, { waitUntil: 'domcontentloaded' });
    const search = page.getByTestId('school-search');
    await search.waitFor({ timeout: 20_000 });
    await page.getByTestId('need-option').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'finder-search.png') });

    // Autocomplete: type, arrow down, Enter.
    await search.fill('Regenboog');
    await page.getByTestId('school-option').first().waitFor({ timeout: 10_000 });
    await search.press('ArrowDown');
    await search.press('Enter');
    await page.getByTestId('chosen-school').waitFor();
    expect(await page.getByTestId('chosen-school').innerText()).toContain('Schiedam');
    expect(page.url()).toContain('school=ZZ0100');

    // A need, by keyboard: focus its checkbox and press space.
    await page.getByLabel('Extra begeleiding, tutoring, extra leertijd').focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/behoeften=EXTRA_LEERTIJD/);
    await page.getByTestId('bundle').waitFor({ timeout: 10_000 });
    await page.getByTestId('result-card').first().waitFor();
    const all = await page.getByTestId('result-card').count();
    expect(all).toBeGreaterThan(1);
    const firstCard = await page.getByTestId('result-card').first().innerText();
    expect(firstCard).toMatch(/biedt extra leertijd/);
    expect(firstCard).toMatch(/Laatst bevestigd/);
    // Partner markers are drawn without any tile.
    await page.locator('.leaflet-interactive').first().waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'finder-results.png') });

    // Narrow the list as you type.
    await page.getByLabel('Zoek in de resultaten').fill('verlengde schooldag');
    await waitForIds(page, (now) => now.length > 0 && now.length < all);
    const card = page
      .getByTestId('result-card')
      .filter({ hasText: 'Verlengde schooldag: extra leertijd' });
    await card
      .getByRole('button', { name: 'Verlengde schooldag: extra leertijd na school', exact: true })
      .click();
    await page.getByTestId('offering-detail').waitFor();
    await page.waitForURL(/aanbod=/);
    expect(await page.getByTestId('offering-detail').innerText()).toMatch(
      /Stichting Verlengde Schooldag Schiedam/,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // Get in touch: an empty form is refused on the spot, a filled one is stored.
    await page.getByTestId('contact-open').click();
    await page.getByRole('button', { name: 'Verstuur verzoek' }).click();
    await page.getByText('Controleer de gemarkeerde velden.').waitFor();
    await fillContactForm(page, {
      name: 'Fatima de Vries',
      email: 'f.devries@voorbeeldschool.nl',
      message: 'Wij zoeken extra leertijd voor groep 6 tot en met 8.',
    });
    await page.getByTestId('contact-confirmation').waitFor({ timeout: 10_000 });
    const reference = await page.getByTestId('contact-reference').innerText();
    expect(reference).toMatch(/^PW-20\d\d-\d{5}$/);
    // This test app sends no mail (no SMTP_URL), and the confirmation says so.
    expect(await page.getByTestId('contact-outcome').innerText()).toContain(
      'Deze omgeving verstuurt geen e-mail',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'finder-contact-sent.png'), fullPage: true });

    const rows = (await app.db.query(
      `SELECT c.vestigingscode, c.sender_name, c.sender_email, c.status, o.title
           FROM contact_request c JOIN offering o ON o.id = c.offering_id WHERE c.reference = $1`,
      [reference],
    )) as Record<string, string>[];
    expect(rows).toEqual([
      {
        vestigingscode: 'ZZ0100',
        sender_name: 'Fatima de Vries',
        sender_email: 'f.devries@voorbeeldschool.nl',
        status: 'REQUESTED',
        title: 'Verlengde schooldag: extra leertijd na school',
      },
    ]);

    // Back closes the detail and shows the same list again.
    await page.goBack();
    await page.getByTestId('result-card').first().waitFor();
    expect(page.url()).not.toContain('aanbod=');
    await page.close();
  }, 60_000);

  it('reproduces the same results from a shared URL, and back/forward restore the choices', async () => {
    const shared = `${app.base}/?school=ZZ0100&behoeften=EXTRA_LEERTIJD,OUDERBETROKKENHEID&voor=PUPILS,PARENTS`;
    const first = await app.browser.newPage();
    await first.goto(shared, { waitUntil: 'domcontentloaded' });
    await first.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    const ids = await offeringIds(first);

    // Another browser context (no shared cache or storage) opens the same link.
    const context = await app.browser.newContext();
    const second = await context.newPage();
    await second.goto(shared, { waitUntil: 'domcontentloaded' });
    await second.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    expect(await offeringIds(second)).toEqual(ids);
    expect(await second.getByLabel('Ouderbetrokkenheid').isChecked()).toBe(true);
    expect(await second.getByLabel('Ouders').isChecked()).toBe(true);

    // The same order as the API gives for the same input.
    const api = await app.t.gql<{ matchPartners: { matches: { offeringId: string }[] } }>(
      `query ($input: MatchPartnersInput!) { matchPartners(input: $input) { matches { offeringId } } }`,
      {
        input: {
          vestigingscode: 'ZZ0100',
          needs: [{ code: 'EXTRA_LEERTIJD' }, { code: 'OUDERBETROKKENHEID' }],
          targetGroups: ['PUPILS', 'PARENTS'],
          limit: 100,
        },
      },
    );
    expect(ids).toEqual(api.data!.matchPartners.matches.map((m) => m.offeringId));

    // A filter is a history entry: back undoes it, forward redoes it, reload keeps it.
    await second.getByLabel('Alleen gratis aanbod').check();
    await second.waitForURL(/gratis=1/);
    await waitForIds(second, (now) => JSON.stringify(now) !== JSON.stringify(ids));
    const free = await offeringIds(second);
    await second.goBack();
    await second.waitForURL((url) => !url.search.includes('gratis'));
    expect(await second.getByLabel('Alleen gratis aanbod').isChecked()).toBe(false);
    await waitForIds(second, (now) => JSON.stringify(now) === JSON.stringify(ids));
    await second.goForward();
    await second.waitForURL(/gratis=1/);
    await second.reload({ waitUntil: 'domcontentloaded' });
    await second.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    expect(await offeringIds(second)).toEqual(free);
    expect(await second.getByLabel('Alleen gratis aanbod').isChecked()).toBe(true);
    await second.screenshot({ path: join(SHOTS, 'finder-shared-url.png') });
    await first.close();
    await context.close();
  }, 60_000);

  it('switches to English, reasons included', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.base}/?school=ZZ0100&behoeften=EXTRA_LEERTIJD`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    await page.getByTestId('lang-switch').click();
    // English is a chunk of its own, loaded on the switch (decision 0015); a selector, as
    // waitForFunction evaluates a string in the page, which the CSP refuses.
    await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 5_000 });
    await page.getByRole('heading', { name: 'Find partners for your school' }).waitFor();
    const card = await page.getByTestId('result-card').first().innerText();
    expect(card).toMatch(/offers extra support/i);
    expect(card).toMatch(/Last confirmed/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'finder-results-en.png') });
    await context.close();
  }, 60_000);
});
