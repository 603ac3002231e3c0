import { join } from 'node:path';
import { OPERATOR_TOKEN } from '../accounts/accounts-support.js';
import { describeInBrowser } from '../support/browser.js';
import {
  gqlAs,
  logIn,
  mailedConfirmation,
  mailedToken,
  screenshots,
  seriousViolations,
  SHOTS,
} from '../support/browser-accounts.js';
import { sendContactRequest } from '../support/contact-form-page.js';

const PARTNER = {
  organisation: 'Stichting Ouders & School Schiedam',
  kvk: '87654321',
  city: 'Schiedam',
  email: 'info@ouders-school.nl',
  password: 'samen sterk voor de school',
};
const ADMIN = { email: 'beheer@partnerwijzer.nl', password: 'beheerder met een lang wachtwoord' };
const STAFF = { email: 'ib@regenboog.nl', password: 'de regenboog in schiedam', school: 'ZZ0100' };

const shot = screenshots('accounts');

const APP_ENV = {
  ADMIN_API_TOKEN: OPERATOR_TOKEN,
  PUBLIC_URL: 'http://partnerwijzer.test',
};

// Accounts end to end in Chromium: a partner registers, an admin verifies it and creates a
// school account, the partner's offering is asked about by the school through the finder, the
// partner accepts it in the inbox, and the school sees "geaccepteerd".
describeInBrowser('accounts flow in Chromium', APP_ENV, (app) => {
  it('registers, verifies, asks, accepts — and every page says what is going on', async () => {
    // --- A partner registers at /aanmelden ---------------------------------------------
    const partnerContext = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const partner = await partnerContext.newPage();
    await partner.goto(`${app.base}/aanmelden`, { waitUntil: 'domcontentloaded' });
    await partner.getByTestId('register-form').waitFor({ timeout: 20_000 });
    expect(await seriousViolations(partner)).toEqual([]);
    await partner.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await partner.getByTestId('error-summary').waitFor();
    expect(await seriousViolations(partner)).toEqual([]);
    await shot(partner, 'register-errors');

    await partner.getByLabel('Naam van de organisatie').fill(PARTNER.organisation);
    await partner.getByLabel('KvK-nummer').fill(PARTNER.kvk);
    await partner.getByLabel('Plaats (optioneel)').fill(PARTNER.city);
    await partner.getByLabel('Telefoonnummer voor contact (optioneel)').fill('010 123 45 67');
    await partner.getByLabel('E-mailadres').fill(PARTNER.email);
    await partner.getByLabel('Wachtwoord', { exact: true }).fill(PARTNER.password);
    await partner.getByLabel('Herhaal het wachtwoord').fill(PARTNER.password);
    await partner.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    // The answer is "check your email", for every address; nothing exists yet.
    await partner.getByTestId('registration-sent').waitFor({ timeout: 10_000 });
    expect(await partner.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Controleer uw e-mail',
    );
    expect(await seriousViolations(partner)).toEqual([]);
    await shot(partner, 'register-sent');
    expect(
      await app.db.query(`SELECT count(*)::int AS n FROM organisation WHERE kvk_number = $1`, [
        PARTNER.kvk,
      ]),
    ).toEqual([{ n: 0 }]);
    // The link from the mail: a page with a button (mail scanners open links; it works once).
    await partner.goto(
      `${app.base}/aanmelding-bevestigen?token=${await mailedConfirmation(app.db, PARTNER.email)}`,
      { waitUntil: 'domcontentloaded' },
    );
    const finish = partner.getByRole('button', { name: 'Aanmelding afronden', exact: true });
    await finish.waitFor({ timeout: 20_000 });
    expect(await seriousViolations(partner)).toEqual([]);
    await shot(partner, 'register-confirm');
    await finish.click();
    await partner.getByTestId('registration-done').waitFor({ timeout: 10_000 });
    await partner.getByTestId('organisation-status').waitFor();
    expect(await partner.getByTestId('organisation-status').innerText()).toBe(
      'wacht op verificatie',
    );
    await partner.getByTestId('signed-in-as').waitFor();
    expect(await partner.getByTestId('signed-in-as').innerText()).toBe(
      `Ingelogd als ${PARTNER.email} (partner)`,
    );
    expect(await seriousViolations(partner)).toEqual([]);
    await shot(partner, 'registered');
    const [org] = (await app.db.query(
      `SELECT id, status, phone FROM organisation WHERE kvk_number = $1`,
      [PARTNER.kvk],
    )) as { id: string; status: string; phone: string }[];
    expect(org).toMatchObject({ status: 'PENDING', phone: '010 123 45 67' });

    // Signing up again with an address that has an account answers exactly the same; the mail
    // to the owner says there is an account, and holds no link.
    const otherContext = await app.browser.newContext();
    const other = await otherContext.newPage();
    const signUp = async (kvk: string, email: string) => {
      await other.goto(`${app.base}/aanmelden`, { waitUntil: 'domcontentloaded' });
      await other.getByLabel('Naam van de organisatie').fill('Ouders en School');
      await other.getByLabel('KvK-nummer').fill(kvk);
      await other.getByLabel('E-mailadres').fill(email);
      await other.getByLabel('Wachtwoord', { exact: true }).fill(PARTNER.password);
      await other.getByLabel('Herhaal het wachtwoord').fill(PARTNER.password);
      await other.getByRole('button', { name: 'Aanmelden', exact: true }).click();
      await other.getByTestId('registration-sent').waitFor({ timeout: 10_000 });
      return (await other.getByTestId('registration-sent').innerText()).replace(email, '<adres>');
    };
    const forKnown = await signUp('11112222', PARTNER.email);
    const [toOwner] = (await app.db.query(
      `SELECT subject, body FROM mail_outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1`,
      [PARTNER.email],
    )) as { subject: string; body: string }[];
    expect(toOwner!.subject).toMatch(/u heeft al een account/);
    expect(toOwner!.body).not.toMatch(/token=/);
    // A second registration with the same KvK number: the same answer, and only the owner of
    // the mailbox, following the link, learns that the organisation is there.
    const forNew = await signUp('8765 4321', 'ander@ouders-school.nl');
    expect(forNew).toBe(forKnown);
    await other.goto(
      `${app.base}/aanmelding-bevestigen?token=${await mailedConfirmation(app.db, 'ander@ouders-school.nl')}`,
      { waitUntil: 'domcontentloaded' },
    );
    await other.getByRole('button', { name: 'Aanmelding afronden', exact: true }).click();
    await other
      .getByText('Deze organisatie staat er al — vraag toegang aan de beheerder.', {
        exact: true,
      })
      .waitFor({ timeout: 10_000 });
    expect(await seriousViolations(other)).toEqual([]);
    await shot(other, 'register-duplicate');
    // A link that does not work (made up, used or expired) says what to do.
    await other.goto(`${app.base}/aanmelding-bevestigen?token=${'x'.repeat(43)}`, {
      waitUntil: 'domcontentloaded',
    });
    await other.getByRole('button', { name: 'Aanmelding afronden', exact: true }).click();
    await other.getByTestId('token-problem').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(other)).toEqual([]);
    // A partner has no business on the admin page.
    await partner.goto(`${app.base}/beheer`, { waitUntil: 'domcontentloaded' });
    await partner.getByTestId('gate-forbidden').waitFor({ timeout: 10_000 });
    // Nor an anonymous visitor.
    await other.goto(`${app.base}/beheer`, { waitUntil: 'domcontentloaded' });
    await other.getByTestId('gate-login').waitFor({ timeout: 10_000 });
    await otherContext.close();

    // --- The first admin: created with the operator token, password set from the mail ---
    const created = await app.t.gql(
      `mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { email: ADMIN.email, role: 'ADMIN' } },
      { authorization: `Bearer ${OPERATOR_TOKEN}` },
    );
    expect(created.errors).toBeUndefined();
    const adminContext = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const admin = await adminContext.newPage();
    await admin.goto(
      `${app.base}/wachtwoord-herstellen?token=${await mailedToken(app.db, ADMIN.email)}&welkom=1`,
      { waitUntil: 'domcontentloaded' },
    );
    await admin.getByRole('heading', { name: 'Welkom bij Partnerwijzer' }).waitFor({
      timeout: 20_000,
    });
    await admin.getByLabel('Nieuw wachtwoord', { exact: true }).fill(ADMIN.password);
    await admin.getByLabel('Herhaal het nieuwe wachtwoord').fill(ADMIN.password);
    await admin.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await admin.getByTestId('password-set').waitFor({ timeout: 10_000 });

    // --- The admin logs in and verifies the partner at /beheer --------------------------
    await admin.goto(`${app.base}/inloggen`, { waitUntil: 'domcontentloaded' });
    await admin.getByTestId('login-form').waitFor({ timeout: 20_000 });
    expect(await seriousViolations(admin)).toEqual([]);
    await shot(admin, 'login');
    await logIn(admin, app.base, ADMIN.email, ADMIN.password);
    await admin.waitForURL(`${app.base}/beheer`);
    const card = admin
      .getByTestId('pending-organisation')
      .filter({ hasText: PARTNER.organisation });
    await card.waitFor({ timeout: 10_000 });
    expect(await card.innerText()).toContain(PARTNER.kvk);
    await admin
      .getByTestId('mail-status')
      .getByText(/alleen gelogd/)
      .waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await shot(admin, 'beheer');
    await card.getByRole('button', { name: 'Verifiëren' }).click();
    await admin.getByText(`${PARTNER.organisation} is geverifieerd.`).first().waitFor();
    await card.waitFor({ state: 'detached' });
    const [verified] = (await app.db.query(`SELECT status FROM organisation WHERE id = $1`, [
      org!.id,
    ])) as { status: string }[];
    expect(verified!.status).toBe('VERIFIED');

    // … and creates the school's account (the invitation goes to the mail outbox).
    const form = admin.getByTestId('create-account-form');
    await form.getByLabel('E-mailadres').fill(STAFF.email);
    await form.getByLabel('Rol').selectOption('SCHOOL_STAFF');
    await form.getByLabel('Vestigingscodes van de scholen').fill('QQ9999');
    await form.getByRole('button', { name: 'Account aanmaken en uitnodigen' }).click();
    // The server refuses an unknown school code at that field.
    await form
      .getByText(/Onbekende vestigingscode: .*QQ9999/)
      .first()
      .waitFor({ timeout: 10_000 });
    expect(
      await form.getByLabel('Vestigingscodes van de scholen').getAttribute('aria-invalid'),
    ).toBe('true');
    await form.getByLabel('Vestigingscodes van de scholen').fill(STAFF.school.toLowerCase());
    await form.getByRole('button', { name: 'Account aanmaken en uitnodigen' }).click();
    await admin.getByTestId('account-created').waitFor({ timeout: 10_000 });
    await admin.getByTestId('account-list').getByRole('rowheader', { name: STAFF.email }).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await shot(admin, 'beheer-created');

    // --- The partner adds an offering (through GraphQL; partner-journey does it in the portal)
    const { createOffering } = await gqlAs<{ createOffering: { id: string } }>(
      app,
      partnerContext,
      `mutation ($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`,
      {
        i: {
          organisationId: org!.id,
          title: 'Ouderavonden over leren thuis',
          description: 'Samen met de school ouders betrekken bij het leren.',
          interventionCodes: ['OUDERBETROKKENHEID'],
          sectors: ['PO'],
          targetGroups: ['PARENTS'],
          costType: 'FREE',
        },
      },
    );
    await gqlAs(
      app,
      partnerContext,
      `mutation ($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }`,
      {
        i: {
          offeringId: createOffering.id,
          areas: [{ kind: 'MUNICIPALITY', municipalityCode: 'GM0606' }],
        },
      },
    );

    // --- School staff: password from the invitation, then ask through the finder ---------
    const reset = await app.t.gql(
      `mutation ($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`,
      { t: await mailedToken(app.db, STAFF.email), p: STAFF.password },
    );
    expect(reset.errors).toBeUndefined();
    const staffContext = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const staff = await staffContext.newPage();
    await logIn(staff, app.base, STAFF.email, STAFF.password);
    await staff.waitForURL(`${app.base}/mijn-school`);
    await staff
      .getByText('Er zijn nog geen contactverzoeken verstuurd vanuit deze school.')
      .waitFor({
        timeout: 10_000,
      });
    await staff.goto(
      `${app.base}/?school=${STAFF.school}&behoeften=OUDERBETROKKENHEID&aanbod=${createOffering.id}`,
      { waitUntil: 'domcontentloaded' },
    );
    await staff.getByTestId('offering-detail').waitFor({ timeout: 20_000 });
    await sendContactRequest(staff, {
      name: 'Ilse Bakker',
      email: STAFF.email,
      message: 'Wij willen graag een ouderavond in het voorjaar.',
    });

    // --- The partner accepts it in the inbox ---------------------------------------------
    await partner.goto(`${app.base}/portaal/inbox`, { waitUntil: 'domcontentloaded' });
    const request = partner.getByTestId('inbox-request').first();
    await request.waitFor({ timeout: 20_000 });
    expect(await request.innerText()).toContain('Ouderavonden over leren thuis');
    expect(await request.getByTestId('request-status').innerText()).toBe('nieuw');
    // Unread: marked on the card and counted in the header's inbox link; a kenmerk, no uuid.
    expect(await request.getByTestId('request-unread').innerText()).toBe('ongelezen');
    expect(await request.getByTestId('request-reference').innerText()).toMatch(/^PW-20\d\d-\d{5}$/);
    await partner.getByTestId('inbox-unread').waitFor({ timeout: 10_000 });
    expect(await partner.getByTestId('inbox-unread').innerText()).toBe('(1 ongelezen)');
    expect(await seriousViolations(partner)).toEqual([]);
    await shot(partner, 'inbox');
    await request.getByRole('button', { name: 'Accepteren' }).click();
    await partner
      .getByTestId('inbox-announcement')
      .getByText(/staat nu op: geaccepteerd/)
      .waitFor();
    expect(await request.getByTestId('request-status').innerText()).toBe('geaccepteerd');
    // Answering counts as reading: the header's count goes away.
    await partner.getByTestId('inbox-unread').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await request.getByTestId('request-unread').count()).toBe(0);
    expect(await seriousViolations(partner)).toEqual([]);
    await shot(partner, 'inbox-accepted');

    // --- The school sees the new status ---------------------------------------------------
    await staff.goto(`${app.base}/mijn-school`, { waitUntil: 'domcontentloaded' });
    const seen = staff.getByTestId('school-request').first();
    await seen.waitFor({ timeout: 20_000 });
    expect(await seen.getByTestId('request-status').innerText()).toBe('geaccepteerd');
    expect(await seen.innerText()).toContain(PARTNER.organisation);
    expect(await seriousViolations(staff)).toEqual([]);
    await shot(staff, 'mijn-school');

    // Logging out from the header ends the session.
    await staff.getByRole('button', { name: 'Uitloggen' }).click();
    await staff.getByTestId('logged-out').waitFor();
    await staff.goto(`${app.base}/mijn-school`, { waitUntil: 'domcontentloaded' });
    await staff.getByTestId('gate-login').waitFor({ timeout: 10_000 });

    await partnerContext.close();
    await adminContext.close();
    await staffContext.close();
  }, 180_000);

  it('tells the visitor to wait after too many failed logins', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.base}/inloggen`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('login-form').waitFor({ timeout: 20_000 });
    for (let i = 0; i < 8; i += 1) {
      await page.getByLabel('E-mailadres').fill('raden@example.nl');
      await page.getByLabel('Wachtwoord').fill(`verkeerd wachtwoord ${i}`);
      await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST',
        ),
        page.getByRole('button', { name: 'Inloggen' }).click(),
      ]);
      await page.getByRole('button', { name: 'Inloggen' }).waitFor();
      const text = await page.getByTestId('form-error').innerText();
      if (/Te veel mislukte pogingen/.test(text)) break;
      expect(text).toBe('Onjuist e-mailadres of wachtwoord.');
    }
    expect(await page.getByTestId('form-error').innerText()).toMatch(
      /^Te veel mislukte pogingen\. Probeer het over \d+ seconden opnieuw\.$/,
    );
    await page.screenshot({ path: join(SHOTS, 'accounts-login-rate-limited.png') });
    await context.close();
  }, 60_000);
});
