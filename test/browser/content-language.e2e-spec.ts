import type { BrowserContext, Page } from 'playwright-core';
import { logInByFetch, suiteAccounts, TOUCH_PHONE } from '../support/browser-accounts.js';

// On the English page an offering's title is still the partner's Dutch: every place that shows
// one marks it lang="nl", so a screen reader reads it with Dutch pronunciation (WCAG 3.1.2),
// not only the finder's result cards. Checked on the partner portal, the admin's outdated
// offerings, the overview map's partner details and the finder's shortlist.

const SUITE = suiteAccounts('content-language', 'een titel blijft in het nederlands', {
  EDITOR: { role: 'PARTNER_EDITOR' },
  ADMIN: { role: 'ADMIN' },
});
const { EDITOR, ADMIN } = SUITE.people;

/** Shown texts that are one of `titles` but are not inside lang="nl". */
async function titlesNotMarkedDutch(page: Page, titles: string[]): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const titles = ${JSON.stringify(titles)};
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    const wrong = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!titles.includes(text)) continue;
      const element = node.parentElement;
      if (element.getClientRects().length === 0) continue;
      const lang = element.closest('[lang]')?.getAttribute('lang');
      if (lang !== 'nl') wrong.push(element.tagName.toLowerCase() + ' (' + lang + '): ' + text.slice(0, 60));
    }
    return wrong;
  })()`)) as string[];
}

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
});
