import type { BrowserContext, Page, Request } from 'playwright-core';
import {
  gqlAs,
  loggedInPage,
  PHONE,
  seriousViolations,
  suiteAccounts,
} from '../support/browser-accounts.js';
import { createParties, PARTIES } from '../support/collaboration-parties.js';

const SUITE = suiteAccounts('typed-numbers', 'getallen zoals een mens ze typt', {
  ADMIN: { role: 'ADMIN' },
});
const { ADMIN } = SUITE.people;

/** The variables of the next GraphQL operation `name` the page sends. */
const nextSent = (page: Page, name: string): Promise<Request> =>
  page.waitForRequest(
    (r) => r.url().endsWith('/graphql') && r.postDataJSON()?.operationName === name,
    { timeout: 20_000 },
  );
const inputOf = (request: Request) =>
  (request.postDataJSON() as { variables: { input: Record<string, unknown> } }).variables.input;

/** Counts the GraphQL operations named `name` the page sends from now on. */
function countSent(page: Page, name: string): () => number {
  let n = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.postDataJSON()?.operationName === name) n += 1;
  });
  return () => n;
}

/** The text of the elements an element's aria-describedby names, joined. */
const description = (page: Page, id: string): Promise<string> =>
  page.evaluate(`(() => {
    const ids = (document.getElementById(${JSON.stringify(id)})?.getAttribute('aria-describedby') ?? '').split(' ');
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  })()`) as Promise<string>;

/** The ids the summary's links jump to that no element of the page has. */
const deadLinks = (page: Page): Promise<string[]> =>
  page.evaluate(`[...document.querySelectorAll('[data-testid="error-summary"] a[href^="#"]')]
    .map((a) => a.getAttribute('href').slice(1))
    .filter((id) => !document.getElementById(id))`) as Promise<string[]>;

// Numbers as a Dutch user types them, in every form that takes one: "10.000" is ten thousand,
// "12,50" twelve and a half, and what cannot be read for sure ("12.5", "1e3", "2,5" pupils) is
// refused at its field, named by its label, before anything is sent.
SUITE.describeInBrowser('numbers typed the Dutch way (Chromium)', (app) => {
  /** A new collaboration of the school and a verified partner, 2026-2027, made by the staff. */
  async function newCollaboration(context: BrowserContext, title: string): Promise<string> {
    const [org] = (await app.db.query(
      `SELECT id FROM organisation WHERE status = 'VERIFIED' ORDER BY name LIMIT 1`,
    )) as { id: string }[];
    const created = await gqlAs<{ createCollaboration: { id: string } }>(
      app,
      context,
      `mutation ($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`,
      {
        i: {
          title,
          vestigingscodes: [PARTIES.school.code],
          organisationIds: [org!.id],
          interventionCodes: ['EXTRA_LEERTIJD'],
          goals: ['Elke week rekenen'],
          startsOn: '2026-08-01',
          endsOn: '2027-07-31',
        },
      },
    );
    return created.createCollaboration.id;
  }

  beforeAll(async () => {
    await createParties(app.t, SUITE.token);
  }, 180_000);

  it('scenarios: "25.000" and "10.000,50" are sent as numbers; bad text is refused by label', async () => {
    const { context, page } = await loggedInPage(app, PARTIES.officer, /\/gemeente/, PHONE);
    await page.goto(`${app.base}/gemeente?code=GM0606`, { waitUntil: 'domcontentloaded' });
    const section = page.getByTestId('scenarios');
    const candidates = section.getByTestId('scenario-candidate');
    await candidates.first().waitFor({ timeout: 30_000 });
    expect(await candidates.count()).toBeGreaterThanOrEqual(2);
    const budget = section.getByLabel('Budget', { exact: true });
    const run = section.getByRole('button', { name: 'Doorrekenen' });
    const summary = section.getByTestId('error-summary');
    const runs = countSent(page, 'RunScenario');

    // Refused before sending, each named by its label; the summary's heading under the h3.
    await section.getByLabel('Soort budget').selectOption('EUROS');
    await budget.fill('1e3');
    await candidates.nth(0).getByLabel('Kosten (euro)').fill('12.5');
    await candidates.nth(1).getByLabel('Aantal scholen (capaciteit)').fill('2,5');
    await run.click();
    await summary.waitFor({ timeout: 20_000 });
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Budget: moet een bedrag zijn, zoals 12,50 of 10.000',
      'Kandidaat 1, kosten (euro): schrijf decimalen met een komma en duizendtallen met een punt, zoals 12,50 of 10.000',
      'Kandidaat 2, aantal scholen (capaciteit): moet een geheel getal zijn, zonder komma, zoals 12 of 10.000',
    ]);
    await summary
      .getByRole('heading', { level: 4, name: 'Het scenario is niet doorgerekend' })
      .waitFor();
    expect(await description(page, (await budget.getAttribute('id'))!)).toBe(
      'moet een bedrag zijn, zoals 12,50 of 10.000',
    );
    expect(runs()).toBe(0);

    // The first candidate removed: its problem goes, the second's is renumbered, no dead link.
    const second = await candidates.nth(1).getByRole('button').getAttribute('aria-label');
    await candidates.nth(0).getByRole('button').click();
    await summary
      .getByRole('link', {
        name: 'Kandidaat 1, aantal scholen (capaciteit): moet een geheel getal zijn, zonder komma, zoals 12 of 10.000',
      })
      .waitFor({ timeout: 10_000 });
    expect(await summary.getByRole('link').count()).toBe(2);
    expect(await deadLinks(page)).toEqual([]);
    expect(second).toMatch(/^Verwijder kandidaat /);

    // Dutch numbers are sent as the numbers they are.
    await budget.fill('25.000');
    await candidates.nth(0).getByLabel('Aantal scholen (capaciteit)').fill('');
    await candidates.nth(0).getByLabel('Kosten (euro)').fill('10.000,50');
    const sent = nextSent(page, 'RunScenario');
    await run.click();
    const input = inputOf(await sent);
    expect(input.budgetKind).toBe('EUROS');
    expect(input.budget).toBe(25_000);
    expect((input.candidates as { costEur: number }[])[0]!.costEur).toBe(10_000.5);
    await section.getByTestId('scenario-result').waitFor({ timeout: 20_000 });
    expect(await summary.count()).toBe(0);

    // A count budget is a whole number of offerings, with its own message.
    await section.getByLabel('Soort budget').selectOption('COUNT');
    await budget.fill('2,5');
    await run.click();
    await summary
      .getByRole('link', {
        name: 'Budget: moet een geheel aantal van 1 tot en met 50 zijn, zoals 2',
      })
      .waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);

  it('a funding line: "12,50" is refused as no whole euros, "12.000" is saved as 12000', async () => {
    const { context, page } = await loggedInPage(app, PARTIES.staff, /\/mijn-school/, PHONE);
    const collaborationId = await newCollaboration(context, 'Rekenclub met bedragen');
    await page.goto(`${app.base}/samenwerkingen?id=${collaborationId}&wijzigen=1`, {
      waitUntil: 'domcontentloaded',
    });
    const form = page.getByTestId('collaboration-form');
    await form.waitFor({ timeout: 20_000 });
    const line = form.getByTestId('funding-line').nth(0);
    await line.getByLabel('Route').selectOption('FONDS');
    await line.getByLabel('Naam van het fonds (optioneel)').fill('Rekenfonds');
    const amount = line.getByLabel('Bedrag (euro) (optioneel)');
    const updates = countSent(page, 'UpdateCollaboration');

    await amount.fill('12,50');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const summary = page.getByTestId('error-summary');
    await summary
      .getByRole('link', {
        name: 'Financieringsregel 1, bedrag (euro): alleen hele euro’s, zonder komma, zoals 12 of 10.000',
      })
      .waitFor({ timeout: 10_000 });
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, 'c-f0-amountEur')).toBe(
      'alleen hele euro’s, zonder komma, zoals 12 of 10.000',
    );
    expect(updates()).toBe(0);

    await amount.fill('12.000');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByTestId('collaboration-detail').waitFor({ timeout: 20_000 });
    await page.getByTestId('funding-lines').getByText('Rekenfonds').waitFor({ timeout: 10_000 });
    const rows = (await app.db.query(
      `SELECT amount_eur::float AS amount FROM collaboration_funding WHERE collaboration_id = $1`,
      [collaborationId],
    )) as { amount: number }[];
    expect(rows).toEqual([{ amount: 12_000 }]);
    await context.close();
  }, 180_000);

  it('monitoring: "2,5" pupils is refused at the field; "1.250" and "120,5" are saved', async () => {
    const { context, page } = await loggedInPage(app, PARTIES.staff, /\/mijn-school/, PHONE);
    const collaborationId = await newCollaboration(context, 'Rekenclub met aantallen');
    await page.goto(`${app.base}/samenwerkingen?id=${collaborationId}`, {
      waitUntil: 'domcontentloaded',
    });
    const form = page.getByTestId('monitoring-form');
    await form.waitFor({ timeout: 20_000 });
    const pupils = form.getByLabel('Bereikte leerlingen (aantal)');
    const records = countSent(page, 'RecordCollaborationMonitoring');

    await pupils.fill('2,5');
    await form.getByLabel('Gegeven uren').fill('1e3');
    await form.getByRole('button', { name: 'Monitoring opslaan' }).click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor({ timeout: 10_000 });
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Bereikte leerlingen (aantal): moet een geheel getal zijn, zonder komma, zoals 12 of 10.000',
      'Gegeven uren: moet een getal zijn, zoals 12,5 of 10.000',
    ]);
    expect(await description(page, 'm-pupils')).toBe(
      'moet een geheel getal zijn, zonder komma, zoals 12 of 10.000',
    );
    expect(records()).toBe(0);

    // A refusal of the school year by the API is tied to its select.
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName !== 'RecordCollaborationMonitoring') {
        return route.fallback();
      }
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [
            {
              message: 'Ongeldige invoer (invalid input)',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'schoolYear', message: 'valt buiten de periode' }],
              },
            },
          ],
          data: null,
        }),
      });
    });
    await pupils.fill('46');
    await form.getByLabel('Gegeven uren').fill('');
    await form.getByRole('button', { name: 'Monitoring opslaan' }).click();
    await summary
      .getByRole('link', { name: 'Schooljaar: Valt buiten de periode.', exact: true })
      .waitFor();
    expect(await form.getByLabel('Schooljaar').getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, 'm-year')).toBe('Valt buiten de periode.');
    await page.unroute('**/graphql');

    await pupils.fill('1.250');
    await form.getByLabel('Gegeven uren').fill('120,5');
    const sent = nextSent(page, 'RecordCollaborationMonitoring');
    await form.getByRole('button', { name: 'Monitoring opslaan' }).click();
    const input = inputOf(await sent);
    expect([input.pupilsReached, input.hoursDelivered]).toEqual([1250, 120.5]);
    await page
      .getByText('De monitoring voor 2026-2027 is opgeslagen.')
      .waitFor({ timeout: 10_000 });
    const rows = (await app.db.query(
      `SELECT pupils_reached AS pupils, hours_delivered::float AS hours
         FROM collaboration_monitoring WHERE collaboration_id = $1`,
      [collaborationId],
    )) as { pupils: number; hours: number }[];
    expect(rows).toEqual([{ pupils: 1250, hours: 120.5 }]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);

  it('an indicator value: "31.5" on a Dutch page is refused, not guessed; "31,57" is saved', async () => {
    const { context, page } = await loggedInPage(app, ADMIN, /\/beheer/, PHONE);
    const form = page.getByTestId('indicator-form');
    await form.waitFor({ timeout: 20_000 });
    const [school] = (await app.db.query(
      `SELECT vestigingscode FROM school ORDER BY vestigingscode LIMIT 1`,
    )) as { vestigingscode: string }[];
    const code = school!.vestigingscode;
    const saves = countSent(page, 'SetSchoolIndicator');

    await form.getByLabel('Vestigingscode').fill(code);
    await form.getByLabel('Waarde').fill('31.5');
    await form.getByRole('button', { name: 'Waarde opslaan' }).click();
    await page
      .getByTestId('error-summary')
      .getByRole('link', {
        name: 'Waarde: schrijf decimalen met een komma en duizendtallen met een punt, zoals 12,5 of 10.000',
      })
      .waitFor({ timeout: 10_000 });
    expect(saves()).toBe(0);

    await form.getByLabel('Waarde').fill('31,57');
    const sent = nextSent(page, 'SetSchoolIndicator');
    await form.getByRole('button', { name: 'Waarde opslaan' }).click();
    expect(inputOf(await sent).value).toBe(31.57);
    await page.getByTestId('indicator-saved').waitFor({ timeout: 10_000 });
    await context.close();
  }, 120_000);
});
