import { schoolYearOf } from '@partnerwijzer/domain';
import { logInByFetch, PHONE, suiteAccounts } from '../support/browser-accounts.js';

const SCHOOL = 'ZZ0100'; // Voorbeeldschool De Regenboog (BAO, Schiedam)
const SUITE = suiteAccounts('school-leader-searches', 'een goed wachtwoord voor de directeur', {
  STAFF: { role: 'SCHOOL_STAFF', schoolCodes: [SCHOOL] },
});
const { STAFF } = SUITE.people;

// A school leader's own searches and profile, as found by trying the product from outside: a
// saved search reopens as it was saved (with its groepen and filters), in the reader's
// language; and what is typed in the needs profile survives a look at the other school year.
SUITE.describeInBrowser('a school leader’s saved searches and profile (Chromium)', (app) => {
  it('a search saved with conditions reopens from "Mijn zoekopdrachten" with every condition, described in English on the English page', async () => {
    const context = await app.browser.newContext({ viewport: PHONE, hasTouch: true });
    const page = await context.newPage();
    await logInByFetch(page, app.base, STAFF.email, STAFF.password);
    const conditions = 'groep=3-5&gratis=1&afstand=10&vorm=ter-plaatse';
    await page.goto(`${app.base}/?school=${SCHOOL}&behoeften=TAAL_LEZEN&${conditions}`, {
      waitUntil: 'domcontentloaded',
    });
    const status = page.getByTestId('result-status');
    await status.filter({ hasText: /gevonden/ }).waitFor({ timeout: 20_000 });
    const countWhenSaved = await status.innerText();
    const save = page.getByRole('button', { name: 'Bewaar zoekopdracht' });
    await save.focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('save-search-status')
      .filter({ hasText: 'Bewaard' })
      .waitFor({ timeout: 15_000 });

    await page.goto(`${app.base}/mijn-zoekopdrachten`, { waitUntil: 'domcontentloaded' });
    const card = page.getByTestId('saved-search');
    await card.waitFor({ timeout: 20_000 });
    expect(await card.getByTestId('saved-search-conditions').innerText()).toBe(
      'groep 3–5 · op locatie (op school of bij de partner) · alleen gratis aanbod · partner hoogstens 10 km weg',
    );

    await page.evaluate(`localStorage.setItem('partnerwijzer.lang', 'en')`);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await card.waitFor({ timeout: 20_000 });
    const title = card.locator('strong');
    await title.filter({ hasText: 'Offerings for' }).waitFor({ timeout: 20_000 });
    expect(await title.innerText()).toBe(
      'Offerings for Voorbeeldschool De Regenboog (ZZ0100): language and reading',
    );
    expect(await card.getByTestId('saved-search-conditions').innerText()).toBe(
      'groups 3–5 · on site (at school or at the partner) · free offerings only · partner at most 10 km away',
    );

    await page.evaluate(`localStorage.setItem('partnerwijzer.lang', 'nl')`);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await card.getByRole('link', { name: /^Open in Partners zoeken/ }).click();
    await page.waitForURL(/\?school=/, { timeout: 20_000 });
    expect(new URL(page.url()).search).toBe(`?school=${SCHOOL}&behoeften=TAAL_LEZEN&${conditions}`);
    await status.filter({ hasText: /gevonden/ }).waitFor({ timeout: 20_000 });
    expect(await status.innerText()).toBe(countWhenSaved);
    expect(await page.getByRole('checkbox', { name: 'Alleen gratis aanbod' }).isChecked()).toBe(
      true,
    );
    await context.close();
  }, 120_000);

  it('a need ticked for this school year is still ticked after a look at next year, and is saved', async () => {
    const context = await app.browser.newContext({ viewport: PHONE, hasTouch: true });
    const page = await context.newPage();
    await logInByFetch(page, app.base, STAFF.email, STAFF.password);
    await page.goto(`${app.base}/mijn-school`, { waitUntil: 'domcontentloaded' });
    const editor = page.locator('.needs-editor');
    const ouders = editor.getByRole('checkbox', { name: 'Ouderbetrokkenheid' });
    await ouders.waitFor({ timeout: 20_000 });
    await ouders.focus();
    await page.keyboard.press('Space');
    expect(await ouders.isChecked()).toBe(true);

    const year = editor.getByLabel('Schooljaar');
    const current = schoolYearOf(new Date());
    const next = `${Number(current.slice(0, 4)) + 1}-${Number(current.slice(0, 4)) + 2}`;
    await year.selectOption(next);
    await editor
      .getByRole('checkbox', { name: 'Ouderbetrokkenheid', checked: false })
      .waitFor({ timeout: 10_000 });
    await year.selectOption(current);
    // What was typed for this year comes back, not the stored (empty) profile.
    await editor.getByRole('checkbox', { name: 'Ouderbetrokkenheid', checked: true }).waitFor({
      timeout: 10_000,
    });
    await editor.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page
      .getByTestId('needs-saved')
      .filter({ hasText: `${current} is opgeslagen` })
      .waitFor({ timeout: 15_000 });
    const stored = (await app.db.query(
      `SELECT intervention_code FROM school_needs_item WHERE vestigingscode = $1 AND school_year = $2`,
      [SCHOOL, current],
    )) as { intervention_code: string }[];
    expect(stored).toEqual([{ intervention_code: 'OUDERBETROKKENHEID' }]);
    await context.close();
  }, 120_000);

  it('a school that cannot be loaded (no connection) stays chosen, with "Opnieuw proberen", not "niet gevonden"', async () => {
    const context = await app.browser.newContext({ viewport: PHONE, hasTouch: true });
    const page = await context.newPage();
    // An unknown code is still "not found", with the search to choose another.
    await page.goto(`${app.base}/?school=ZZ9999`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Deze school is niet gevonden').waitFor({ timeout: 20_000 });
    await page.getByTestId('school-search').waitFor();

    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('FinderChosenSchool')
        ? route.abort('internetdisconnected')
        : route.continue(),
    );
    await page.goto(`${app.base}/?school=${SCHOOL}`, { waitUntil: 'domcontentloaded' });
    const problem = page.getByRole('alert').filter({ hasText: 'Geen verbinding met de server' });
    await problem.waitFor({ timeout: 20_000 });
    expect(await page.getByText('Deze school is niet gevonden').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('school')).toBe(SCHOOL);

    await page.unroute('**/graphql');
    await problem.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page
      .locator('.chosen-school')
      .filter({ hasText: 'Voorbeeldschool De Regenboog' })
      .waitFor({ timeout: 20_000 });
    await context.close();
  }, 120_000);

  it('a shared link to an offering that cannot be loaded (no connection) offers "Opnieuw proberen", not "niet (meer) gevonden"', async () => {
    const [offering] = (await app.db.query(`SELECT id FROM offering WHERE title = $1`, [
      'Verlengde schooldag: extra leertijd na school',
    ])) as { id: string }[];
    const context = await app.browser.newContext({ viewport: PHONE, hasTouch: true });
    const page = await context.newPage();
    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('FinderOfferingDetail')
        ? route.abort('internetdisconnected')
        : route.continue(),
    );
    // Not among this need's matches, so the finder loads it by its id.
    await page.goto(
      `${app.base}/?school=${SCHOOL}&behoeften=OUDERBETROKKENHEID&aanbod=${offering!.id}`,
      { waitUntil: 'domcontentloaded' },
    );
    const problem = page.getByRole('alert').filter({ hasText: 'Geen verbinding met de server' });
    await problem.waitFor({ timeout: 20_000 });
    expect(await page.getByText('Dit aanbod is niet (meer) gevonden').count()).toBe(0);

    await page.unroute('**/graphql');
    await problem.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page
      .getByTestId('offering-detail')
      .getByRole('heading', { name: 'Verlengde schooldag: extra leertijd na school' })
      .waitFor({ timeout: 20_000 });
    await context.close();
  }, 120_000);
});
