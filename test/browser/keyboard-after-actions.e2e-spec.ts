import type { Page } from 'playwright-core';
import { issueUnsubscribeLink } from '../../apps/api/src/modules/saved-searches/unsubscribe-links.js';
import { focusedBecomes, focusKeyBecomes, unclearControlNames } from '../support/browser.js';
import {
  gqlAs,
  loggedInPage,
  overflowingElements,
  SMALL_PHONE as PHONE,
  type SignIn,
  suiteAccounts,
  violationsAtLeast,
} from '../support/browser-accounts.js';

const SUITE = suiteAccounts('keyboard-after-actions', 'een lang wachtwoord voor het toetsenbord', {
  ADMIN: { role: 'ADMIN' },
  STAFF: { role: 'SCHOOL_STAFF', schoolCodes: ['ZZ0100'] },
  OFFICER: { role: 'MUNICIPALITY_OFFICER', municipalityCodes: ['GM0606'] },
  EDITOR: { role: 'PARTNER_EDITOR' },
});
const { ADMIN, STAFF, EDITOR, OFFICER } = SUITE.people;

/** The focused element's aria-label, for focusedBecomes. */
const ARIA_LABEL = "e.getAttribute('aria-label')";

/** The text of the elements an element's aria-describedby names, joined. */
const description = (page: Page, selector: string): Promise<string> =>
  page.evaluate(`(() => {
    const ids = (document.querySelector(${JSON.stringify(selector)})?.getAttribute('aria-describedby') ?? '').split(' ');
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  })()`) as Promise<string>;

// Journeys walked with the keyboard on a phone, where an action removes or replaces the button
// that had the focus: the keyboard is to go on from there (the next item, the confirmation, the
// heading when nothing is left), never back to the top of the page (document.body). And the
// problems a screen reader is told: tied to their field, named as the field's label says.
SUITE.describeInBrowser(
  'where the keyboard goes after an action (Chromium)',
  (app, organisations) => {
    /** `account` signed in on a phone (landing on `landing`), then at `path`. */
    async function signedInAt(account: SignIn, landing: RegExp, path: string) {
      const opened = await loggedInPage(app, account, landing, PHONE);
      await opened.page.goto(`${app.base}${path}`, { waitUntil: 'domcontentloaded' });
      return opened;
    }
    const officerAt = (path: string) => signedInAt(OFFICER, /\/gemeente/, path);

    it('Annuleren gives the keyboard back to Afwijzen…; Verifiëren by Enter hands it to the next registration, the last one to the heading', async () => {
      const { context, page } = await loggedInPage(app, ADMIN, /\/beheer/, PHONE);
      const section = page.getByTestId('pending-organisations');
      const cards = section.getByTestId('pending-organisation');
      await cards.first().waitFor({ timeout: 20_000 });
      const verify = (i: number) => cards.nth(i).getByRole('button', { name: 'Verifiëren' });
      const count = await cards.count();
      expect(count).toBeGreaterThanOrEqual(2);
      // Each card's Verifiëren and Afwijzen… name the registration they act on.
      expect(await unclearControlNames(page, '[data-testid="pending-organisation"]')).toEqual([]);

      // Afwijzen… opens the reason; Annuleren by Enter gives the keyboard back to Afwijzen….
      await cards.nth(0).getByRole('button', { name: 'Afwijzen…' }).focus();
      await page.keyboard.press('Enter');
      await cards.nth(0).getByRole('button', { name: 'Annuleren' }).focus();
      await page.keyboard.press('Enter');
      await cards.nth(0).getByRole('button', { name: 'Afwijzen…' }).waitFor();
      expect(await focusedBecomes(page, 'e.textContent', 'Afwijzen…')).toBe('Afwijzen…');

      await verify(0).focus();
      for (let left = count; left > 1; left--) {
        const name = await cards.nth(0).getByRole('heading').innerText();
        const next = (await verify(1).getAttribute('data-focus-key'))!;
        await page.keyboard.press('Enter');
        expect(await focusKeyBecomes(page, next)).toBe(next);
        await section
          .getByRole('status')
          .filter({ hasText: `${name} is geverifieerd.` })
          .waitFor();
      }
      await page.keyboard.press('Enter');
      expect(await focusKeyBecomes(page, 'pending-heading')).toBe('pending-heading');
      await section.getByText('Er wachten geen aanmeldingen.').waitFor();
      await context.close();
    }, 120_000);

    it('Importeren by Enter keeps the keyboard on the button; a wrong file type is tied to the file field', async () => {
      const { context, page } = await loggedInPage(app, EDITOR, /\/portaal/, PHONE);
      const section = page.getByTestId('hsds-import');
      await section.waitFor({ timeout: 20_000 });
      const file = section.getByLabel('Bestand (ZIP of JSON)');
      const submit = section.getByRole('button', { name: 'Importeren' });

      await file.setInputFiles({
        name: 'leeg.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{}'),
      });
      await submit.focus();
      await page.keyboard.press('Enter');
      await section
        .getByTestId('hsds-import-error')
        .or(section.getByTestId('hsds-import-report'))
        .waitFor({ timeout: 30_000 });
      expect(await focusedBecomes(page, 'e.textContent', 'Importeren')).toBe('Importeren');
      // The server's reason in the page's language only (it sends "Nederlands (English)").
      const refusal = await section.getByTestId('hsds-import-error').innerText();
      expect(refusal).toContain('geen HSDS-JSON');
      expect(refusal).not.toContain('not HSDS JSON');

      await file.setInputFiles({
        name: 'notities.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('x'),
      });
      await page.keyboard.press('Enter');
      await section.getByText('Kies een .zip- of .json-bestand.').waitFor();
      expect(await file.getAttribute('aria-invalid')).toBe('true');
      expect(await description(page, '[data-testid="hsds-import"] input[type="file"]')).toContain(
        'Kies een .zip- of .json-bestand.',
      );
      await context.close();
    }, 120_000);

    it('deleting a saved search by Enter hands the keyboard to the next one, the last one to the heading; the button is named by its text', async () => {
      const { context, page } = await loggedInPage(app, STAFF, /\/mijn-school/, PHONE);
      for (const needs of [['EXTRA_LEERTIJD'], ['TAAL_LEZEN']]) {
        await gqlAs(
          app,
          context,
          `mutation ($i: SaveSearchInput!) { saveSearch(input: $i) { id } }`,
          { i: { vestigingscode: 'ZZ0100', needs, frequency: 'WEEKLY' } },
        );
      }
      await page.goto(`${app.base}/mijn-zoekopdrachten`, { waitUntil: 'domcontentloaded' });
      const cards = page.getByTestId('saved-search');
      await cards.nth(1).waitFor({ timeout: 20_000 });
      // Its accessible name starts with the text it shows (WCAG 2.5.3, label in name).
      expect(await violationsAtLeast(page, 'serious')).toEqual([]);
      expect(await unclearControlNames(page, '[data-testid="saved-search"]')).toEqual([]);
      const remove = (i: number) => cards.nth(i).getByRole('button', { name: /^Verwijderen: / });

      await remove(0).focus();
      const next = (await remove(1).getAttribute('data-focus-key'))!;
      await page.keyboard.press('Enter');
      expect(await focusKeyBecomes(page, next)).toBe(next);
      await page.keyboard.press('Enter');
      expect(await focusKeyBecomes(page, 'saved-searches-heading')).toBe('saved-searches-heading');
      await page.getByRole('status').filter({ hasText: 'Verwijderd.' }).waitFor();
      await context.close();
    }, 120_000);

    it('unsubscribing by Enter from the mailed link hands the keyboard to the confirmation', async () => {
      const { context } = await loggedInPage(app, STAFF, /\/mijn-school/, PHONE);
      const saved = await gqlAs<{ saveSearch: { id: string } }>(
        app,
        context,
        `mutation ($i: SaveSearchInput!) { saveSearch(input: $i) { id } }`,
        { i: { vestigingscode: 'ZZ0100', needs: ['OUDERBETROKKENHEID'], frequency: 'DAILY' } },
      );
      const link = await issueUnsubscribeLink(app.db, app.base, saved.saveSearch.id);
      await context.close();

      const visitor = await (await app.browser.newContext({ viewport: PHONE })).newPage();
      await visitor.goto(link, { waitUntil: 'domcontentloaded' });
      const button = visitor.getByRole('button', { name: /^Afmelden/ });
      await button.waitFor({ timeout: 20_000 });
      await button.focus();
      await visitor.keyboard.press('Enter');
      await visitor.getByTestId('unsubscribed').waitFor({ timeout: 20_000 });
      expect(await focusedBecomes(visitor, 'e.dataset.testid', 'unsubscribed')).toBe(
        'unsubscribed',
      );
      await visitor.context().close();
    }, 120_000);

    it('the collaboration form names refused fields by their labels, ties the kinds of help to their problem and keeps the keyboard when a funding line goes', async () => {
      const { context, page } = await signedInAt(STAFF, /\/mijn-school/, '/samenwerkingen?nieuw=1');
      const form = page.getByTestId('collaboration-form');
      await form.waitFor({ timeout: 20_000 });

      // A second funding line, then removed with the keyboard: the keyboard stays in the funding.
      await form.getByRole('button', { name: 'Financieringsregel toevoegen' }).click();
      await form.getByRole('button', { name: 'Financieringsregel 2 verwijderen' }).focus();
      await page.keyboard.press('Enter');
      await form.getByTestId('funding-line').nth(1).waitFor({ state: 'detached' });
      expect(await focusedBecomes(page, 'e.id', 'c-f0-routeCode')).toBe('c-f0-routeCode');

      // Sent empty: the summary names each field as its label does, not by the API's name.
      await form.getByRole('button', { name: 'Samenwerking vastleggen' }).focus();
      await page.keyboard.press('Enter');
      const summary = form.getByTestId('error-summary');
      await summary.waitFor({ timeout: 20_000 });
      const items = await summary.getByRole('link').allInnerTexts();
      expect(items).toEqual(
        expect.arrayContaining([
          'Naam van de samenwerking: Verplicht.',
          'Begindatum: Verplicht.',
          'Einddatum: Verplicht.',
          'Partnerorganisaties: Kies er ten minste één.',
          'Soorten hulp: Kies er ten minste één.',
        ]),
      );
      expect(items.filter((item) => /^[a-z]+[A-Z]\w*:|^title:|^goals:/.test(item))).toEqual([]);
      expect(await description(page, '#c-types')).toBe('Kies er ten minste één.');
      await context.close();
    }, 120_000);

    it('a funding line the API refuses is shown at that line, also after a blank line', async () => {
      const { context, page } = await signedInAt(STAFF, /\/mijn-school/, '/samenwerkingen?nieuw=1');
      const form = page.getByTestId('collaboration-form');
      await form.waitFor({ timeout: 20_000 });
      const add = form.getByRole('button', { name: 'Financieringsregel toevoegen' });
      await add.click();
      await add.click();
      const lines = form.getByTestId('funding-line');
      await lines.nth(2).waitFor();
      // Line 1 a grant of the municipality, line 2 left blank, line 3 a fund granted until
      // before it starts: the API is sent two lines and refuses its second.
      await lines.nth(0).getByLabel('Route').selectOption('GEMEENTELIJKE_SUBSIDIE');
      await lines.nth(2).getByLabel('Route').selectOption('FONDS');
      await lines.nth(2).getByLabel('Naam van het fonds (optioneel)').fill('Leesfonds');
      await lines.nth(2).getByLabel('Toegekend vanaf (optioneel)').fill('2027-08-01');
      await lines.nth(2).getByLabel('Toegekend tot en met (optioneel)').fill('2026-07-31');
      await form.getByRole('button', { name: 'Samenwerking vastleggen' }).focus();
      await page.keyboard.press('Enter');
      const summary = form.getByTestId('error-summary');
      await summary.waitFor({ timeout: 20_000 });
      const items = await summary.getByRole('link').allInnerTexts();
      expect(items.filter((item) => item.startsWith('Financieringsregel'))).toEqual([
        'Financieringsregel 3, toegekend tot en met: Ligt vóór de begindatum (2027-08-01).',
      ]);
      expect(await description(page, '#c-f2-validUntil')).toBe(
        'Ligt vóór de begindatum (2027-08-01).',
      );
      expect(await page.locator('[id^="c-f1-"][aria-invalid="true"]').count()).toBe(0);
      await context.close();
    }, 120_000);

    it('the status form says what it saved, ties a missing note to its field and sends the status it shows after a change', async () => {
      const { context, page } = await loggedInPage(app, STAFF, /\/mijn-school/, PHONE);
      await gqlAs(
        app,
        context,
        `mutation ($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`,
        {
          i: {
            title: 'Leesclub met de toetsenbordtest',
            vestigingscodes: ['ZZ0100'],
            organisationIds: [organisations.EDITOR!],
            interventionCodes: ['TAAL_LEZEN'],
            goals: ['Meer leesplezier'],
            startsOn: '2026-08-01',
            endsOn: '2027-07-31',
          },
        },
      );
      // From the list to the collaboration by Enter on its link (one path, another query): the
      // keyboard goes to the page's content, as after any navigation, not to the top.
      await page.goto(`${app.base}/samenwerkingen`, { waitUntil: 'domcontentloaded' });
      const open = page.getByRole('link', { name: /Leesclub met de toetsenbordtest/ });
      await open.waitFor({ timeout: 20_000 });
      await open.focus();
      await page.keyboard.press('Enter');
      const form = page.getByTestId('status-form');
      await form.waitFor({ timeout: 20_000 });
      expect(await focusedBecomes(page, 'e.id', 'inhoud')).toBe('inhoud');
      const status = form.getByLabel('Nieuwe status');
      const save = form.getByRole('button', { name: 'Status opslaan' });
      const said = form.getByTestId('status-saved');

      // Stopping needs a note: the summary names the field as it is labelled, the field says so.
      await status.selectOption({ label: 'Gestopt' });
      const note = form.getByLabel('Toelichting');
      expect(await note.getAttribute('required')).not.toBeNull();
      await save.focus();
      await page.keyboard.press('Enter');
      const summary = form.getByTestId('error-summary');
      await summary.waitFor({ timeout: 20_000 });
      expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Toelichting: Verplicht.']);
      expect(await form.getByLabel('Toelichting').getAttribute('aria-invalid')).toBe('true');
      expect(await description(page, '#s-note')).toContain('Verplicht.');

      // Started: said in the live region; the next statuses follow, and the one shown is sent.
      await status.selectOption({ label: 'Loopt' });
      expect(await note.getAttribute('required')).toBeNull();
      await save.focus();
      await page.keyboard.press('Enter');
      await said.filter({ hasText: 'De status is nu: Loopt.' }).waitFor({ timeout: 20_000 });
      expect(await status.locator('option:checked').innerText()).toBe('Gepauzeerd');
      await page.keyboard.press('Enter');
      await said.filter({ hasText: 'De status is nu: Gepauzeerd.' }).waitFor({ timeout: 20_000 });
      expect(await summary.count()).toBe(0);
      await context.close();
    }, 120_000);

    it('the LEA agreement form names refused fields by their labels and ties the themes to their problem', async () => {
      const { context, page } = await officerAt('/gemeente/afspraken?code=GM0606');
      const form = page.getByTestId('agreement-form');
      await form.waitFor({ timeout: 20_000 });
      await form.getByRole('button', { name: 'Afspraak opslaan' }).focus();
      await page.keyboard.press('Enter');
      const summary = form.getByTestId('error-summary');
      await summary.waitFor({ timeout: 20_000 });
      const items = await summary.getByRole('link').allInnerTexts();
      expect(items).toContain('Afgesproken thema’s: Kies er ten minste één.');
      expect(
        items.filter(
          (item) =>
            !/^(Naam van de afspraak|Begindatum|Einddatum|Afgesproken thema’s): /.test(item),
        ),
      ).toEqual([]);
      expect(await description(page, '#a-themes')).toBe('Kies er ten minste één.');

      // Saved: the form empties and the live region under the button says so.
      await form.getByLabel('Naam van de afspraak').fill('Leesbevordering toetsenbord');
      await form.getByLabel('Begindatum').fill('2026-08-01');
      await form.getByLabel('Einddatum').fill('2027-07-31');
      await form.getByRole('checkbox').first().check();
      await form.getByLabel(/^Doel voor /).fill('Elke school een leesplan');
      await form.getByRole('button', { name: 'Afspraak opslaan' }).focus();
      await page.keyboard.press('Enter');
      await form
        .getByRole('status')
        .filter({ hasText: 'De afspraak ‘Leesbevordering toetsenbord’ is opgeslagen.' })
        .waitFor({ timeout: 20_000 });
      expect(await focusedBecomes(page, 'e.textContent', 'Afspraak opslaan')).toBe(
        'Afspraak opslaan',
      );
      await context.close();
    }, 120_000);

    it('an LEA agreement is edited and deleted by keyboard: the form says which, the keyboard goes there and back, and on after deleting', async () => {
      const { context, page } = await loggedInPage(app, OFFICER, /\/gemeente/, PHONE);
      // Two agreements of its own, later than any other test's: first and second in the list.
      const save = `mutation ($i: LeaAgreementInput!) { saveLeaAgreement(input: $i) { id } }`;
      const agreement = (title: string, from: number) => ({
        i: {
          municipalityCode: 'GM0606',
          title,
          startsOn: `${from}-08-01`,
          endsOn: `${from + 1}-07-31`,
          themes: [{ interventionCode: 'TAAL_LEZEN', goal: 'Elke school een leesplan' }],
        },
      });
      const first = await gqlAs<{ saveLeaAgreement: { id: string } }>(
        app,
        context,
        save,
        agreement('Toetsenbord Noord', 2041),
      );
      await gqlAs(app, context, save, agreement('Toetsenbord Zuid', 2040));
      await page.goto(`${app.base}/gemeente/afspraken?code=GM0606`, {
        waitUntil: 'domcontentloaded',
      });
      const list = page.getByTestId('agreements-list');
      await list.getByText(/Toetsenbord Noord/).waitFor({ timeout: 20_000 });
      // Each agreement's Wijzigen and Verwijderen name the agreement they act on.
      expect(await unclearControlNames(page, '[data-testid="agreements-list"]')).toEqual([]);
      expect(await overflowingElements(page)).toEqual([]);
      const form = page.getByTestId('agreement-form');
      const said = form.getByRole('status');

      // Wijzigen by Enter: the form, prefilled, says which agreement and has the keyboard.
      await list.getByRole('button', { name: 'Wijzigen: Toetsenbord Noord' }).focus();
      await page.keyboard.press('Enter');
      expect(
        await focusedBecomes(page, 'e.textContent', 'Afspraak wijzigen: Toetsenbord Noord'),
      ).toBe('Afspraak wijzigen: Toetsenbord Noord');
      expect(await form.getByLabel('Naam van de afspraak').inputValue()).toBe('Toetsenbord Noord');
      expect(await form.getByLabel('Begindatum').inputValue()).toBe('2041-08-01');
      // Annuleren gives the keyboard back to the agreement; the form is a new one again.
      await form.getByRole('button', { name: 'Annuleren' }).focus();
      await page.keyboard.press('Enter');
      expect(await focusedBecomes(page, ARIA_LABEL, 'Wijzigen: Toetsenbord Noord')).toBe(
        'Wijzigen: Toetsenbord Noord',
      );
      await form.getByRole('heading', { name: 'Nieuwe afspraak' }).waitFor();

      // Saved by Enter: the same agreement changed, said, and the keyboard back at it.
      await list.getByRole('button', { name: 'Wijzigen: Toetsenbord Noord' }).focus();
      await page.keyboard.press('Enter');
      await form.getByRole('heading', { name: 'Afspraak wijzigen: Toetsenbord Noord' }).waitFor();
      await form.getByLabel('Naam van de afspraak').fill('Toetsenbord Noordwest');
      await form.getByRole('button', { name: 'Wijzigingen opslaan' }).focus();
      await page.keyboard.press('Enter');
      await said
        .filter({ hasText: 'De afspraak ‘Toetsenbord Noordwest’ is opgeslagen.' })
        .waitFor({ timeout: 20_000 });
      expect(await focusedBecomes(page, ARIA_LABEL, 'Wijzigen: Toetsenbord Noordwest')).toBe(
        'Wijzigen: Toetsenbord Noordwest',
      );
      const titles = (await app.db.query(
        `SELECT title FROM lea_agreement WHERE id = $1 OR title LIKE 'Toetsenbord Noord%'`,
        [first.saveLeaAgreement.id],
      )) as { title: string }[];
      expect(titles).toEqual([{ title: 'Toetsenbord Noordwest' }]);

      // Verwijderen asks first, with the keyboard on the question; Ja, verwijderen deletes it
      // and the keyboard goes on to the agreement now in its place.
      await list.getByRole('button', { name: 'Verwijderen: Toetsenbord Noordwest' }).focus();
      await page.keyboard.press('Enter');
      const question =
        'Afspraak ‘Toetsenbord Noordwest’ verwijderen, met haar thema’s en doelen? De samenwerkingen blijven.';
      expect(await focusedBecomes(page, 'e.textContent', question)).toBe(question);
      await list.getByRole('button', { name: 'Ja, verwijderen: Toetsenbord Noordwest' }).focus();
      await page.keyboard.press('Enter');
      await said
        .filter({ hasText: 'De afspraak ‘Toetsenbord Noordwest’ is verwijderd.' })
        .waitFor({ timeout: 20_000 });
      expect(
        await focusedBecomes(page, 'e.textContent', 'Dekking tonen van Toetsenbord Zuid'),
      ).toBe('Dekking tonen van Toetsenbord Zuid');
      expect(await list.getByText(/Toetsenbord Noordwest/).count()).toBe(0);
      const left = (await app.db.query(
        `SELECT count(*)::int AS n FROM lea_agreement WHERE id = $1`,
        [first.saveLeaAgreement.id],
      )) as { n: number }[];
      expect(left[0]!.n).toBe(0);
      expect(await violationsAtLeast(page, 'moderate')).toEqual([]);
      await context.close();
    }, 120_000);

    it('removing a scenario candidate or deleting a saved scenario by Enter hands the keyboard on, and says what went', async () => {
      const { context, page } = await officerAt('/gemeente?code=GM0606');
      const section = page.getByTestId('scenarios');
      const candidates = section.getByTestId('scenario-candidate');
      await candidates.first().waitFor({ timeout: 30_000 });
      const before = await candidates.count();
      expect(before).toBeGreaterThanOrEqual(2);

      // The first candidate's ✕: the keyboard goes to the ✕ of the one now in its place.
      const second = (await candidates.nth(1).getByRole('button').getAttribute('aria-label'))!;
      await candidates.first().getByRole('button').focus();
      await page.keyboard.press('Enter');
      await candidates.nth(before - 1).waitFor({ state: 'detached' });
      expect(await focusedBecomes(page, ARIA_LABEL, second)).toBe(second);

      // Two saved scenarios; deleting the first goes on to the next, the last to the heading.
      await section.getByRole('button', { name: 'Doorrekenen' }).click();
      await section.getByTestId('scenario-result').waitFor({ timeout: 20_000 });
      for (const name of ['Toetsenbord A', 'Toetsenbord B']) {
        await section.getByLabel('Naam van het scenario').fill(name);
        await section.getByRole('button', { name: 'Scenario bewaren' }).click();
        await section.getByRole('row', { name: new RegExp(name) }).waitFor({ timeout: 20_000 });
      }
      const rows = section.getByTestId('scenario-saved-row');
      const first = await rows.first().getByRole('rowheader').innerText();
      const other = first.includes('A') ? 'Toetsenbord B' : 'Toetsenbord A';
      await section.getByRole('button', { name: `Verwijderen: ${first.trim()}` }).focus();
      await page.keyboard.press('Enter');
      const said = section.getByTestId('scenario-removed');
      await said.filter({ hasText: `Verwijderd: ${first.trim()}.` }).waitFor({ timeout: 20_000 });
      await rows.nth(1).waitFor({ state: 'detached' });
      expect(await focusedBecomes(page, ARIA_LABEL, `Verwijderen: ${other}`)).toBe(
        `Verwijderen: ${other}`,
      );
      await page.keyboard.press('Enter');
      await said.filter({ hasText: `Verwijderd: ${other}.` }).waitFor({ timeout: 20_000 });
      await rows.first().waitFor({ state: 'detached' });
      expect(await focusedBecomes(page, 'e.textContent', 'Bewaarde scenario’s')).toBe(
        'Bewaarde scenario’s',
      );
      await context.close();
    }, 180_000);

    it('choosing another municipality by Enter gives the keyboard to the page, a sector keeps it on its select', async () => {
      const { context, page } = await officerAt('/gemeente?code=GM0606');
      await page.getByRole('heading', { level: 1, name: /Schiedam/ }).waitFor({ timeout: 30_000 });
      const picker = page.getByRole('combobox', { name: 'Gemeente (naam of code)' });
      await picker.fill('GM0622');
      await picker.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/code=GM0622/);
      await page
        .getByRole('heading', { level: 1, name: /Vlaardingen/ })
        .waitFor({ timeout: 30_000 });
      expect(await focusedBecomes(page, 'e.id', 'inhoud')).toBe('inhoud');

      await page.getByLabel('Sector').focus();
      await page.keyboard.press('ArrowDown');
      await page.waitForURL(/sector=PO/);
      expect(await focusedBecomes(page, 'e.id', 'municipality-sector')).toBe('municipality-sector');
      await context.close();
    }, 120_000);

    it('a scenario the API refuses names its fields by their labels, in one language, at the fields', async () => {
      const { context, page } = await officerAt('/gemeente?code=GM0606');
      const section = page.getByTestId('scenarios');
      await section.getByTestId('scenario-candidate').first().waitFor({ timeout: 30_000 });
      const budget = section.getByLabel('Budget', { exact: true });
      const run = section.getByRole('button', { name: 'Doorrekenen' });
      const summary = section.getByTestId('error-summary');

      // No number at all: refused before sending, said at the field; a count budget says
      // what a count is (a whole number of offerings), not "such as 12,5".
      await budget.fill('twee');
      await run.focus();
      await page.keyboard.press('Enter');
      await summary.waitFor({ timeout: 20_000 });
      expect(await summary.getByRole('link').allInnerTexts()).toEqual([
        'Budget: moet een geheel aantal van 1 tot en met 50 zijn, zoals 2',
      ]);
      expect(await focusedBecomes(page, 'e.dataset.testid', 'error-summary')).toBe('error-summary');

      // Refused by the API: its reason in Dutch only, under the label, tied to the budget field.
      await budget.fill('-3');
      await run.focus();
      await page.keyboard.press('Enter');
      await summary
        .getByRole('link', {
          name: 'Budget: Moet een geheel aantal aanbiedingen van 1 tot en met 50 zijn.',
          exact: true,
        })
        .waitFor({ timeout: 20_000 });
      expect(await summary.innerText()).not.toMatch(/whole number|budget:|Variable|Float/);
      expect(await budget.getAttribute('aria-invalid')).toBe('true');
      const budgetId = (await budget.getAttribute('id')) ?? '';
      expect(await description(page, `[id="${budgetId}"]`)).toBe(
        'Moet een geheel aantal aanbiedingen van 1 tot en met 50 zijn.',
      );
      await context.close();
    }, 180_000);
  },
);
