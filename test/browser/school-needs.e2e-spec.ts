import { schoolYearOf } from '@partnerwijzer/domain';
import { writeImportedIndicators } from '../../apps/api/src/modules/indicators/repository.js';
import { replaceNeedsProfile } from '../../apps/api/src/modules/school-needs/repository.js';
import { schoolwegingRow } from '../indicators/schoolweging-row.js';
import { focusedBecomes } from '../support/browser.js';
import {
  gqlAs,
  logInByFetch,
  overflowingElements,
  PHONE,
  screenshots,
  seriousViolations,
  suiteAccounts,
} from '../support/browser-accounts.js';

const SCHOOL = 'ZZ0100'; // Voorbeeldschool De Regenboog (BAO, Schiedam)
const shot = screenshots('school');
const SUITE = suiteAccounts('school-needs', 'een goed wachtwoord voor de test', {
  STAFF: { role: 'SCHOOL_STAFF', schoolCodes: [SCHOOL] },
});
const { STAFF } = SUITE.people;
const TAAL = 'Taal en (voor)lezen';
const OUDERS = 'Ouderbetrokkenheid';

// A school's staff member records the needs profile on "Mijn school" (keyboard, 390 px), and the
// finder then starts from it for that school; a visitor sees it only once the school opts in.
SUITE.describeInBrowser('school needs profile in Chromium', (app) => {
  it('a school’s staff sets a profile and the finder starts from it', async () => {
    const context = await app.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const login = await logInByFetch(page, app.base, STAFF.email, STAFF.password);
    expect(login.data?.login.role).toBe('SCHOOL_STAFF');

    await page.goto(`${app.base}/mijn-school`, { waitUntil: 'domcontentloaded' });
    const editor = page.locator('.needs-editor');
    await editor.getByRole('checkbox', { name: TAAL }).waitFor({ timeout: 20_000 });
    // By keyboard: focus the type, tick it with Space, then fill its details.
    await editor.getByRole('checkbox', { name: TAAL }).focus();
    await page.keyboard.press('Space');
    await editor.getByLabel('Prioriteit').selectOption('HIGH');
    await editor
      .getByRole('group', { name: /Groepen voor taal/ })
      .getByLabel('3')
      .check();
    await editor
      .getByRole('group', { name: /Groepen voor taal/ })
      .getByLabel('4')
      .check();
    await editor.getByLabel(/Korte toelichting/).fill('Begrijpend lezen in de middenbouw');
    await editor.getByRole('checkbox', { name: OUDERS }).check();
    await editor.getByRole('checkbox', { name: 'Zichtbaar voor partners als vraag' }).check();
    await editor.getByRole('button', { name: 'Profiel opslaan' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('needs-saved')
      .filter({ hasText: /is opgeslagen/ })
      .waitFor({ timeout: 15_000 });
    // The keyboard stays on the save button through the save (a disabled button drops it).
    expect(await focusedBecomes(page, 'e.textContent', 'Profiel opslaan')).toBe('Profiel opslaan');
    expect(await overflowingElements(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'needs-editor-390');

    // Stored as sent, audit-logged.
    const stored = (await app.db.query(
      `SELECT intervention_code, priority, groups, note FROM school_needs_item WHERE vestigingscode = $1 ORDER BY 1`,
      [SCHOOL],
    )) as { intervention_code: string; priority: string; groups: number[]; note: string | null }[];
    expect(stored).toEqual([
      { intervention_code: 'OUDERBETROKKENHEID', priority: 'MEDIUM', groups: [], note: null },
      {
        intervention_code: 'TAAL_LEZEN',
        priority: 'HIGH',
        groups: [3, 4],
        note: 'Begrijpend lezen in de middenbouw',
      },
    ]);

    // The finder for this school starts from the profile.
    await page.goto(`${app.base}/?school=${SCHOOL}`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('needs-from-profile').waitFor({ timeout: 20_000 });
    await page.waitForURL(/behoeften=OUDERBETROKKENHEID,TAAL_LEZEN/, { timeout: 10_000 });
    expect(await page.getByRole('checkbox', { name: TAAL }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: OUDERS }).isChecked()).toBe(true);
    const summary = page.getByTestId('needs-summary');
    expect(await summary.getByTestId('needs-summary-item').allTextContents()).toEqual([
      'Ouderbetrokkenheid: prioriteit middel (hele school)',
      'Taal en (voor)lezen: prioriteit hoog (groep 3–4)',
    ]);
    await page.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    expect(await overflowingElements(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'needs-finder-390');

    // The user's own choice stands: unticking a need is not undone by the profile.
    await page.getByRole('checkbox', { name: OUDERS }).uncheck();
    await page.waitForURL(/behoeften=TAAL_LEZEN$/, { timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/behoeften=TAAL_LEZEN$/);

    // A visitor sees the opted-in profile (never the note) …
    const visitor = await app.browser.newPage();
    await visitor.goto(`${app.base}/?school=${SCHOOL}`, { waitUntil: 'domcontentloaded' });
    await visitor.getByTestId('needs-from-profile').waitFor({ timeout: 20_000 });
    expect(await visitor.getByText('Begrijpend lezen').count()).toBe(0);
    await visitor.close();

    // … and nothing once the school withdraws it.
    await gqlAs(
      app,
      context,
      `mutation ($i: SetSchoolNeedsProfileInput!) { setSchoolNeedsProfile(input: $i) { schoolYear } }`,
      {
        i: {
          vestigingscode: SCHOOL,
          visibleToPartners: false,
          items: [{ interventionCode: 'TAAL_LEZEN', priority: 'HIGH', groups: [3, 4] }],
        },
      },
    );
    const later = await app.browser.newPage();
    await later.goto(`${app.base}/?school=${SCHOOL}`, { waitUntil: 'domcontentloaded' });
    await later.getByTestId('chosen-school').waitFor({ timeout: 20_000 });
    await later.getByTestId('result-card').first().waitFor({ timeout: 20_000 });
    expect(await later.getByTestId('needs-from-profile').count()).toBe(0);
    expect(await later.getByTestId('needs-summary').count()).toBe(0);
    expect(later.url()).not.toMatch(/behoeften=/);
    await later.close();
    await context.close();
  }, 180_000);
  it('the public school page shows the facts, the indicators with their source and the shared profile', async () => {
    const code = 'ZZ0101'; // Voorbeeldschool De Vlinderhof (BAO, Schiedam), used by no other test here
    await app.db.transaction(async (tx) => {
      await writeImportedIndicators(tx, 'SCHOOLWEGING', '2021-2024', [
        schoolwegingRow({
          vestigingscode: code,
          value: 34.56,
          spread: 7.25,
          pupils: 230,
          sourceKey: 'ZZ01|C1',
          sourceName: 'De Vlinderhof',
          sourceRow: 12,
          joinMethod: 'INSTITUTION',
        }),
      ]);
      await replaceNeedsProfile(tx, code, schoolYearOf(new Date()), true, [
        { interventionCode: 'MENTORING', priority: 'HIGH', groups: [7, 8], note: 'Alleen intern' },
      ]);
    });
    for (const width of [390, 320]) {
      const page = await app.browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(`${app.base}/school?code=${code.toLowerCase()}`, {
        waitUntil: 'domcontentloaded',
      });
      await page.getByRole('heading', { level: 1, name: 'Voorbeeldschool De Vlinderhof' }).waitFor({
        timeout: 20_000,
      });
      const facts = await page.getByTestId('school-facts').innerText();
      expect(facts).toContain('Kamperfoeliestraat 3, 3112BN Schiedam');
      expect(facts).toContain('236');
      const indicator = await page.getByTestId('school-indicator').innerText();
      expect(indicator).toContain('Schoolweging: 34,56');
      expect(indicator).toContain('gemiddelde van de schooljaren 2021-2024');
      expect(indicator).toContain('spreiding 7,25');
      expect(indicator).toContain('gekoppeld op de instelling');
      expect(indicator).toContain(
        'Bron: Inspectie van het Onderwijs / CBS (schoolweging-2021-2024.ods)',
      );
      expect(await page.getByTestId('needs-summary-item').allTextContents()).toEqual([
        'Individueel mentor- en coachprogramma: prioriteit hoog (groep 7–8)',
      ]);
      // The school's own note stays with the school.
      expect(await page.getByText('Alleen intern').count()).toBe(0);
      expect(await overflowingElements(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      if (width === 390) {
        await shot(page, 'page-390');
      }
      await page.close();
    }

    // An unknown code says so in words, and a school without values says that too.
    const page = await app.browser.newPage();
    await page.goto(`${app.base}/school?code=ZZ9999`, { waitUntil: 'domcontentloaded' });
    await page
      .getByText('Er is geen school met vestigingscode ZZ9999')
      .waitFor({ timeout: 20_000 });
    await page.goto(`${app.base}/school?code=ZZ0200`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Voor deze school is geen schoolweging').waitFor({ timeout: 20_000 });
    await page.close();
  }, 180_000);
});
