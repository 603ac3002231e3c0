import type { Page } from 'playwright-core';
import { focusedBecomes } from '../support/browser.js';
import {
  describeInBrowser,
  loggedInPage,
  overflowingElements,
  screenshots,
  seriousViolations,
} from '../support/browser-accounts.js';
import { createParties, PARTIES } from '../support/collaboration-parties.js';

const TOKEN = 'collaboration-edit-operator-token-01234567';
const TITLE = 'Leesclub De Regenboog';
const PHONE = { width: 320, height: 800 };

/** Visible controls inside a test id's element smaller than 24 × 24 CSS px (WCAG 2.2, 2.5.8).
 * A string, not a function: the root tsconfig has no DOM types. */
async function smallTargets(page: Page, testId: string): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const root = document.querySelector('[data-testid="${testId}"]');
    const found = [];
    for (const t of root.querySelectorAll('button, a[href], input[role="combobox"], [role="option"]')) {
      const box = t.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 24 || box.height < 24) {
        found.push(t.tagName.toLowerCase() + ' "' + t.textContent.trim() + '" ' + box.width + 'x' + box.height);
      }
    }
    return found;
  })()`)) as string[];
}

/** The longest word of a name, lower case: part of the name, typed into the picker. */
const partOf = (name: string) =>
  name
    .split(/[^\p{L}\p{N}]+/u)
    .sort((a, b) => b.length - a.length)[0]!
    .toLowerCase();

// Issue 15's collaboration form as a product: partners (and schools) are chosen by typing part
// of a name, with the keyboard or the pointer, and show as removable chips; a party edits the
// period and funding in the same form, prefilled, sees the server's refusal in its language,
// and after saving sees the change and its history line. A reading officer gets no Edit
// button. At 320 px: no sideways scroll, targets of at least 24 px; axe-core clean.
describeInBrowser(
  'choosing partners by name and editing a collaboration',
  { ADMIN_API_TOKEN: TOKEN },
  (app) => {
    let orgA: { id: string; name: string };
    let orgB: { id: string; name: string };

    beforeAll(async () => {
      const orgs = (await app.db.query(
        `SELECT id, name FROM organisation WHERE status = 'VERIFIED' ORDER BY name LIMIT 2`,
      )) as { id: string; name: string }[];
      expect(orgs).toHaveLength(2);
      [orgA, orgB] = [orgs[0]!, orgs[1]!];
      await createParties(app.t, TOKEN);
    }, 180_000);

    it('picks partners by typing part of a name, saves, then edits period and funding and sees the history', async () => {
      const { base } = app;
      const shot = screenshots('collaboration-edit');
      const axe = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
      const fits = async (page: Page) => expect(await overflowingElements(page)).toEqual([]);

      const { context, page: staff } = await loggedInPage(
        app,
        PARTIES.staff,
        `${base}/mijn-school`,
        PHONE,
      );
      await staff.goto(`${base}/samenwerkingen?nieuw=1`, { waitUntil: 'domcontentloaded' });
      const form = staff.getByTestId('collaboration-form');
      await form.waitFor({ timeout: 20_000 });

      // The staff member's own school is there already, by name.
      const schools = form.getByRole('list', { name: 'Gekozen scholen' });
      await schools.getByText(PARTIES.school.name).waitFor({ timeout: 10_000 });

      // Partner A by keyboard: type part of its name, arrow down to it, Enter.
      const partners = form.getByRole('combobox', { name: 'Partnerorganisaties' });
      await partners.click();
      await partners.pressSequentially(partOf(orgA.name), { delay: 30 });
      const listbox = form.getByRole('listbox', { name: 'Suggesties voor partnerorganisaties' });
      const optionA = listbox.getByRole('option').filter({ hasText: orgA.name }).first();
      await optionA.waitFor({ timeout: 10_000 });
      expect(await partners.getAttribute('aria-expanded')).toBe('true');
      await axe(staff);
      await fits(staff);
      expect(await smallTargets(staff, 'c-partners-picker')).toEqual([]);
      await shot(staff, 'suggestions');
      const wanted = await optionA.getAttribute('id');
      for (let i = 0; i < 20; i += 1) {
        await staff.keyboard.press('ArrowDown');
        if ((await partners.getAttribute('aria-activedescendant')) === wanted) break;
      }
      expect(await partners.getAttribute('aria-activedescendant')).toBe(wanted);
      await staff.keyboard.press('Enter');
      const chosen = form.getByRole('list', { name: 'Gekozen partnerorganisaties' });
      await chosen.getByText(orgA.name).waitFor({ timeout: 10_000 });
      expect(await partners.inputValue()).toBe('');

      // Partner B by pointer, then removed again with its named button.
      await partners.fill(partOf(orgB.name));
      await listbox.getByRole('option').filter({ hasText: orgB.name }).first().click();
      await chosen.getByText(orgB.name).waitFor({ timeout: 10_000 });
      // Already chosen ones are not offered again.
      await partners.fill(partOf(orgA.name));
      await form
        .getByTestId('c-partners-status')
        .getByText(/suggestie|Niets gevonden/)
        .waitFor();
      expect(await listbox.getByRole('option').filter({ hasText: orgA.name }).count()).toBe(0);
      await partners.fill('');
      await form.getByRole('button', { name: `${orgB.name} verwijderen` }).click();
      expect(await chosen.getByRole('listitem').count()).toBe(1);
      expect(await focusedBecomes(staff, 'e.id', 'c-partners')).toBe('c-partners');
      expect(await smallTargets(staff, 'c-partners-picker')).toEqual([]);
      await axe(staff);
      await fits(staff);

      await form.getByLabel('Naam van de samenwerking').fill(TITLE);
      await form.getByLabel(PARTIES.need, { exact: true }).check();
      await form.getByLabel('Doelen').fill('Elke week een uur lezen in groep 6');
      await form.getByLabel('Begindatum').fill('2026-08-01');
      await form.getByLabel('Einddatum').fill('2027-07-31');
      await form.getByRole('button', { name: 'Samenwerking vastleggen' }).click();
      const detail = staff.getByTestId('collaboration-detail');
      await detail.waitFor({ timeout: 20_000 });
      const facts = await detail.locator('dl.facts').innerText();
      expect(facts).toContain(orgA.name);
      expect(facts).not.toContain(orgB.name);
      expect(facts).toContain('1 augustus 2026 t/m 31 juli 2027');
      const [row] = (await app.db.query(
        `SELECT c.id, array_agg(p.organisation_id::text) AS partners
         FROM collaboration c JOIN collaboration_partner p ON p.collaboration_id = c.id
        WHERE c.title = $1 GROUP BY c.id`,
        [TITLE],
      )) as { id: string; partners: string[] }[];
      expect(row!.partners).toEqual([orgA.id]);

      // --- Edit: the same form, prefilled; a refusal in the user's language -------------------
      await detail.getByRole('link', { name: 'Wijzigen' }).click();
      const edit = staff.getByTestId('collaboration-form');
      await edit.waitFor({ timeout: 20_000 });
      await staff.getByRole('heading', { name: `Samenwerking wijzigen: ${TITLE}` }).waitFor();
      expect(await edit.getByLabel('Naam van de samenwerking').inputValue()).toBe(TITLE);
      expect(await edit.getByLabel('Einddatum').inputValue()).toBe('2027-07-31');
      expect(await edit.getByTestId('collaboration-parties').innerText()).toContain(orgA.name);
      await axe(staff);
      await fits(staff);
      await edit.getByLabel('Einddatum').fill('2026-01-31');
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      const summary = staff.getByTestId('error-summary');
      await summary.waitFor({ timeout: 10_000 });
      expect(await summary.innerText()).toContain('Ligt vóór de begindatum');
      expect(await summary.innerText()).not.toContain('Lies before the start date');
      // The language switch sits in the header's menu on a phone: switched on a wide screen.
      await staff.setViewportSize({ width: 1300, height: 900 });
      await staff.getByTestId('lang-switch').click();
      await edit.getByRole('button', { name: 'Save changes' }).click();
      await summary.getByText(/Lies before the start date/).waitFor({ timeout: 10_000 });
      expect(await summary.innerText()).not.toContain('Ligt vóór');
      await axe(staff);
      await staff.getByTestId('lang-switch').click();
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).waitFor();
      await staff.setViewportSize(PHONE);

      // The real change: a year longer, with a grant.
      await edit.getByLabel('Einddatum').fill('2028-07-31');
      const line = edit.getByTestId('funding-line').nth(0);
      await line.getByLabel('Route').selectOption('FONDS');
      await line.getByLabel('Naam van het fonds (optioneel)').fill('Leesfonds');
      await line.getByLabel('Bedrag (euro) (optioneel)').fill('4500');
      await edit.getByLabel('Waarom deze wijziging? (optioneel)').fill('Verlengd met een jaar');
      await shot(staff, 'edit-form');
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      const after = staff.getByTestId('collaboration-detail');
      await after.waitFor({ timeout: 20_000 });
      await after.getByText('1 augustus 2026 t/m 31 juli 2028').waitFor({ timeout: 10_000 });
      expect(await after.getByTestId('funding-lines').innerText()).toContain('Leesfonds');
      const history = after.getByTestId('collaboration-history');
      expect(await history.locator('tbody tr').count()).toBe(2);
      const last = await history.locator('tbody tr').nth(1).innerText();
      expect(last).toContain('gewijzigd');
      expect(last).toContain('Gewijzigd: periode, financiering');
      expect(last).toContain('Verlengd met een jaar');
      expect(last).toContain(PARTIES.staff.email);
      const [saved] = (await app.db.query(
        `SELECT ends_on::text AS "endsOn" FROM collaboration WHERE id = $1`,
        [row!.id],
      )) as { endsOn: string }[];
      expect(saved!.endsOn).toBe('2028-07-31');
      await axe(staff);
      await fits(staff);
      await shot(staff, 'after-edit');

      // --- A reading officer of the school's municipality: no Edit button ---------------------
      const { context: officerContext, page: officer } = await loggedInPage(
        app,
        PARTIES.officer,
        /\/gemeente\?code=GM0606/,
        PHONE,
      );
      await officer.goto(`${base}/samenwerkingen?id=${row!.id}`, { waitUntil: 'domcontentloaded' });
      await officer.getByTestId('collaboration-detail').waitFor({ timeout: 20_000 });
      await officer.getByText('1 augustus 2026 t/m 31 juli 2028').waitFor({ timeout: 10_000 });
      expect(await officer.getByTestId('collaboration-edit').count()).toBe(0);
      // Even the edit address shows no form to a non-party.
      await officer.goto(`${base}/samenwerkingen?id=${row!.id}&wijzigen=1`, {
        waitUntil: 'domcontentloaded',
      });
      await officer
        .getByText(
          'U kunt deze samenwerking lezen; wijzigen en monitoring invullen doen de partijen.',
        )
        .waitFor({ timeout: 20_000 });
      expect(await officer.getByTestId('collaboration-form').count()).toBe(0);

      await officerContext.close();
      await context.close();
    }, 300_000);
  },
);
