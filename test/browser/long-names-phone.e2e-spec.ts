import { describeInBrowser, overflowingElements } from '../support/browser.js';
import { newOffering, newOrganisation, newSchool } from '../support/factories.js';

// Names and titles at their full 200 characters, with a long compound that has no place to
// break, an emoji and Arabic (right-to-left) text, seen by a school leader on a phone (375 px,
// touch): the finder's result list must wrap them instead of scrolling the page sideways.

/** `text` repeated and cut to exactly 200 characters (the longest title and name allowed). */
const full200 = (text: string) => text.repeat(Math.ceil(200 / text.length)).slice(0, 200);

const TITLE = full200(
  'Kunstles 🎨 na school مرسم الأطفال Buitenschoolsekunsteducatieprogrammaondersteuning ',
);
const ORGANISATION = full200(
  'Stichting 🎨 Kunst مؤسسة الفنون Langenaamstraatverenigingvoorcultuuronderwijs ',
);

describeInBrowser(
  'long names on a phone, in Chromium',
  { MATCH_SYNC_INTERVAL_MS: '200' },
  (app) => {
    it('the finder wraps a 200-character title and organisation name within 375 px', async () => {
      const { db, browser, base } = app;
      expect(TITLE).toHaveLength(200);
      const school = await newSchool(db, { name: 'De Lange Naam' });
      await newOffering(db, {
        organisationId: await newOrganisation(db, { name: ORGANISATION }),
        title: TITLE,
      });

      const context = await browser.newContext({
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.goto(`${base}/?school=${school.vestigingscode}&behoeften=EXTRA_LEERTIJD`, {
        waitUntil: 'domcontentloaded',
      });
      const card = page.getByTestId('result-card').filter({ hasText: 'Kunstles' });
      await card.waitFor({ timeout: 30_000 });
      expect(await card.innerText()).toContain(TITLE.trim());
      expect(await overflowingElements(page)).toEqual([]);
      await context.close();
    }, 120_000);
  },
);
