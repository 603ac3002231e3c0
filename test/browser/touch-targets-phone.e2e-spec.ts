import type { Page } from 'playwright-core';
import { loggedInPage, suiteAccounts, TOUCH_PHONE } from '../support/browser-accounts.js';

// A phone (touch, 390 px): every button, field, summary and box's label is about 44 px tall
// wherever it sits (forms of the portal, the finder's need explanations, the municipality
// picker, the map's zoom buttons), and no field's text is under 16 px (iOS zooms the whole page
// in when such a field gets focus). A mouse keeps the compact 24 px sizes.

const SUITE = suiteAccounts('touch-targets', 'een vinger is breder dan een muispijl', {
  EDITOR: { role: 'PARTNER_EDITOR' },
  OFFICER: { role: 'MUNICIPALITY_OFFICER', municipalityCodes: ['GM0606'] },
});
const { EDITOR, OFFICER } = SUITE.people;

/** Controls under 44 × 44 px (a box measured by its label), described. Left out: a list item's
 * button whose stretched ::after makes the whole item the target, a file chooser (the browser
 * draws it), links inside a sentence, the map's markers. */
const SMALL_FOR_A_FINGER = `(() => {
  const selector = 'button, select, summary, textarea, a.button, input:not([type="hidden"], [type="file"])';
  const small = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest('.visually-hidden, .skip-link') || el.classList.contains('item__button')) continue;
    if (el.closest('.leaflet-container') && !el.closest('.leaflet-control')) continue;
    if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    const box = (el.type === 'checkbox' || el.type === 'radio') && el.labels && el.labels[0] ? el.labels[0] : el;
    const rect = box.getBoundingClientRect();
    if (rect.height < 43.5 || rect.width < 43.5) {
      const name = (el.getAttribute('aria-label') || el.textContent || el.id || '').trim().slice(0, 30);
      small.push(el.tagName.toLowerCase() + '[' + (el.type || '') + '] "' + name + '" ' + Math.round(rect.width) + 'x' + Math.round(rect.height));
    }
  }
  return small;
})()`;

/** Fields whose text is under 16 px, described. */
const SMALL_FIELD_TEXT = `[...document.querySelectorAll('input:not([type="hidden"], [type="checkbox"], [type="radio"], [type="file"]), select, textarea')]
  .filter((e) => e.getClientRects().length > 0 && parseFloat(getComputedStyle(e).fontSize) < 16)
  .map((e) => e.tagName.toLowerCase() + '#' + e.id + ' ' + getComputedStyle(e).fontSize)`;

async function measured(page: Page): Promise<{ small: string[]; smallText: string[] }> {
  return {
    small: (await page.evaluate(SMALL_FOR_A_FINGER)) as string[],
    smallText: (await page.evaluate(SMALL_FIELD_TEXT)) as string[],
  };
}

SUITE.describeInBrowser('touch targets on a phone, in Chromium', (app) => {
  it('the finder with its need explanations and the map: 44 px targets, 16 px fields', async () => {
    const context = await app.browser.newContext(TOUCH_PHONE);
    const page = await context.newPage();
    await page.goto(`${app.base}/?school=ZZ0100&behoeften=EXTRA_LEERTIJD`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('result-card').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('need-more').first().waitFor();
    expect(await measured(page)).toEqual({ small: [], smallText: [] });

    await page.goto(`${app.base}/overzicht`, { waitUntil: 'domcontentloaded' });
    await page.locator('.leaflet-control-zoom-in').waitFor({ timeout: 30_000 });
    expect(await measured(page)).toEqual({ small: [], smallText: [] });
    await context.close();
  }, 120_000);

  it.each([
    {
      title: "the partner portal's offerings and forms: 44 px targets, 16 px fields",
      account: EDITOR,
      landing: /\/portaal/,
      shown: (page: Page) => page.getByRole('button', { name: /^Wijzigen/ }).first(),
    },
    {
      title: "the municipality picker's field: 16 px text and 44 px tall",
      account: OFFICER,
      landing: /\/gemeente/,
      shown: (page: Page) => page.getByLabel('Gemeente (naam of code)'),
    },
  ])(
    '$title',
    async ({ account, landing, shown }) => {
      const { context, page } = await loggedInPage(app, account, landing, TOUCH_PHONE);
      await shown(page).waitFor({ timeout: 20_000 });
      expect(await measured(page)).toEqual({ small: [], smallText: [] });
      await context.close();
    },
    120_000,
  );

  it('a mouse keeps the compact sizes: a portal button stays under 44 px', async () => {
    const { context, page } = await loggedInPage(app, EDITOR, /\/portaal/, {
      width: 1280,
      height: 900,
    });
    const edit = page.getByRole('button', { name: /^Wijzigen/ }).first();
    await edit.waitFor({ timeout: 20_000 });
    expect((await edit.boundingBox())!.height).toBeLessThan(40);
    await context.close();
  }, 120_000);
});
