import type { DataSource } from 'typeorm';
import { SearchSyncWorker } from '../../apps/api/src/modules/search/index.js';
import { editorWithoutLocation, seriousViolations } from '../support/browser-accounts.js';
import { describeInBrowserWithGeocoder } from '../support/browser-geocoder.js';
import {
  jincCardOnceDistanceShown,
  profileFormIn,
  profileFormWithoutDistance,
  saveProfileForm,
  searchPlace,
} from '../support/partner-portal-page.js';

const TOKEN = 'location-map-operator-token-0123456789';
const EDITOR = 'kaart@jinc.example.nl';
const PASSWORD = 'een goed wachtwoord voor de kaarttest';

// The address search is down (the PDOK stand-in answers 503): the partner picks the
// organisation's location by clicking the map in the portal, saves, and a school then sees the
// distance to that partner instead of "Afstand onbekend".
describeInBrowserWithGeocoder(
  'the location picked on a map, offline (Chromium)',
  { env: { ADMIN_API_TOKEN: TOKEN }, mode: 'error' },
  (app, pdok) => {
    let db: DataSource;
    let base: string;
    let orgId: string;

    beforeAll(async () => {
      ({ db, base } = app);
      orgId = await editorWithoutLocation(app, TOKEN, EDITOR, PASSWORD);
    }, 120_000);

    /** Sets JINC's location (null: none) as the operator would, and waits until the matching
     * index has it: each test starts from the location it needs, whatever ran before. */
    async function locateOrganisation(location: { lat: number; lng: number } | null) {
      const updated = await app.t.gql(
        `mutation ($o: ID!, $l: GeoPointInput) { updateOrganisation(organisationId: $o, input: { location: $l }) { id } }`,
        { o: orgId, l: location },
        { authorization: `Bearer ${TOKEN}` },
      );
      expect(updated.errors).toBeUndefined();
      await app.t.app.get(SearchSyncWorker).drain();
    }

    it('geocoder down: the map opens, a click sets the point, and after saving the school sees a distance', async () => {
      await locateOrganisation(null);
      const { context, page, form } = await profileFormWithoutDistance(app, EDITOR, PASSWORD);
      const toggle = form.getByTestId('profile-map-toggle');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await form.getByTestId('profile-location-map').count()).toBe(0);

      // The address search fails at the geocoder: the map opens by itself.
      await searchPlace(form, 'Broersvest 5 Schiedam');
      const map = form.getByTestId('profile-location-map');
      await map.waitFor({ timeout: 10_000 });
      expect(pdok().requests.map((u) => u.searchParams.get('q'))).toContain(
        'Broersvest 5 Schiedam',
      );
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await toggle.innerText()).toBe('Kaart verbergen');
      // No background tiles either (the test app points them at a closed port): said so.
      await form.getByTestId('tile-notice').waitFor({ timeout: 10_000 });
      expect(await form.getByTestId('tile-notice').innerText()).toMatch(/Achtergrondkaart/);
      // ...on the map it is about, not over the site's header at the top of the page.
      const notice = (await form.getByTestId('tile-notice').boundingBox())!;
      const mapBox = (await map.boundingBox())!;
      expect(notice.y).toBeGreaterThanOrEqual(mapBox.y);
      expect(notice.y + notice.height).toBeLessThanOrEqual(mapBox.y + mapBox.height);
      expect(await form.getByLabel('Breedtegraad').inputValue()).toBe('');

      // A click in the middle of the map (it shows the whole country) picks that point.
      const box = (await map.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await form
        .getByTestId('profile-map-picked')
        .getByText(/Punt gekozen op de kaart/)
        .waitFor();
      const lat = Number(await form.getByLabel('Breedtegraad').inputValue());
      const lng = Number(await form.getByLabel('Lengtegraad').inputValue());
      expect(lat).toBeGreaterThan(51.6);
      expect(lat).toBeLessThan(52.7);
      expect(lng).toBeGreaterThan(4.8);
      expect(lng).toBeLessThan(5.8);
      expect(await seriousViolations(page)).toEqual([]);

      await saveProfileForm(form);
      // What was clicked is what is stored (the fields hold 6 decimals).
      const [row] = (await db.query(`SELECT lat, lng FROM organisation WHERE id = $1`, [
        orgId,
      ])) as {
        lat: string | number;
        lng: string | number;
      }[];
      expect(Number(row!.lat)).toBeCloseTo(lat, 5);
      expect(Number(row!.lng)).toBeCloseTo(lng, 5);

      // The matching index follows the change feed; the finder shows a distance in km.
      const card = await jincCardOnceDistanceShown(page, base);
      expect(card).toMatch(/Afstand\s*[\d,]+\s*km/);
      expect(card).not.toMatch(/Afstand\s*onbekend/);
      await context.close();
    }, 120_000);

    it('opens on request too, fits a 320 px screen, and closes again', async () => {
      // A point saved before this test (Broersvest 5, Schiedam): its own, not the other test's.
      await locateOrganisation({ lat: 51.917126, lng: 4.399234 });
      const { context, page, form } = await profileFormIn(app, EDITOR, PASSWORD, {
        width: 320,
        height: 700,
      });
      const toggle = form.getByRole('button', { name: 'Kies het punt op de kaart' });
      await toggle.focus();
      await page.keyboard.press('Enter');
      const map = form.getByTestId('profile-location-map');
      await map.waitFor({ timeout: 10_000 });
      // The saved point is on the map (and in the fields), the map centred on it.
      expect(await form.getByLabel('Breedtegraad').inputValue()).not.toBe('');
      expect(await map.locator('path').count()).toBeGreaterThan(0);
      expect((await map.boundingBox())!.width).toBeLessThanOrEqual(320);
      expect(
        (await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        )) as number,
      ).toBeLessThanOrEqual(0);
      const hide = form.getByTestId('profile-map-toggle');
      expect((await hide.boundingBox())!.height).toBeGreaterThanOrEqual(24);
      expect(await seriousViolations(page)).toEqual([]);
      await hide.click();
      expect(await hide.getAttribute('aria-expanded')).toBe('false');
      expect(await form.getByTestId('profile-location-map').count()).toBe(0);
      await context.close();
    }, 120_000);
  },
);
