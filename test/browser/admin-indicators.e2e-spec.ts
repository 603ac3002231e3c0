import { logIn, seriousViolations, suiteAccounts } from '../support/browser-accounts.js';

const SUITE = suiteAccounts('admin-indicators', 'beheerder met een lang wachtwoord', {
  ADMIN: { role: 'ADMIN' },
});
const { ADMIN } = SUITE.people;

// An admin corrects a school's schoolweging by hand at /beheer: a wrong value is refused
// naming the field, a right one is saved as MANUAL; axe finds nothing serious.
SUITE.describeInBrowser('admin indicator correction in Chromium', (app) => {
  let code: string;

  beforeAll(async () => {
    const [school] = (await app.db.query(
      `SELECT vestigingscode FROM school ORDER BY vestigingscode LIMIT 1`,
    )) as { vestigingscode: string }[];
    code = school!.vestigingscode;
  }, 120_000);

  it('refuses a value out of range naming it, then saves a correct one', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await logIn(page, app.base, ADMIN.email, ADMIN.password);
    await page.waitForURL(/\/beheer/, { timeout: 20_000 }).catch(() => undefined);
    await page.goto(`${app.base}/beheer`, { waitUntil: 'domcontentloaded' });
    const form = page.getByTestId('indicator-form');
    await form.waitFor({ timeout: 20_000 });

    await form.getByLabel('Vestigingscode').fill(code);
    await form.getByLabel('Waarde').fill('99');
    await form.getByRole('button', { name: 'Waarde opslaan' }).click();
    await page
      .getByText('Waarde: Moet van 15 tot en met 50 zijn.')
      .first()
      .waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('Waarde').fill('31,5');
    await form.getByLabel('Sleutel in het bronbestand (optioneel)').fill(`${code.slice(0, 4)}|C2`);
    await form.getByRole('button', { name: 'Waarde opslaan' }).click();
    await page.getByTestId('indicator-saved').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('indicator-saved').innerText()).toContain('31,5');
    const rows = (await app.db.query(
      `SELECT value, join_method AS m, source_key AS k FROM school_indicator WHERE vestigingscode = $1`,
      [code],
    )) as unknown[];
    expect(rows).toEqual([{ value: 31.5, m: 'MANUAL', k: `${code.slice(0, 4)}|C2` }]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
