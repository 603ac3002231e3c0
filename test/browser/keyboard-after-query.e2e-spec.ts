import { schoolYearOf } from '@partnerwijzer/domain';
import type { Page } from 'playwright-core';
import { replaceNeedsProfile } from '../../apps/api/src/modules/school-needs/repository.js';
import {
  createAccountWithPassword,
  describeInBrowser,
  loggedInPage,
  type BrowserApp,
} from '../support/browser-accounts.js';

const TOKEN = 'keyboard-after-query-operator-token-0123';
const ADMIN = {
  email: 'beheer@querystring.example.nl',
  password: 'een lang wachtwoord voor de zoekstring',
};
const APP_ENV = { MAP_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png', ADMIN_API_TOKEN: TOKEN };
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1400, height: 900 };
const RESULTS = '/?school=ZZ0100&behoeften=EXTRA_LEERTIJD';

/** Where the keyboard is: the focused element's tag, id and text (its start; a string: no DOM
 * types). */
const focused = (page: Page): Promise<string> =>
  page.evaluate(`(() => {
    const e = document.activeElement;
    const text = (e?.textContent ?? '').trim().slice(0, 120);
    return e ? e.tagName.toLowerCase() + '#' + e.id + ' ' + text : '';
  })()`) as Promise<string>;

/** The focused element once `ok` holds for it, or what it is after `ms`. */
async function focusBecomes(page: Page, ok: (now: string) => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const now = await focused(page);
    if (ok(now) || Date.now() > deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const onResultsHeading = (now: string) => now.startsWith('h2#resultaten-kop Partners voor');

/** The focused element's tag ('body' for the page itself) and what is scrolled ('window' for
 * the page, else tag.class). */
const focusAndScroll = (page: Page) =>
  page.evaluate(`(() => ({
    focused: document.activeElement ? document.activeElement.tagName.toLowerCase() : '',
    scrolled: [
      ...(window.scrollY > 0 ? ['window'] : []),
      ...[...document.querySelectorAll('body *')]
        .filter((e) => e.scrollTop > 0)
        .map((e) => e.tagName.toLowerCase() + '.' + String(e.className).split(' ').join('.')),
    ],
  }))()`);
const UNTOUCHED = { focused: 'body', scrolled: [] };

/** The finder with results for De Regenboog, on `viewport`. */
async function finderWithResults(app: BrowserApp, viewport: typeof PHONE, query = RESULTS) {
  const context = await app.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${app.base}${query}`, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
  return { context, page };
}

// The finder keeps its state in the query string, so most of what a school leader does there is
// a navigation to the same page with another query — which the layout's focus move (on a new
// path) does not cover. When such a change removes the element that had the keyboard (the
// detail's back button, "Voorwaarden wissen", a starred offering), or Back/Forward replaces
// the view, the keyboard is to go on from a sensible place, never from the top (<body>). The
// same holds on any page that changes only its query string (/gemeente's picker).
describeInBrowser(
  'where the keyboard goes when only the query string changes (Chromium)',
  APP_ENV,
  (app) => {
    it('on a phone: Back from an offering gives the keyboard to the results heading, Forward to the offering, and so does its back button', async () => {
      const { context, page } = await finderWithResults(app, PHONE);
      const open = page.getByTestId('result-card').first().getByRole('button').first();
      const title = (await open.innerText()).trim();
      await open.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/aanbod=/);
      expect(await focusBecomes(page, (now) => now.startsWith('h2#detail-kop'))).toBe(
        `h2#detail-kop ${title}`,
      );

      await page.goBack();
      await page.waitForURL((url) => !url.search.includes('aanbod='));
      expect(await focusBecomes(page, onResultsHeading)).toBe(
        'h2#resultaten-kop Partners voor deze school: Voorbeeldschool De Regenboog',
      );

      await page.goForward();
      await page.waitForURL(/aanbod=/);
      expect(await focusBecomes(page, (now) => now.startsWith('h2#detail-kop'))).toBe(
        `h2#detail-kop ${title}`,
      );
      await page.getByRole('button', { name: '← Terug naar de resultaten' }).focus();
      await page.keyboard.press('Enter');
      expect(await focusBecomes(page, onResultsHeading)).toMatch(/^h2#resultaten-kop /);
      await context.close();
    }, 60_000);

    it('"Voorwaarden wissen", in the form or under an empty list, gives the keyboard to the results heading', async () => {
      const { context, page } = await finderWithResults(app, DESKTOP, `${RESULTS}&gratis=1`);
      await page.getByRole('button', { name: 'Voorwaarden wissen' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.search.includes('gratis'));
      expect(await focusBecomes(page, onResultsHeading)).toMatch(/^h2#resultaten-kop /);

      // No match at all: the button under the empty list.
      await page.goto(`${app.base}${RESULTS}&gratis=1&afstand=5&vorm=online`, {
        waitUntil: 'domcontentloaded',
      });
      const empty = page.getByTestId('results-empty');
      await empty.waitFor({ timeout: 20_000 });
      await empty.getByRole('button', { name: 'Voorwaarden wissen' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.search.includes('vorm'));
      expect(await focusBecomes(page, onResultsHeading)).toMatch(/^h2#resultaten-kop /);
      await context.close();
    }, 60_000);

    it('removing a starred offering from the list gives the keyboard to the next one, the last one to the results heading', async () => {
      const { context, page } = await finderWithResults(app, DESKTOP);
      const cards = page.getByTestId('result-card');
      for (const i of [0, 1]) {
        await cards.nth(i).getByTestId('star').focus();
        await page.keyboard.press('Enter');
      }
      const shortlist = page.getByTestId('shortlist');
      const stars = shortlist.locator('.shortlist__items button');
      await stars.nth(1).waitFor();
      const second = (await stars.nth(1).innerText()).replace('★', '').trim();

      await stars.first().focus();
      await page.keyboard.press('Enter');
      expect(await focusBecomes(page, (now) => now.includes(second))).toBe(`button# ★${second}`);

      await page.keyboard.press('Enter');
      await shortlist.waitFor({ state: 'detached' });
      expect(await focusBecomes(page, onResultsHeading)).toMatch(/^h2#resultaten-kop /);
      await context.close();
    }, 60_000);

    it('another school by Back: the keyboard goes to its results, not to the top', async () => {
      const { context, page } = await finderWithResults(app, DESKTOP);
      await page.getByRole('button', { name: 'Andere school kiezen' }).focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('school-search').waitFor();
      await page.goBack();
      await page.getByTestId('chosen-school').waitFor();
      expect(await focusBecomes(page, onResultsHeading)).toMatch(/^h2#resultaten-kop /);
      await context.close();
    }, 60_000);

    it('the finder filling in its own query on a fresh load (the stored shortlist, the school’s needs profile) leaves the focus and the scroll alone', async () => {
      // Starred in one tab (stored), then the finder opened anew without the list in the link:
      // it puts the stored list in the link itself.
      const { context, page } = await finderWithResults(app, PHONE);
      await page.getByTestId('result-card').first().getByTestId('star').click();
      await page.waitForURL(/lijst=/);
      const again = await context.newPage();
      await again.goto(`${app.base}${RESULTS}`, { waitUntil: 'domcontentloaded' });
      await again.waitForURL(/lijst=/, { timeout: 20_000 });
      await again.getByTestId('shortlist').waitFor({ timeout: 20_000 });
      await again.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
      expect(await focusAndScroll(again)).toEqual(UNTOUCHED);
      await context.close();

      // A school with a shared needs profile, opened without needs: the finder fills them in.
      await app.db.transaction((tx) =>
        replaceNeedsProfile(tx, 'ZZ0101', schoolYearOf(new Date()), true, [
          { interventionCode: 'EXTRA_LEERTIJD', priority: 'HIGH', groups: [], note: null },
        ]),
      );
      const visitor = await app.browser.newContext({ viewport: PHONE });
      const fresh = await visitor.newPage();
      await fresh.goto(`${app.base}/?school=ZZ0101`, { waitUntil: 'domcontentloaded' });
      await fresh.waitForURL(/behoeften=EXTRA_LEERTIJD/, { timeout: 20_000 });
      await fresh.getByTestId('needs-from-profile').waitFor({ timeout: 20_000 });
      await fresh.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
      expect(await focusAndScroll(fresh)).toEqual(UNTOUCHED);
      await visitor.close();
    }, 90_000);

    it('on /gemeente, choosing a municipality by Enter gives the keyboard to the page content', async () => {
      const context = await app.browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      await page.goto(`${app.base}/gemeente`, { waitUntil: 'domcontentloaded' });
      const input = page.getByLabel('Gemeente (naam of code)');
      await input.waitFor({ timeout: 20_000 });
      await input.fill('GM0606');
      await page.keyboard.press('Enter');
      await page.waitForURL(/code=GM0606/);
      // The picker is made anew for the chosen municipality; the field that had the keyboard is gone.
      expect(await focusBecomes(page, (now) => now.startsWith('main#inhoud'))).toMatch(
        /^main#inhoud /,
      );
      await context.close();
    }, 60_000);

    it('on /portaal, an admin opening an organisation from the chooser gives the keyboard to the page content', async () => {
      await createAccountWithPassword(
        app.t,
        TOKEN,
        { email: ADMIN.email, role: 'ADMIN' },
        ADMIN.password,
      );
      const { context, page } = await loggedInPage(app, ADMIN, /\/beheer/, PHONE);
      await page.goto(`${app.base}/portaal`, { waitUntil: 'domcontentloaded' });
      const link = page.locator('.portal-chooser a').first();
      await link.waitFor({ timeout: 20_000 });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/organisatie=/);
      // The chooser, and the link that had the keyboard, made way for the organisation's portal.
      expect(await focusBecomes(page, (now) => now.startsWith('main#inhoud'))).toMatch(
        /^main#inhoud /,
      );
      await context.close();
    }, 60_000);
  },
);
