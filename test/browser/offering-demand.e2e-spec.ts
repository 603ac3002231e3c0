import { join } from 'node:path';
import {
  gqlAs,
  logInByFetch,
  overflowingElements,
  PHONE,
  seriousViolations,
  SHOTS,
  suiteAccounts,
} from '../support/browser-accounts.js';

const SUITE = suiteAccounts('offering-demand', 'een goed wachtwoord voor de test', {
  EDITOR: { role: 'PARTNER_EDITOR' },
  STAFF: { role: 'SCHOOL_STAFF', schoolCodes: ['ZZ0101', 'ZZ0100'] },
});
const { EDITOR, STAFF } = SUITE.people;
const TITLE = 'Weerbaarheidstraining Schiedam (vraagtest)';

// Demo data: no local social-emotional offering reaches these Schiedam and Vlaardingen schools.
// A partner editor opens "Waar is uw aanbod het meest nodig" for an offering in the portal, by
// keyboard, at 390 px: the schools in and just outside its area with an unmet need, the school
// that made its profile visible with its own priority, and never a private profile's note.
SUITE.describeInBrowser(
  'offering demand in the partner portal (Chromium)',
  (app, organisations) => {
    it('a partner sees demand for an offering', async () => {
      // The schools state their needs: ZZ0101 shows its profile, ZZ0100 keeps a private one.
      const school = await app.browser.newContext();
      await logInByFetch(await school.newPage(), app.base, STAFF.email, STAFF.password);
      const SET = `mutation ($i: SetSchoolNeedsProfileInput!) { setSchoolNeedsProfile(input: $i) { schoolYear } }`;
      await gqlAs(app, school, SET, {
        i: {
          vestigingscode: 'ZZ0101',
          visibleToPartners: true,
          items: [{ interventionCode: 'SOCIAAL_EMOTIONEEL', priority: 'HIGH', groups: [5, 6] }],
        },
      });
      await gqlAs(app, school, SET, {
        i: {
          vestigingscode: 'ZZ0100',
          visibleToPartners: false,
          items: [
            { interventionCode: 'SOCIAAL_EMOTIONEEL', priority: 'LOW', note: 'PRIVE-notitie' },
          ],
        },
      });
      await school.close();

      const context = await app.browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      const login = await logInByFetch(page, app.base, EDITOR.email, EDITOR.password);
      expect(login.data?.login.role).toBe('PARTNER_EDITOR');
      // The offering: social-emotional help for primary schools within 2 km of ZZ0100.
      const created = await gqlAs<{ createOffering: { id: string } }>(
        app,
        context,
        `mutation ($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`,
        {
          i: {
            organisationId: organisations.EDITOR,
            title: TITLE,
            interventionCodes: ['SOCIAAL_EMOTIONEEL'],
            sectors: ['PO'],
          },
        },
      );
      await gqlAs(
        app,
        context,
        `mutation ($id: ID!) { setOfferingCoverage(input: { offeringId: $id, areas: [{ kind: RADIUS, center: { lat: 51.925, lng: 4.388 }, radiusKm: 2 }] }) { id } }`,
        { id: created.createOffering.id },
      );

      await page.goto(`${app.base}/portaal`, { waitUntil: 'domcontentloaded' });
      const card = page
        .getByTestId('portal-offering')
        .filter({ has: page.getByRole('heading', { name: TITLE }) });
      await card.waitFor({ timeout: 20_000 });
      // By keyboard: focus the disclosure and open it with Enter.
      const summary = card.getByText('Waar is uw aanbod het meest nodig?');
      await summary.focus();
      await page.keyboard.press('Enter');
      await card.getByTestId('offering-demand-count').waitFor({ timeout: 20_000 });
      expect(await card.getByTestId('offering-demand-count').innerText()).toMatch(
        /^2 scholen in uw werkgebied en 2 net erbuiten met een onvervulde behoefte \(schooljaar \d{4}-\d{4}\)\.$/,
      );
      const schools = await card.getByTestId('demand-school').allInnerTexts();
      expect(schools.map((s) => s.split(',')[0])).toEqual([
        'Voorbeeldschool De Regenboog',
        'Voorbeeldschool Het Anker',
        'Voorbeeldschool De Zeester',
        'Voorbeeldschool De Vlinderhof',
      ]);
      expect(schools[2]).toMatch(/net buiten uw werkgebied, 2,3 km/);
      expect(schools[3]).toMatch(/gevraagd door de school, prioriteit hoog/);
      expect(schools[0]).toMatch(/geschat uit indicatoren/);
      expect(await page.getByText('PRIVE-notitie').count()).toBe(0);
      expect(await overflowingElements(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(SHOTS, 'portal-offering-demand-390.png'),
        fullPage: true,
      });
      await context.close();
    }, 180_000);
  },
);
