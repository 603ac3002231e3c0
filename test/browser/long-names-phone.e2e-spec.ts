import type { Browser } from 'playwright-core';
import { describeInBrowser, overflowingElements } from '../support/browser.js';
import { createAccountWithPassword, logIn } from '../support/browser-accounts.js';
import { requestContactId } from '../support/contact-requests.js';
import { newOffering, newOrganisation, newSchool } from '../support/factories.js';

// Names and titles at their full 200 characters, with a long compound that has no place to
// break, an emoji and Arabic (right-to-left) text, seen on a phone (375 px, touch): the
// finder's result list and the accepted requests on /samenwerkingen must wrap them instead of
// scrolling the page sideways.

/** `text` repeated and cut to exactly 200 characters (the longest title and name allowed). */
const full200 = (text: string) => text.repeat(Math.ceil(200 / text.length)).slice(0, 200);

const TITLE = full200(
  'Kunstles 🎨 na school مرسم الأطفال Buitenschoolsekunsteducatieprogrammaondersteuning ',
);
const ORGANISATION = full200(
  'Stichting 🎨 Kunst مؤسسة الفنون Langenaamstraatverenigingvoorcultuuronderwijs ',
);
const OPERATOR_TOKEN = 'long-names-operator-token-0123456789';
const STAFF = { email: 'ib@delangenaam.nl', password: 'een lange naam past ook op een telefoon' };
const APP_ENV = { MATCH_SYNC_INTERVAL_MS: '200', ADMIN_API_TOKEN: OPERATOR_TOKEN };

const phone = (browser: Browser) =>
  browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

describeInBrowser('long names on a phone, in Chromium', APP_ENV, (app) => {
  let school: Awaited<ReturnType<typeof newSchool>>;
  let offeringId: string;

  beforeAll(async () => {
    school = await newSchool(app.db, { name: 'De Lange Naam' });
    offeringId = await newOffering(app.db, {
      organisationId: await newOrganisation(app.db, { name: ORGANISATION }),
      title: TITLE,
    });
  }, 60_000);

  it('the finder wraps a 200-character title and organisation name within 375 px', async () => {
    expect(TITLE).toHaveLength(200);
    const context = await phone(app.browser);
    const page = await context.newPage();
    await page.goto(`${app.base}/?school=${school.vestigingscode}&behoeften=EXTRA_LEERTIJD`, {
      waitUntil: 'domcontentloaded',
    });
    const card = page.getByTestId('result-card').filter({ hasText: 'Kunstles' });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.innerText()).toContain(TITLE.trim());
    expect(await overflowingElements(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('the accepted request on /samenwerkingen wraps the same title within 375 px', async () => {
    const { t, db, base } = app;
    await createAccountWithPassword(
      t,
      OPERATOR_TOKEN,
      { email: STAFF.email, role: 'SCHOOL_STAFF', schoolCodes: [school.vestigingscode] },
      STAFF.password,
    );
    const requestId = await requestContactId(t, {
      vestigingscode: school.vestigingscode,
      offeringId,
      senderName: 'Juf Lang',
      senderEmail: STAFF.email,
      message: 'Graag kunstles voor de bovenbouw.',
    });
    // The partner has no account here: its answer is set as the inbox would set it.
    await db.query(`UPDATE contact_request SET status = 'ACCEPTED' WHERE id = $1`, [requestId]);

    const context = await phone(app.browser);
    const page = await context.newPage();
    await logIn(page, base, STAFF.email, STAFF.password);
    await page.waitForURL(/\/mijn-school/, { timeout: 20_000 });
    await page.goto(`${base}/samenwerkingen`, { waitUntil: 'domcontentloaded' });
    await page
      .getByTestId('accepted-requests')
      .getByRole('link', { name: /Kunstles/ })
      .waitFor({ timeout: 20_000 });
    expect(await overflowingElements(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
