import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser, focusedBecomes } from '../support/browser.js';
import {
  demoOrganisationEditor,
  logInByFetch,
  seriousViolations,
  SHOTS,
} from '../support/browser-accounts.js';

const TOKEN = 'finder-phone-operator-token-0123456789';
const EDITOR = 'telefoon@jinc.example.nl';
const PASSWORD = 'een goed wachtwoord voor de telefoontest';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 850 };
const NARROWEST = { width: 320, height: 700 };
const SHARED = '/?school=ZZ0100&behoeften=EXTRA_LEERTIJD,OUDERBETROKKENHEID';

/** How far the page scrolls sideways (0 = it fits the screen). */
const SIDEWAYS = `document.documentElement.scrollWidth - document.documentElement.clientWidth`;

/** The outermost elements reaching past the right edge of the screen (for the failure message). */
const WIDE_ELEMENTS = `(() => {
  const doc = document.documentElement;
  const over = () => doc.scrollWidth - doc.clientWidth;
  const culprits = [];
  const visit = (el, depth) => {
    for (const child of el.children) {
      const before = child.style.display;
      child.style.display = 'none';
      const fixed = over() <= 0;
      child.style.display = before;
      if (fixed) {
        const deeper = culprits.length;
        if (depth < 12) visit(child, depth + 1);
        if (culprits.length === deeper) culprits.push(child.tagName.toLowerCase() + '.' + String(child.className).split(' ')[0] + ' ' + Math.round(child.getBoundingClientRect().width) + 'px');
        return;
      }
    }
  };
  visit(document.body, 0);
  return culprits;
})()`;

/**
 * Visible targets smaller than 24 × 24 CSS px (WCAG 2.2, 2.5.8), described. Left out, as the
 * criterion allows: links inside a sentence (the line height sets their size) and the map's
 * markers (their position is the information); the map's own controls are checked.
 */
const SMALL_TARGETS = `(() => {
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="option"], [role="button"], [tabindex]:not([tabindex="-1"])';
  const small = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest('.skip-link, .visually-hidden')) continue;
    if (el.closest('.leaflet-container') && !el.closest('.leaflet-control')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (el.tagName === 'A') {
      const own = el.textContent.trim().length;
      const around = (el.parentElement?.textContent ?? '').trim().length;
      if (around > own + 1) continue; // inline in a sentence
    }
    if (rect.width < 23.5 || rect.height < 23.5) {
      const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.id || '').trim().slice(0, 40);
      small.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') + ' "' + name + '" ' + Math.round(rect.width) + 'x' + Math.round(rect.height));
    }
  }
  return small;
})()`;

/** Whether an element's box lies within the viewport (at least partly, top visible). */
async function inViewport(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).first().boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + Math.min(box.height, 40) <= size.height;
}

/** Waits until the page has rendered its content (lazy chunk loaded, data in). */
async function settled(page: Page): Promise<void> {
  // Polled with evaluate: waitForFunction would evaluate a string, which the CSP forbids.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = (await page.evaluate(
      `!document.querySelector('.page-loading') && (document.querySelector('main')?.innerText ?? '').length > 40`,
    )) as boolean;
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`page ${page.url()} did not render`);
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(400);
}

const APP_ENV = { ADMIN_API_TOKEN: TOKEN };

describeInBrowser('finder and pages on a phone and a desktop', APP_ENV, (app) => {
  beforeAll(async () => {
    await demoOrganisationEditor(app, TOKEN, EDITOR, PASSWORD);
  }, 120_000);

  /** A new page of this size on the finder, with De Regenboog and "extra leertijd" chosen. */
  async function chooseSchoolAndNeed(viewport: { width: number; height: number }) {
    const context = await app.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(app.base, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('school-search').fill('Regenboog');
    await page.getByTestId('school-option').first().waitFor({ timeout: 15_000 });
    await page.getByTestId('school-option').first().click();
    await page.getByTestId('chosen-school').waitFor({ timeout: 15_000 });
    await page.getByRole('checkbox', { name: /Extra begeleiding/ }).check();
    await page.waitForURL(/behoeften=EXTRA_LEERTIJD/);
    return { context, page };
  }

  /** No serious axe-core violation, and no control smaller than 24 × 24 px. */
  async function expectNoBarriers(page: Page): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(SMALL_TARGETS)).toEqual([]);
  }

  it('on a phone, shows a control leading to the results right after the choice, and a list/map toggle', async () => {
    const { context, page } = await chooseSchoolAndNeed(PHONE);
    await page.getByTestId('results-jump').waitFor({ timeout: 20_000 });
    expect(await inViewport(page, 'results-jump')).toBe(true);
    expect(await page.getByTestId('results-jump').innerText()).toMatch(
      /^Bekijk \d+ (resultaat|resultaten)$/,
    );
    await page.screenshot({ path: join(SHOTS, 'finder-390-after-choice.png') });

    await page.getByTestId('results-jump').getByRole('button').click();
    await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    expect(await inViewport(page, 'result-card')).toBe(true);
    // The map is not under the list on a phone: it replaces the list when asked for.
    expect(await page.getByTestId('map').count()).toBe(0);
    await page.getByTestId('view-map').click();
    await page.getByTestId('map').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('result-list').isVisible()).toBe(false);
    expect(await page.getByTestId('view-map').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('view-list').click();
    expect(await page.getByTestId('result-list').isVisible()).toBe(true);

    // The need explanations are folded; one opens on request.
    const more = page.getByTestId('need-more').first();
    expect(await more.getAttribute('open')).toBeNull();
    await expectNoBarriers(page);
    await context.close();
  }, 90_000);

  it('on a desktop, shows the results beside the choice', async () => {
    const { context, page } = await chooseSchoolAndNeed(DESKTOP);
    await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    expect(await inViewport(page, 'result-card')).toBe(true);
    expect(await page.getByTestId('results-jump').count()).toBe(0);
    await page.getByTestId('map').waitFor({ timeout: 20_000 });
    await expectNoBarriers(page);
    await context.close();
  }, 90_000);

  it('scrolls no page sideways at 320 px, with the header menu closed and open', async () => {
    const context = await app.browser.newContext({ viewport: NARROWEST });
    const page = await context.newPage();
    const overflowing: string[] = [];
    const check = async (path: string) => {
      await page.goto(`${app.base}${path}`, { waitUntil: 'domcontentloaded' });
      await settled(page);
      const sideways = (await page.evaluate(SIDEWAYS)) as number;
      if (sideways > 0) {
        const wide = (await page.evaluate(WIDE_ELEMENTS)) as string[];
        overflowing.push(`${path}: ${sideways} px (${wide.join('; ')})`);
      }
    };
    for (const path of [
      '/',
      SHARED,
      '/overzicht',
      '/gemeente',
      '/gemeente?code=GM0606',
      '/over',
      '/inloggen',
      '/aanmelden',
      '/wachtwoord-vergeten',
      '/bestaat-niet',
    ]) {
      await check(path);
    }
    await page.goto(`${app.base}${SHARED}`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('app-menu-button').click();
    await page.getByRole('link', { name: 'Overzichtskaart' }).waitFor();
    if (((await page.evaluate(SIDEWAYS)) as number) > 0) overflowing.push('menu open');
    await page.screenshot({ path: join(SHOTS, 'finder-320-menu.png') });
    // Escape, from inside the open menu, folds it and gives focus back to its button.
    await page.getByRole('link', { name: 'Overzichtskaart' }).focus();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Overzichtskaart' }).waitFor({ state: 'hidden' });
    expect(await focusedBecomes(page, 'e.dataset.testid', 'app-menu-button')).toBe(
      'app-menu-button',
    );
    expect(await page.getByTestId('app-menu-button').getAttribute('aria-expanded')).toBe('false');

    expect((await logInByFetch(page, app.base, EDITOR, PASSWORD)).data?.login.role).toBe(
      'PARTNER_EDITOR',
    );
    for (const path of ['/portaal', '/portaal/inbox']) await check(path);
    expect(overflowing).toEqual([]);
    await context.close();
  }, 180_000);

  it('keeps every target at least 24 × 24 px and axe clean on the portal and the municipality page', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await app.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${app.base}/gemeente?code=GM0606`, { waitUntil: 'domcontentloaded' });
      await page.getByTestId('matrix-row').first().waitFor({ timeout: 20_000 });
      await settled(page);
      expect({ page: 'gemeente', viewport, small: await page.evaluate(SMALL_TARGETS) }).toEqual({
        page: 'gemeente',
        viewport,
        small: [],
      });
      expect(await seriousViolations(page)).toEqual([]);

      await logInByFetch(page, app.base, EDITOR, PASSWORD);
      for (const path of ['/portaal', '/portaal/inbox']) {
        await page.goto(`${app.base}${path}`, { waitUntil: 'domcontentloaded' });
        await settled(page);
        expect({ page: path, viewport, small: await page.evaluate(SMALL_TARGETS) }).toEqual({
          page: path,
          viewport,
          small: [],
        });
        expect(await seriousViolations(page)).toEqual([]);
      }
      await context.close();
    }
  }, 180_000);

  it('helps when a school search finds nothing, and forgives a typo', async () => {
    const context = await app.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(app.base, { waitUntil: 'domcontentloaded' });
    const search = page.getByTestId('school-search');
    await search.fill('qqxxzzvv');
    const none = page.getByTestId('school-none');
    await none.waitFor({ timeout: 15_000 });
    expect(await none.innerText()).toMatch(/Geen school gevonden/);
    expect(await none.innerText()).toMatch(/postcode/);
    expect(await seriousViolations(page)).toEqual([]);

    await search.fill('schiedm');
    await page.getByTestId('school-option').first().waitFor({ timeout: 15_000 });
    const options = await page.getByTestId('school-option').allInnerTexts();
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o) => /Schiedam/.test(o))).toBe(true);
    expect(await none.count()).toBe(0);

    // English mode words the help in English.
    await page.getByTestId('lang-switch').first().dispatchEvent('click');
    await search.fill('qqxxzzvv');
    await page.getByTestId('school-none').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('school-none').innerText()).toMatch(/No school found/);
    await context.close();
  }, 90_000);

  it('keeps a shortlist in the link and the app.browser, compares it and prints it on one page', async () => {
    const context = await app.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${app.base}${SHARED}`, { waitUntil: 'domcontentloaded' });
    const cards = page.getByTestId('result-card');
    await cards.nth(1).waitFor({ timeout: 20_000 });
    const ids = [
      (await cards.nth(0).getAttribute('data-offering-id'))!,
      (await cards.nth(1).getAttribute('data-offering-id'))!,
    ];
    const titles = [
      await cards.nth(0).locator('.result__title').innerText(),
      await cards.nth(1).locator('.result__title').innerText(),
    ];
    await cards.nth(0).getByTestId('star').click();
    await cards.nth(1).getByTestId('star').click();
    await page.waitForURL(new RegExp(`lijst=${ids[0]},${ids[1]}`));
    expect(await cards.nth(0).getByTestId('star').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(`localStorage.getItem('partnerwijzer.lijst')`)).toBe(ids.join(','));

    await page.getByTestId('compare').click();
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    expect(await table.locator('thead th').count()).toBe(3);
    expect(await table.innerText()).toContain(titles[1]);
    expect(await seriousViolations(page)).toEqual([]);

    // Without the list in the link, the browser's copy comes back.
    await page.goto(`${app.base}/?school=ZZ0100`, { waitUntil: 'domcontentloaded' });
    await page.waitForURL(new RegExp(`lijst=${ids[0]},${ids[1]}`), { timeout: 10_000 });

    // Printing: only the one-page overview, with school, needs, both offerings and reasons.
    await page.goto(`${app.base}${SHARED}&lijst=${ids.join(',')}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('print-offering').nth(1).waitFor({ state: 'attached', timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-summary').isVisible()).toBe(true);
    expect(await page.locator('.finder__query').isVisible()).toBe(false);
    const printed = await page.getByTestId('print-summary').innerText();
    expect(printed).toContain('Voorbeeldschool De Regenboog');
    expect(printed).toContain('Extra begeleiding');
    for (const title of titles) expect(printed).toContain(title);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    // Each printed offering links to itself; the link lands in the PDF as a URI annotation.
    for (const id of ids) expect(raw).toContain(`aanbod=${id}`);

    // A colleague opening the shared link sees the same list, in a fresh browser.
    const other = await app.browser.newContext({ viewport: PHONE });
    const colleague = await other.newPage();
    await colleague.goto(`${app.base}${SHARED}&lijst=${ids.join(',')}`, {
      waitUntil: 'domcontentloaded',
    });
    const list = colleague.getByTestId('shortlist');
    await list.waitFor({ timeout: 20_000 });
    await colleague.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    for (const title of titles) expect(await list.innerText()).toContain(title);
    await other.close();
    await context.close();
  }, 120_000);

  it('sorts by distance and narrows by language name, on the server like price and format', async () => {
    const context = await app.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${app.base}/?school=ZZ0100`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    const all = await page.getByTestId('result-card').count();
    // The order is the API's now (over all matches): wait for its answer, not just the URL.
    const sorted = page.waitForResponse(
      (r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('DISTANCE'),
    );
    await page.getByTestId('result-sort').selectOption('afstand');
    await page.waitForURL(/sorteer=afstand/);
    await sorted;
    await page.locator('.results[aria-busy="false"]').waitFor({ timeout: 20_000 });
    const km = await page
      .getByTestId('result-card')
      .evaluateAll((cards) =>
        cards.map((c) => /([\d,]+) km/.exec(c.textContent ?? '')?.[1] ?? null),
      );
    const known = km.filter((k): k is string => k !== null).map((k) => Number(k.replace(',', '.')));
    expect(known).toEqual([...known].sort((a, b) => a - b));
    // Languages by name, not by code.
    const languages = await page.getByTestId('filter-language').locator('option').allInnerTexts();
    expect(languages).toContain('Nederlands');
    expect(languages.some((l) => /^[a-z]{2}$/.test(l))).toBe(false);
    await page.getByTestId('filter-delivery').selectOption('online');
    await page.waitForURL(/vorm=online/);
    await page.waitForTimeout(500);
    expect(await page.getByTestId('result-card').count()).toBeLessThan(all);
    await context.close();
  }, 90_000);
});
