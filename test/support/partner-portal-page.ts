import type { BrowserContext, Locator, Page } from 'playwright-core';
import { logInByFetch, resultCardText, type BrowserApp } from './browser-accounts.js';

// Steps the partner-portal browser suites share: signing in and opening the profile form, and
// reading JINC's result card on the finder until it shows a distance once a location is saved.

// JINC's "Bliksemstage" reaches Zuid-Holland, where school ZZ0100 (Schiedam) is.
const JINC_FINDER = '/?school=ZZ0100&behoeften=BELEVINGSWERELD';

/** The text of JINC's result card on the finder for school ZZ0100. */
export function jincResultCard(page: Page, base: string): Promise<string> {
  return resultCardText(page, base, JINC_FINDER, 'JINC');
}

/** Signs in (logInByFetch), opens /portaal and returns its profile form once it is there. */
export async function openProfileForm(
  page: Page,
  base: string,
  email: string,
  password: string,
): Promise<Locator> {
  await logInByFetch(page, base, email, password);
  await page.goto(`${base}/portaal`, { waitUntil: 'domcontentloaded' });
  const form = page.getByTestId('profile-form');
  await form.waitFor({ timeout: 20_000 });
  return form;
}

/** The desktop size the partner-portal suites use unless a test is about a narrow screen. */
const DESKTOP = { width: 1366, height: 850 };

/** A new browser context of `viewport`, a page in it, and the editor's profile form on it. */
export async function profileFormIn(
  { browser, base }: Pick<BrowserApp, 'browser' | 'base'>,
  email: string,
  password: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<{ context: BrowserContext; page: Page; form: Locator }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const form = await openProfileForm(page, base, email, password);
  return { context, page, form };
}

/**
 * A desktop page on which JINC's result card first still says "Afstand onbekend" (the partner
 * has no location yet), then the editor's profile form on it.
 */
export async function profileFormWithoutDistance(
  { browser, base }: Pick<BrowserApp, 'browser' | 'base'>,
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page; form: Locator }> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  expect(await jincResultCard(page, base)).toMatch(/Afstand\s*onbekend/);
  const form = await openProfileForm(page, base, email, password);
  return { context, page, form };
}

/** Types `query` into the profile form's place search and starts the search; returns the search. */
export async function searchPlace(form: Locator, query: string): Promise<Locator> {
  const search = form.getByTestId('profile-place-search');
  await search.getByLabel('Adres, postcode of plaats').fill(query);
  await search.getByRole('button', { name: 'Zoek plaats' }).click();
  return search;
}

/** Saves the profile form and waits until it says it was saved. */
export async function saveProfileForm(form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await form
    .getByTestId('profile-message')
    .getByText(/opgeslagen/i)
    .waitFor({ timeout: 10_000 });
}

/**
 * Reads JINC's result card until it shows a distance in km (at most 20 reads, half a second
 * apart): the matching index follows the change feed, so a saved location shows up after a
 * moment. Returns the last text read; the caller asserts on it.
 */
export async function jincCardOnceDistanceShown(page: Page, base: string) {
  let card = '';
  for (let i = 0; i < 20 && !/Afstand\s*[\d,]+\s*km/.test(card); i++) {
    card = await jincResultCard(page, base);
    if (!/km/.test(card)) await page.waitForTimeout(500);
  }
  return card;
}
