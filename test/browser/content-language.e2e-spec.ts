import type { BrowserContext, Page } from 'playwright-core';
import { gqlAs, logInByFetch, suiteAccounts, TOUCH_PHONE } from '../support/browser-accounts.js';

// On the English page an offering's title is still the partner's Dutch: every place that shows
// one marks it lang="nl", so a screen reader reads it with Dutch pronunciation (WCAG 3.1.2),
// not only the finder's result cards. Checked on the partner portal, the admin's outdated
// offerings, the overview map's partner details and the finder's shortlist.

const SUITE = suiteAccounts('content-language', 'een titel blijft in het nederlands', {
  EDITOR: { role: 'PARTNER_EDITOR' },
  ADMIN: { role: 'ADMIN' },
  OFFICER: { role: 'MUNICIPALITY_OFFICER', municipalityCodes: ['GM0606'] },
});
const { EDITOR, ADMIN, OFFICER } = SUITE.people;

/**
 * Shown texts that are one of `titles` (`whole`), or that hold one (`part`: alone or inside a
 * sentence of the page's own, as "Show coverage of …"), but are not inside lang="nl".
 */
async function titlesNotMarkedDutch(
  page: Page,
  titles: string[],
  match: 'whole' | 'part' = 'whole',
): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const titles = ${JSON.stringify(titles)};
    const isShown = ${match === 'whole' ? '(text) => titles.includes(text)' : '(text) => titles.some((t) => text.includes(t))'};
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    const wrong = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!isShown(text)) continue;
      const element = node.parentElement;
      if (element.getClientRects().length === 0) continue;
      const lang = element.closest('[lang]')?.getAttribute('lang');
      if (lang !== 'nl') wrong.push(element.tagName.toLowerCase() + ' (' + lang + '): ' + text.slice(0, 60));
    }
    return wrong;
  })()`)) as string[];
}

/** What users wrote, shown alone or inside the page's sentences, not inside lang="nl". */
const textsNotMarkedDutch = (page: Page, texts: string[]) =>
  titlesNotMarkedDutch(page, texts, 'part');

async function englishPhone(browser: {
  newContext(o: typeof TOUCH_PHONE): Promise<BrowserContext>;
}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(TOUCH_PHONE);
  await context.addInitScript(`localStorage.setItem('partnerwijzer.lang', 'en')`);
  return { context, page: await context.newPage() };
}

SUITE.describeInBrowser('offering titles keep lang="nl" on the English page', (app) => {
  let titles: string[];

  beforeAll(async () => {
    titles = ((await app.db.query(`SELECT title FROM offering`)) as { title: string }[]).map(
      (r) => r.title,
    );
    expect(titles.length).toBeGreaterThan(10);
  }, 60_000);

  it("the partner portal's offering cards", async () => {
    const { context, page } = await englishPhone(app.browser);
    await logInByFetch(page, app.base, EDITOR.email, EDITOR.password);
    await page.goto(`${app.base}/portaal`, { waitUntil: 'domcontentloaded' });
    await page
      .getByRole('button', { name: /^Edit:/ })
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await titlesNotMarkedDutch(page, titles)).toEqual([]);
    await context.close();
  }, 120_000);

  it("the admin's outdated offerings", async () => {
    const { context, page } = await englishPhone(app.browser);
    await logInByFetch(page, app.base, ADMIN.email, ADMIN.password);
    await page.goto(`${app.base}/beheer/verouderd`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('stale-offering').first().waitFor({ timeout: 20_000 });
    expect(await titlesNotMarkedDutch(page, titles)).toEqual([]);
    await context.close();
  }, 120_000);

  it("the sources' Dutch licence texts on the about page", async () => {
    const { context, page } = await englishPhone(app.browser);
    await page.goto(`${app.base}/over`, { waitUntil: 'domcontentloaded' });
    await page.locator('.source').first().waitFor({ timeout: 20_000 });
    const licences = ['Eigen werk', 'Open gepubliceerd door de Inspectie; CBS: CC BY 4.0'];
    expect(await titlesNotMarkedDutch(page, licences)).toEqual([]);
    expect(await page.locator('[lang="nl"]', { hasText: 'Eigen werk' }).count()).toBe(1);
    await context.close();
  }, 120_000);

  it("the overview map's partner details and the finder's shortlist", async () => {
    const { context, page } = await englishPhone(app.browser);
    await page.goto(`${app.base}/overzicht`, { waitUntil: 'domcontentloaded' });
    const partner = page.getByTestId('partner-item').filter({ hasText: 'JINC' }).first();
    await partner.getByRole('button').first().click({ timeout: 30_000 });
    await page.locator('.offering__title').first().waitFor({ timeout: 20_000 });
    expect(await titlesNotMarkedDutch(page, titles)).toEqual([]);

    await page.goto(`${app.base}/?school=ZZ0100&behoeften=EXTRA_LEERTIJD`, {
      waitUntil: 'domcontentloaded',
    });
    const cards = page.getByTestId('result-card');
    await cards.first().waitFor({ timeout: 30_000 });
    await cards.nth(0).getByTestId('star').click();
    await cards.nth(1).getByTestId('star').click();
    await page.getByTestId('shortlist').waitFor();
    expect(await titlesNotMarkedDutch(page, titles)).toEqual([]);
    await context.close();
  }, 120_000);

  it('what users wrote: a record on /gemeente and /samenwerkingen, an agreement on /gemeente/afspraken', async () => {
    const { context, page } = await englishPhone(app.browser);
    await logInByFetch(page, app.base, OFFICER.email, OFFICER.password);
    const [org] = (await app.db.query(`SELECT id FROM organisation ORDER BY name LIMIT 1`)) as {
      id: string;
    }[];
    const record = {
      title: 'Leesplezier in Schiedam-Oost',
      goals: ['Meer leesplezier in groep 5–8'],
    };
    const agreement = { title: 'LEA Schiedam 2026–2030', goal: 'Elke school leest elke dag' };
    const made = await gqlAs<{ createCollaboration: { id: string } }>(
      app,
      context,
      `mutation ($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`,
      {
        i: {
          ...record,
          vestigingscodes: ['ZZ0100'],
          organisationIds: [org!.id],
          municipalityCode: 'GM0606',
          interventionCodes: ['TAAL_LEZEN'],
          startsOn: '2026-08-01',
          endsOn: '2028-07-31',
        },
      },
    );
    await gqlAs(
      app,
      context,
      `mutation ($i: LeaAgreementInput!) { saveLeaAgreement(input: $i) { id } }`,
      {
        i: {
          title: agreement.title,
          municipalityCode: 'GM0606',
          startsOn: '2026-08-01',
          endsOn: '2030-07-31',
          themes: [{ interventionCode: 'TAAL_LEZEN', goal: agreement.goal }],
        },
      },
    );
    const written = [record.title, ...record.goals, agreement.title, agreement.goal];

    // /gemeente: the record in the coalitions.
    await page.goto(`${app.base}/gemeente?code=GM0606`, { waitUntil: 'domcontentloaded' });
    await page
      .getByTestId('coalition-records')
      .getByText(record.title)
      .waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await textsNotMarkedDutch(page, written)).toEqual([]);

    // /samenwerkingen: the list and the record's page (title, goals).
    await page.goto(`${app.base}/samenwerkingen`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: record.title }).first().waitFor({ timeout: 20_000 });
    expect(await textsNotMarkedDutch(page, written)).toEqual([]);
    const id = made.createCollaboration.id;
    await page.goto(`${app.base}/samenwerkingen?id=${id}`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('collaboration-detail').waitFor({ timeout: 20_000 });
    await page.getByText(record.goals[0]!).waitFor();
    expect(await textsNotMarkedDutch(page, written)).toEqual([]);

    // /gemeente/afspraken: the agreement in a sentence of the page's ("Show coverage of …"),
    // its theme's goal, and the record that covers the theme.
    await page.goto(`${app.base}/gemeente/afspraken?code=GM0606`, {
      waitUntil: 'domcontentloaded',
    });
    const theme = page.getByTestId('theme-coverage').locator('[data-theme="TAAL_LEZEN"]');
    await theme.getByText(record.title).waitFor({ timeout: 20_000 });
    expect(await textsNotMarkedDutch(page, written)).toEqual([]);
    await context.close();
  }, 120_000);
});
