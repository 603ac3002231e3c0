import type { Browser, Locator } from 'playwright-core';
import type { DataSource } from 'typeorm';
import {
  editorWithoutLocation,
  logInByFetch,
  seriousViolations,
} from '../support/browser-accounts.js';
import { describeInBrowserWithGeocoder } from '../support/browser-geocoder.js';
import {
  jincCardOnceDistanceShown,
  profileFormIn,
  profileFormWithoutDistance,
  saveProfileForm,
  searchPlace,
} from '../support/partner-portal-page.js';

const TOKEN = 'places-browser-operator-token-0123456789';
const EDITOR = 'plaats@jinc.example.nl';
const PASSWORD = 'een goed wachtwoord voor de test';

/** The profile form's refusal of a bad website and phone number in one language: the save
 * button's name, each field's own error and what the other language would have said. */
interface Refusal {
  save: string;
  website: string;
  phone: string;
  otherLanguage: RegExp;
}

const DUTCH_REFUSAL: Refusal = {
  save: 'Opslaan',
  website: 'Geen geldig webadres, bijvoorbeeld https://www.voorbeeld.nl.',
  phone: 'Geen geldig telefoonnummer, bijvoorbeeld 010 123 45 67.',
  otherLanguage: /not a valid/i,
};

const ENGLISH_REFUSAL: Refusal = {
  save: 'Save',
  website: 'Not a valid web address, for example https://www.example.nl.',
  phone: 'Not a valid phone number, for example 010 123 45 67.',
  otherLanguage: /geldig/,
};

/** Saves the form and waits for both fields' errors in `refusal`'s language, and no other. */
async function refusedAtBothFields(form: Locator, refusal: Refusal): Promise<void> {
  await form.getByRole('button', { name: refusal.save }).click();
  // Exact: the field's own error (the summary names it again, after the field's label).
  await form.getByText(refusal.website, { exact: true }).waitFor();
  await form.getByText(refusal.phone, { exact: true }).waitFor();
  expect(await form.innerText()).not.toMatch(refusal.otherLanguage);
}

// A partner without a location types an address, picks the place the geocoder (a local server
// with PDOK Locatieserver documents) found, saves, and a school then sees the distance.
describeInBrowserWithGeocoder(
  'places in the partner portal (Chromium)',
  { env: { ADMIN_API_TOKEN: TOKEN } },
  (app, pdok) => {
    let db: DataSource;
    let browser: Browser;
    let base: string;

    beforeAll(async () => {
      ({ db, browser, base } = app);
      // Start as the issue found it: no location, so every result says "onbekend".
      await editorWithoutLocation(app, TOKEN, EDITOR, PASSWORD);
    }, 120_000);

    it('enters an address, picks the place found, and the school sees the distance', async () => {
      const { context, page, form } = await profileFormWithoutDistance(app, EDITOR, PASSWORD);
      const search = await searchPlace(form, 'Broersvest 5 Schiedam');
      await search.getByRole('button', { name: 'Broersvest 5, 3111EA Schiedam' }).click();
      expect(await form.getByLabel('Breedtegraad').inputValue()).toBe('51.917126');
      expect(await seriousViolations(page)).toEqual([]);
      await saveProfileForm(form);
      expect(pdok().requests.map((u) => u.searchParams.get('q'))).toEqual([
        'Broersvest 5 Schiedam',
      ]);

      // The matching index follows the change feed; the finder shows a distance in km.
      const card = await jincCardOnceDistanceShown(page, base);
      expect(card).toMatch(/Afstand\s*[\d,]+\s*km/);
      await context.close();
    }, 120_000);

    it('shows the same server refusal in Dutch and in English, all fields at once', async () => {
      const { context, page, form } = await profileFormIn(app, EDITOR, PASSWORD);
      await form.getByLabel('Website').fill('geen adres');
      await form.getByLabel('Telefoon', { exact: false }).first().fill('bel ons maar');
      // The counter shows the limit before anyone submits.
      expect(await form.getByTestId('character-count').first().innerText()).toMatch(
        /van 200 tekens/,
      );
      await refusedAtBothFields(form, DUTCH_REFUSAL);

      await page.getByTestId('lang-switch').click();
      // English is a chunk of its own, loaded on the switch (decision 0015); a selector, as
      // waitForFunction evaluates a string in the page, which the CSP refuses.
      await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 5_000 });
      await refusedAtBothFields(form, ENGLISH_REFUSAL);
      expect(await seriousViolations(page)).toEqual([]);
      // Nothing was written.
      const [row] = (await db.query(`SELECT website FROM organisation WHERE name = 'JINC'`)) as {
        website: string | null;
      }[];
      expect(row!.website).not.toBe('geen adres');
      await context.close();
    }, 120_000);

    it('shows what a coverage area reaches before saving, and warns about a very large one', async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
      const page = await context.newPage();
      await logInByFetch(page, base, EDITOR, PASSWORD);
      await page.goto(`${base}/portaal`, { waitUntil: 'domcontentloaded' });
      const [offering] = (await db.query(
        `SELECT o.id FROM offering o JOIN organisation g ON g.id = o.organisation_id
        WHERE g.name = 'JINC' AND o.title = 'Bliksemstage'`,
      )) as { id: string }[];
      const before = await db.query(`SELECT * FROM coverage_area WHERE offering_id = $1`, [
        offering!.id,
      ]);
      await page.getByTestId('open-coverage').first().waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Werkgebied van Bliksemstage' }).click();
      const editor = page.getByTestId('coverage-editor');
      await editor.waitFor({ timeout: 10_000 });
      // The saved provinces already reach schools: the count is there before anything is saved.
      const summary = editor.getByTestId('coverage-reach-summary');
      await summary.waitFor({ timeout: 15_000 });
      expect(await summary.innerText()).toMatch(/^Bereikt \d+ scholen? in \d+ gemeenten?\./);

      await editor.getByRole('button', { name: 'Heel Nederland toevoegen' }).click();
      await editor.getByText(/100% van alle scholen/).waitFor({ timeout: 15_000 });
      expect(await editor.getByTestId('coverage-reach-warnings').innerText()).toMatch(
        /dit gebied is erg groot/,
      );
      expect(await seriousViolations(page)).toEqual([]);
      // Only previewed: the saved coverage has not changed.
      expect(
        await db.query(`SELECT * FROM coverage_area WHERE offering_id = $1`, [offering!.id]),
      ).toEqual(before);
      await context.close();
    }, 120_000);
  },
);
