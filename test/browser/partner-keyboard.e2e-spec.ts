import type { Locator, Page } from 'playwright-core';
import { requestContactId } from '../support/contact-requests.js';
import { overflowingElements, unclearControlNames } from '../support/browser.js';
import { registerAndConfirm } from '../accounts/accounts-support.js';
import { loggedInPage, SMALL_PHONE as PHONE, suiteAccounts } from '../support/browser-accounts.js';

const SUITE = suiteAccounts('partner-keyboard', 'een partner die alles met toetsen doet', {
  EDITOR: { role: 'PARTNER_EDITOR' },
});
const { token: TOKEN, password: PASSWORD } = SUITE;
const { EDITOR } = SUITE.people;

/** What has the keyboard: "BODY" when it fell back to the page, else tag and text. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(
    `(() => { const e = document.activeElement; if (!e || e === document.body) return 'BODY';
      return e.tagName + ' ' + (e.getAttribute('aria-label') || e.textContent || e.value || '').trim(); })()`,
  ) as Promise<string>;

/**
 * The focused element once two reads 150 ms apart agree and it is not the page itself (the page
 * moves the focus in its own time, after a refetch), or what it is after `ms`.
 */
async function focusSettles(page: Page, ms = 5_000): Promise<string> {
  const deadline = Date.now() + ms;
  let last = await focused(page);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await focused(page);
    if ((now === last && now !== 'BODY') || Date.now() > deadline) return now;
    last = now;
  }
}

/**
 * How many elements `locator` finds once that is `n`, or after `ms`. Polled from here: the
 * page's CSP (no eval) refuses Playwright's in-page polling of a string predicate
 * (waitForFunction), which failed on PostgreSQL, where the list had not changed at the first
 * look.
 */
async function countBecomes(locator: Locator, n: number, ms = 20_000): Promise<number> {
  const deadline = Date.now() + ms;
  for (;;) {
    const now = await locator.count();
    if (now === n || Date.now() > deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The facts of a card (dt) that do not start a line of the list, or whose value lies above them. */
const factsOffTheirLine = (card: Locator): Promise<string[]> =>
  card.locator('dl').evaluate((dl) => {
    const left = dl.getBoundingClientRect().left;
    const off: string[] = [];
    for (const dt of dl.querySelectorAll('dt')) {
      const term = dt.getBoundingClientRect();
      const value = dt.nextElementSibling?.getBoundingClientRect();
      if (Math.abs(term.left - left) > 1 || !value || value.top < term.top)
        off.push(dt.textContent ?? '');
    }
    return off;
  });

/** Types one corner (51,9 / 4,3) of a drawing in the coverage editor and adds it by Enter. */
async function addCornerByKeyboard(page: Page, editor: Locator): Promise<void> {
  await editor.getByLabel('Breedtegraad').nth(1).fill('51,9');
  await editor.getByLabel('Lengtegraad').nth(1).fill('4,3');
  await editor.getByRole('button', { name: 'Punt toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await editor.getByTestId('draw-count').getByText('1 hoekpunt').waitFor();
}

// A partner's journeys walked with the keyboard on a phone, where an action removes, replaces
// or disables the focused button: the keyboard is to go on from there, never to the top of the
// page (document.body).
SUITE.describeInBrowser('a partner with the keyboard (Chromium)', (app, organisations) => {
  /** The editor's portal on a phone, once its first or last offering's card is there; its title. */
  async function portalOffering(which: 'first' | 'last') {
    const { context, page } = await loggedInPage(app, EDITOR, /\/portaal/, PHONE);
    const card = page.getByTestId('portal-offering')[which]();
    await card.waitFor({ timeout: 20_000 });
    const title = await card.locator('.portal-offering__title').innerText();
    return { context, page, card, title };
  }

  it('the inbox: marking read, accepting and declining keep the keyboard on the request; one that leaves the filtered list hands it to the heading', async () => {
    // Three of the organisation's offerings, active whatever another test did to them (the
    // coverage editor's test archives one): a request is refused for an archived offering.
    const offerings = (await app.db.query(
      `SELECT id FROM offering WHERE organisation_id = $1 ORDER BY title LIMIT 3`,
      [organisations.EDITOR!],
    )) as { id: string }[];
    expect(offerings).toHaveLength(3);
    for (const o of offerings) {
      const active = await app.t.gql(
        `mutation ($o: ID!) { setOfferingStatus(offeringId: $o, status: ACTIVE) { id } }`,
        { o: o.id },
        { authorization: `Bearer ${TOKEN}` },
      );
      expect(active.errors).toBeUndefined();
    }
    for (const [i, o] of offerings.entries()) {
      await requestContactId(app.t, {
        offeringId: o.id,
        vestigingscode: 'ZZ0100',
        senderName: `Intern begeleider ${i}`,
        senderEmail: 'ib@toetsen.example.nl',
        message: 'Kunnen we kennismaken?',
      });
    }
    const { context, page } = await loggedInPage(app, EDITOR, /\/portaal/, PHONE);
    await page.goto(`${app.base}/portaal/inbox`, { waitUntil: 'domcontentloaded' });
    const cards = page.getByTestId('inbox-request');
    await cards.nth(2).waitFor({ timeout: 20_000 });
    // Each card's buttons say which request they answer (three from one school).
    expect(await unclearControlNames(page, '[data-testid="inbox-request"]')).toEqual([]);
    // On the phone each fact starts a line of its own, its value below or beside its label:
    // inline, a label ended one line and its value began the next.
    expect(await factsOffTheirLine(cards.nth(0))).toEqual([]);

    await cards.nth(0).getByRole('button', { name: 'Markeer als gelezen' }).focus();
    await page.keyboard.press('Enter');
    await cards.nth(0).getByTestId('request-unread').waitFor({ state: 'detached' });
    expect(await focusSettles(page)).toMatch(/^H2 Voorbeeldschool/);

    await cards.nth(0).getByRole('button', { name: 'Accepteren' }).focus();
    await page.keyboard.press('Enter');
    await cards.nth(0).getByText('geaccepteerd').waitFor();
    expect(await focusSettles(page)).toMatch(/^H2 Voorbeeldschool/);

    await cards.nth(1).getByRole('button', { name: 'Afwijzen…' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Vol tot de zomer.');
    await cards.nth(1).getByRole('button', { name: 'Afwijzing versturen' }).focus();
    await page.keyboard.press('Enter');
    await cards.nth(1).getByText('afgewezen').first().waitFor();
    expect(await focusSettles(page)).toMatch(/^H2 Voorbeeldschool/);

    // Only the new ones: accepting the last one takes it out of the list.
    await page.getByLabel('Toon').selectOption('REQUESTED');
    expect(await countBecomes(cards, 1)).toBe(1);
    await cards.nth(0).getByRole('button', { name: 'Accepteren' }).focus();
    await page.keyboard.press('Enter');
    await cards.first().waitFor({ state: 'detached' });
    expect(await focusSettles(page)).toMatch(/^H1 Contactverzoeken voor JINC/);
    await context.close();
  }, 120_000);

  it('the coverage editor: adding the whole country or a municipality, clearing a drawing and removing an area keep the keyboard in the editor; archiving hands it to Weer actief maken', async () => {
    const { context, page, card, title } = await portalOffering('first');
    await card.getByTestId('open-coverage').focus();
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('coverage-editor');
    await editor.waitFor();

    await editor.getByRole('button', { name: 'Heel Nederland toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await editor.getByTestId('coverage-area').filter({ hasText: 'Heel Nederland' }).waitFor();
    expect(await focusSettles(page)).toMatch(/^BUTTON Heel Nederland/);

    await editor.getByTestId('region-search').fill('Vlaardingen');
    const add = editor.getByRole('button', { name: 'Gemeente Vlaardingen (GM0622) toevoegen' });
    await add.focus();
    await page.keyboard.press('Enter');
    await editor.getByTestId('coverage-area').filter({ hasText: 'Vlaardingen' }).waitFor();
    expect(await focusSettles(page)).toMatch(/^BUTTON Gemeente Vlaardingen/);

    await addCornerByKeyboard(page, editor);
    await editor.getByRole('button', { name: 'Tekening wissen' }).focus();
    await page.keyboard.press('Enter');
    await editor.getByTestId('draw-count').getByText('0 hoekpunten').waitFor();
    expect(await focusSettles(page)).toBe('BUTTON Tekening wissen');

    const areas = editor.getByTestId('coverage-area');
    const before = await areas.count();
    await areas.first().getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await countBecomes(areas, before - 1)).toBe(before - 1);
    expect(await focusSettles(page)).toMatch(/ verwijderen$/);

    // The removal is not saved: going back asks first (see the unsaved-changes test).
    await editor.getByRole('button', { name: /^Terug naar/ }).click();
    await page.getByTestId('unsaved-discard').click();
    await card.getByTestId('archive-offering').focus();
    await page.keyboard.press('Enter');
    await card.getByTestId('archive-offering-yes').focus();
    await page.keyboard.press('Enter');
    await card.getByText('Gearchiveerd').waitFor();
    expect(await focusSettles(page)).toBe(`BUTTON Weer actief maken: ${title}`);
    await context.close();
  }, 120_000);

  it('unsaved changes in the coverage editor or the offering form are not thrown away unasked: the question takes the keyboard, Verder bewerken hands it back, Wijzigingen weggooien goes where asked', async () => {
    const { context, page, card, title } = await portalOffering('last');
    const editor = page.getByTestId('coverage-editor');
    const question = page.getByTestId('unsaved-question');

    // Nothing changed: back to the list at once, the keyboard on the button that opened it.
    await card.getByTestId('open-coverage').focus();
    await page.keyboard.press('Enter');
    await editor.waitFor();
    await editor.getByRole('button', { name: 'Terug naar het aanbod' }).focus();
    await page.keyboard.press('Enter');
    await editor.waitFor({ state: 'detached' });
    expect(await question.count()).toBe(0);
    expect(await focusSettles(page)).toBe(`BUTTON Werkgebied van ${title}`);

    // A corner typed for a drawing is work: going back asks, and keeps the editor meanwhile.
    await page.keyboard.press('Enter');
    await editor.waitFor();
    await addCornerByKeyboard(page, editor);
    await editor.getByRole('button', { name: 'Terug naar het aanbod' }).focus();
    await page.keyboard.press('Enter');
    await question.waitFor();
    expect(await focusSettles(page)).toBe(
      `P “Werkgebied van ${title}” heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze weggooien?`,
    );
    await question.getByRole('button', { name: 'Verder bewerken' }).focus();
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    expect(await focusSettles(page)).toBe(`H3 Werkgebied van ${title}`);
    expect(await editor.getByTestId('draw-count').innerText()).toBe('1 hoekpunt');

    // Another offering's form from the list asks too; discarding opens what was asked for.
    await card.getByRole('button', { name: `Wijzigen: ${title}` }).focus();
    await page.keyboard.press('Enter');
    await question.waitFor();
    await question.getByRole('button', { name: 'Wijzigingen weggooien' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('offering-form');
    await form.waitFor();
    expect(await editor.count()).toBe(0);
    expect(await focusSettles(page)).toBe(`H3 Aanbod wijzigen: ${title}`);

    // A half-edited offering: opening its coverage asks before the typing is lost.
    await form.getByLabel('Titel').fill(`${title} (nieuw)`);
    await card.getByTestId('open-coverage').focus();
    await page.keyboard.press('Enter');
    await question.waitFor();
    expect(await form.getByLabel('Titel').inputValue()).toBe(`${title} (nieuw)`);
    await question.getByRole('button', { name: 'Wijzigingen weggooien' }).click();
    await editor.waitFor();
    expect(await form.count()).toBe(0);
    expect(await editor.getByTestId('draw-count').innerText()).toBe('0 hoekpunten');
    await context.close();
  }, 120_000);

  it('signing out with unsaved work asks the same question as a header link, in Dutch and in English; staying keeps the work and the session, going on signs out', async () => {
    // The header's account menu is in view on a wide screen (a phone folds it into a menu).
    const { context, page } = await loggedInPage(app, EDITOR, /\/portaal/, {
      width: 1280,
      height: 900,
    });
    const card = page.getByTestId('portal-offering').last();
    await card.waitFor({ timeout: 20_000 });
    const title = await card.locator('.portal-offering__title').innerText();
    const question = page.getByTestId('unsaved-question');
    const form = page.getByTestId('offering-form');
    const signOut = (name: string) =>
      page.getByTestId('account-menu').getByRole('button', { name }).click();
    const signedIn = () =>
      page.evaluate(
        `fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
           body: JSON.stringify({ query: '{ me { role } }' }) }).then((r) => r.json())`,
      ) as Promise<{ data: { me: { role: string } | null } }>;

    await card.getByRole('button', { name: `Wijzigen: ${title}` }).click();
    await form.getByLabel('Titel').fill(`${title} (half af)`);
    await signOut('Uitloggen');
    await question.waitFor();
    expect(await question.innerText()).toContain(
      `“Aanbod wijzigen: ${title}” heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze weggooien?`,
    );
    expect(page.url()).toMatch(/\/portaal/);
    expect((await signedIn()).data.me).toEqual({ role: 'PARTNER_EDITOR' });
    await question.getByRole('button', { name: 'Verder bewerken' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await form.getByLabel('Titel').inputValue()).toBe(`${title} (half af)`);

    // The same in English.
    await page.getByTestId('lang-switch').click();
    await signOut('Log out');
    await question.waitFor();
    expect(await question.innerText()).toContain(
      'has changes that are not saved yet. Do you want to discard them?',
    );
    expect((await signedIn()).data.me).toEqual({ role: 'PARTNER_EDITOR' });
    await question.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByTestId('logged-out').waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe('/uitloggen');
    expect((await signedIn()).data.me).toBeNull();
    await context.close();
  }, 120_000);

  it('a rejected partner reads why on a phone and offers the organisation again; the keyboard goes to the answer', async () => {
    const partner = { email: 'info@afgewezen.example.nl', password: PASSWORD };
    const { organisationId } = await registerAndConfirm(app.t, {
      organisationName: 'Stichting Afgewezen Maar Niet Opgegeven',
      kvkNumber: '55667788',
      ...partner,
    });
    const rejected = await app.t.gql(
      `mutation ($o: ID!) { rejectOrganisation(organisationId: $o, reason: "Het KvK-nummer hoort bij een andere stichting") { status } }`,
      { o: organisationId },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(rejected.errors).toBeUndefined();
    const { context, page } = await loggedInPage(app, partner, /\/portaal/, PHONE);
    const section = page.getByTestId('resubmit');
    await section
      .getByText('Reden van de beheerder: Het KvK-nummer hoort bij een andere stichting')
      .waitFor({ timeout: 20_000 });
    // The status badge of a rejected organisation is long: it wraps, the page stays 375 px wide.
    expect(await overflowingElements(page)).toEqual([]);

    await section.getByRole('button', { name: 'Opnieuw ter verificatie aanbieden' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('organisation-status')
      .getByText('Wacht op verificatie door de beheerder')
      .waitFor();
    expect(await focusSettles(page)).toBe(
      'P Aangeboden: uw organisatie wacht weer op verificatie door de beheerder.',
    );
    const [row] = (await app.db.query(`SELECT status FROM organisation WHERE id = $1`, [
      organisationId,
    ])) as { status: string }[];
    expect(row!.status).toBe('PENDING');
    await context.close();
  }, 120_000);

  it('choosing a found place keeps the keyboard in the address search', async () => {
    const { context, page } = await loggedInPage(app, EDITOR, /\/portaal/, PHONE);
    const search = page.getByTestId('profile-place-search');
    await search.getByLabel('Adres, postcode of plaats').fill('Schiedam');
    await search.getByRole('button', { name: 'Zoek plaats' }).focus();
    await page.keyboard.press('Enter');
    const found = search.getByRole('button', { name: /Schiedam/ }).first();
    await found.focus();
    await page.keyboard.press('Enter');
    await search.getByText('Gekozen: Schiedam').waitFor();
    expect(await focusSettles(page)).toBe('INPUT Schiedam');
    await context.close();
  }, 120_000);

  it("the offering and profile forms name each problem by its field's label in their summary", async () => {
    const { context, page } = await loggedInPage(app, EDITOR, /\/portaal/, PHONE);
    await page.getByTestId('add-offering').click();
    const form = page.getByTestId('offering-form');
    await form.getByRole('button', { name: 'Aanbod toevoegen' }).press('Enter');
    const summary = form.getByTestId('offering-form-error');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Titel: Verplicht.');
    expect(await summary.innerText()).toContain(
      'Soort interventie: Kies minstens één soort interventie.',
    );
    await form.getByRole('button', { name: 'Annuleren' }).click();

    // A problem only the server finds, under the label the form shows.
    const profile = page.getByTestId('profile-form');
    await profile.getByLabel('Telefoonnummer').fill('bel ons maar');
    await profile.getByRole('button', { name: 'Opslaan' }).press('Enter');
    const message = profile.getByTestId('profile-message');
    await message.getByText(/^Telefoonnummer: /).waitFor();
    expect(await message.innerText()).not.toContain('phone');
    await context.close();
  }, 120_000);

  it('a spent sign-up or reset link: after the button the keyboard is on what the page says', async () => {
    const context = await app.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${app.base}/aanmelding-bevestigen?token=al-gebruikt-0123456789`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByRole('button', { name: 'Aanmelding afronden' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('token-problem').waitFor();
    expect(await focusSettles(page)).toMatch(/^DIV Deze link is ongeldig/);

    await page.goto(`${app.base}/wachtwoord-herstellen?token=verlopen-0123456789`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('token-problem').waitFor();
    expect(await focusSettles(page)).toMatch(/^DIV Deze link is ongeldig/);
    await context.close();
  }, 120_000);
});
