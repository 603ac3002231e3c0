import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { MailDeliveryWorker } from '../../apps/api/src/modules/mail/mail-delivery.worker.js';
import {
  describeInBrowser,
  loggedInPage,
  openFromAccountMenu,
  screenshots,
  seriousViolations,
} from '../support/browser-accounts.js';
import { createParties, PARTIES } from '../support/collaboration-parties.js';
import { startSmtpCapture, waitForMail, type SmtpCapture } from '../support/smtp-capture.js';
import { sendContactRequest } from '../support/contact-form-page.js';

const TOKEN = 'collaboration-journey-operator-token-0123';
const TITLE_PREFIX = 'Verlengde schooldag: extra leertijd';
// Links in mails point at the public address; the test opens the same path and token on the
// app's local port.
const PUBLIC_URL = 'https://partnerwijzer.example.nl';

// Issue 15 end to end in Chromium, through the pages and real mail: a school asks a partner
// for contact; the partner has no account, so it gets a mail (read here from an SMTP server in
// this process) with a signed link, and accepts through that link without logging in; the
// school gets the status mail and records the collaboration with a multi-year period and
// funding (a grant that has ended shows a warning); the municipality's officer agrees a theme
// in the LEA and sees the school covered under it; the school enters its school-year
// monitoring, and the officer exports it as CSV. axe-core on every page.
let smtp: SmtpCapture;

describeInBrowser(
  'collaboration journey in Chromium',
  async () => {
    smtp = await startSmtpCapture();
    return {
      ADMIN_API_TOKEN: TOKEN,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Partnerwijzer <noreply@partnerwijzer.example.nl>',
      MAIL_SEND_INTERVAL_MS: '100',
      PUBLIC_URL,
    };
  },
  (app) => {
    let partnerEmail: string;

    beforeAll(async () => {
      const [offering] = (await app.db.query(
        `SELECT o.email, (SELECT count(*)::int FROM user_account a WHERE a.organisation_id = o.id) AS accounts
         FROM offering f JOIN organisation o ON o.id = f.organisation_id
        WHERE f.title LIKE $1 ORDER BY f.title LIMIT 1`,
        [`${TITLE_PREFIX}%`],
      )) as { email: string; accounts: number }[];
      partnerEmail = offering!.email.toLowerCase();
      // The point of this journey: the partner has no account.
      expect(offering!.accounts).toBe(0);
      await createParties(app.t, TOKEN);
    }, 180_000);

    afterAll(async () => {
      await smtp?.close();
    }, 60_000);

    it('request → partner mail link → accepted → collaboration with period and funding → agreed theme → monitoring → export', async () => {
      const { browser, base } = app;
      const shot = screenshots('collaboration-journey');
      const axe = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);

      // --- 1. The school asks the partner for contact -----------------------------------------
      const { context: staffContext, page: staff } = await loggedInPage(
        app,
        PARTIES.staff,
        `${base}/mijn-school`,
        { width: 1300, height: 900 },
      );
      await staff.goto(`${base}/?school=${PARTIES.school.code}`, { waitUntil: 'domcontentloaded' });
      await staff.getByLabel(PARTIES.need).check({ timeout: 20_000 });
      const result = staff.getByTestId('result-card').filter({ hasText: TITLE_PREFIX }).first();
      await result.waitFor({ timeout: 20_000 });
      await result.getByRole('button').first().click();
      await staff.getByTestId('offering-detail').waitFor();
      await sendContactRequest(staff, {
        name: 'Fatima de Vries',
        email: PARTIES.staff.email,
        message: 'Wij willen twee jaar samenwerken aan extra leertijd.',
      });

      // --- 2. The partner, without an account, accepts through the link in its mail ----------
      const drain = () => app.t.app.get(MailDeliveryWorker).drain();
      const partnerMail = await waitForMail(
        smtp.received,
        partnerEmail,
        /^Nieuw contactverzoek PW-/,
        drain,
      );
      const reference = /PW-\d{4}-\d{5}/.exec(partnerMail.subject)![0];
      const link = new RegExp(
        `${PUBLIC_URL.replace(/\./g, '\\.')}(/verzoek/beantwoorden\\?token=[A-Za-z0-9_-]+)`,
      ).exec(partnerMail.text);
      expect(link).not.toBeNull();
      // No mail carries the school's message.
      expect(partnerMail.text).not.toContain('twee jaar samenwerken');
      const partnerContext = await browser.newContext({ viewport: { width: 1300, height: 900 } });
      const partner = await partnerContext.newPage();
      await partner.goto(`${base}${link![1]}`, { waitUntil: 'domcontentloaded' });
      await partner.getByTestId('inbox-request').waitFor({ timeout: 20_000 });
      expect(await partner.getByTestId('request-reference').innerText()).toBe(reference);
      expect(await partner.getByTestId('inbox-request').innerText()).toContain(
        'twee jaar samenwerken',
      );
      await axe(partner);
      await partner.getByRole('button', { name: 'Accepteren' }).click();
      await partner.getByTestId('answer-done').waitFor({ timeout: 10_000 });
      expect(await partner.getByTestId('request-status').first().innerText()).toBe('geaccepteerd');
      await shot(partner, 'mail-link');
      // The school hears of it by mail.
      const statusMail = await waitForMail(
        smtp.received,
        PARTIES.staff.email,
        new RegExp(`^Contactverzoek ${reference}: geaccepteerd`),
        drain,
      );
      expect(statusMail.text).toContain('/verzoek/status?token=');

      // --- 3. The school records the collaboration from the accepted request -------------------
      await openFromAccountMenu(staff, 'Samenwerkingen');
      await staff.getByTestId('accepted-requests').waitFor({ timeout: 20_000 });
      await axe(staff);
      await staff
        .getByRole('link', { name: new RegExp(`^Samenwerking vastleggen: ${PARTIES.school.name}`) })
        .click();
      const form = staff.getByTestId('collaboration-form');
      await form.waitFor({ timeout: 10_000 });
      // The request's school and partner come as chips with their names, not as codes.
      await form
        .getByRole('list', { name: 'Gekozen scholen' })
        .getByText(PARTIES.school.name)
        .waitFor({ timeout: 10_000 });
      await form
        .getByRole('button', { name: `${PARTIES.school.name} verwijderen` })
        .waitFor({ timeout: 10_000 });
      expect(
        await form
          .getByRole('list', { name: 'Gekozen partnerorganisaties' })
          .getByRole('listitem')
          .count(),
      ).toBe(1);
      await form
        .getByLabel('Naam van de samenwerking')
        .fill('Extra leertijd De Regenboog 2026–2028');
      // The offering's kinds of help come checked from the request, and can be changed.
      expect(await form.getByLabel(PARTIES.need, { exact: true }).isChecked()).toBe(true);
      const horizons = form.getByLabel('Belevingswereld vergroten', { exact: true });
      expect(await horizons.isChecked()).toBe(true);
      await horizons.uncheck();
      await form.getByLabel(PARTIES.need, { exact: true }).check();
      await form
        .getByLabel('Doelen')
        .fill('Twee middagen per week extra leertijd voor groep 5 en 6\nBeter schooladvies');
      // Reversed dates first: the form names the field (by its label) and nothing is saved.
      await form.getByLabel('Begindatum').fill('2028-08-01');
      await form.getByLabel('Einddatum').fill('2026-07-31');
      await form.getByRole('button', { name: 'Samenwerking vastleggen' }).click();
      const summary = staff.getByTestId('error-summary');
      await summary.waitFor({ timeout: 10_000 });
      expect(await summary.innerText()).toContain('Einddatum: Ligt vóór de begindatum');
      await axe(staff);
      await form.getByLabel('Begindatum').fill('2026-08-01');
      await form.getByLabel('Einddatum').fill('2028-07-31');
      const line1 = form.getByTestId('funding-line').nth(0);
      await line1.getByLabel('Route').selectOption('GEMEENTELIJKE_SUBSIDIE');
      await line1.getByLabel('Bedrag (euro)').fill('12000');
      await line1.getByLabel('Toegekend vanaf').fill('2025-08-01');
      await line1.getByLabel('Toegekend tot en met').fill('2026-07-31');
      await form.getByRole('button', { name: 'Financieringsregel toevoegen' }).click();
      const line2 = form.getByTestId('funding-line').nth(1);
      await line2.getByLabel('Route').selectOption('FONDS');
      await line2.getByLabel('Naam van het fonds (optioneel)').fill('Jeugdeducatiefonds');
      await line2.getByLabel('Toegekend tot en met').fill('2028-07-31');
      await shot(staff, 'form');
      // Submitted from the keyboard.
      await form.getByRole('button', { name: 'Samenwerking vastleggen' }).focus();
      await staff.keyboard.press('Enter');
      const detail = staff.getByTestId('collaboration-detail');
      await detail.waitFor({ timeout: 20_000 });
      expect(await detail.getByTestId('collaboration-status').innerText()).toBe('In voorbereiding');
      // The request it grew from, named by the kenmerk of the mails and the inbox.
      expect(await detail.getByTestId('collaboration-request').innerText()).toBe(reference);
      const warnings = await detail.getByTestId('funding-warnings').innerText();
      expect(warnings).toContain('Gemeentelijke subsidie is beëindigd op 31 juli 2026');
      expect(await detail.getByTestId('funding-lines').innerText()).toContain('Jeugdeducatiefonds');
      expect(await detail.getByTestId('collaboration-history').innerText()).toContain(
        PARTIES.staff.email,
      );
      await axe(staff);
      await shot(staff, 'detail');
      // Back in the browser: the request's form does not come again to be refused by the API
      // (which answered with its field name, "contactRequestId: …"); the page names the record.
      await staff.goBack();
      const taken = staff.getByTestId('request-taken');
      await taken.waitFor({ timeout: 20_000 });
      expect(await taken.innerText()).toBe(
        'Uit deze aanvraag is al een samenwerking vastgelegd: Extra leertijd De Regenboog 2026–2028',
      );
      expect(await staff.getByTestId('collaboration-form').count()).toBe(0);
      await axe(staff);
      await taken.getByRole('link', { name: 'Extra leertijd De Regenboog 2026–2028' }).click();
      await detail.waitFor({ timeout: 20_000 });
      // The school starts it: the history grows.
      await detail.getByLabel('Nieuwe status').selectOption('ACTIVE');
      await detail.getByRole('button', { name: 'Status opslaan' }).click();
      await detail
        .getByTestId('collaboration-status')
        .getByText('Loopt')
        .waitFor({ timeout: 10_000 });
      expect(await detail.getByTestId('collaboration-history').locator('tbody tr').count()).toBe(2);

      // --- 4. The officer agrees a theme and sees the school covered under it ------------------
      const { context: officerContext, page: officer } = await loggedInPage(
        app,
        PARTIES.officer,
        /\/gemeente\?code=GM0606/,
        { width: 1300, height: 900 },
      );
      await openFromAccountMenu(officer, 'LEA-afspraken');
      const agreementForm = officer.getByTestId('agreement-form');
      await agreementForm.waitFor({ timeout: 20_000 });
      await axe(officer);
      await agreementForm.getByLabel('Naam van de afspraak').fill('LEA Schiedam 2026–2030');
      await agreementForm.getByLabel('Begindatum').fill('2026-08-01');
      await agreementForm.getByLabel('Einddatum').fill('2030-07-31');
      await agreementForm.getByLabel(PARTIES.need, { exact: true }).check();
      await agreementForm
        .getByLabel(`Doel voor ${PARTIES.need.toLowerCase()}`)
        .fill('Elke school met veel achterstand biedt extra leertijd');
      await agreementForm.getByRole('button', { name: 'Afspraak opslaan' }).click();
      const theme = officer.getByTestId('theme-coverage').locator('[data-theme="EXTRA_LEERTIJD"]');
      await theme.waitFor({ timeout: 20_000 });
      await theme
        .getByTestId('covered-schools')
        .getByText(PARTIES.school.name)
        .waitFor({ timeout: 10_000 });
      expect(await theme.getByTestId('covered-schools').innerText()).toContain(
        'Extra leertijd De Regenboog 2026–2028',
      );
      expect(await theme.getByTestId('uncovered-schools').innerText()).toContain(
        'Voorbeeldschool De Vlinderhof',
      );
      await axe(officer);
      await shot(officer, 'agreement');

      // --- 5. The school enters the school year's monitoring -----------------------------------
      await staff.goto(`${base}/samenwerkingen`, { waitUntil: 'domcontentloaded' });
      await staff
        .getByTestId('collaborations-list')
        .getByRole('link', { name: 'Extra leertijd De Regenboog 2026–2028' })
        .click();
      const monitoring = staff.getByTestId('monitoring-form');
      await monitoring.waitFor({ timeout: 20_000 });
      await monitoring.getByLabel('Schooljaar').selectOption('2026-2027');
      await monitoring.getByLabel('Bereikte leerlingen (aantal)').fill('46');
      await monitoring.getByLabel('Bereikte groepen (aantal)').fill('2');
      await monitoring.getByLabel('Gegeven uren').fill('120,5');
      await monitoring.getByLabel('Doelen behaald').selectOption('PARTLY_MET');
      await monitoring
        .getByLabel('Evaluatie')
        .fill('Goede opkomst; rekenen vooruit, lezen nog niet.');
      await monitoring
        .getByLabel('Link naar bewijs (https://…)')
        .fill('https://example.nl/evaluatie-2027.pdf');
      await monitoring.getByRole('button', { name: 'Monitoring opslaan' }).click();
      await staff
        .getByText('De monitoring voor 2026-2027 is opgeslagen.')
        .waitFor({ timeout: 10_000 });
      expect(await staff.getByTestId('monitoring-table').innerText()).toContain('46');
      await axe(staff);
      await shot(staff, 'monitoring');

      // --- 6. The officer sees it per theme and exports it -------------------------------------
      await officer.reload({ waitUntil: 'domcontentloaded' });
      const rollup = officer.getByTestId('monitoring-rollup-table');
      await rollup.waitFor({ timeout: 20_000 });
      expect(await rollup.innerText()).toContain('46');
      const [download] = await Promise.all([
        officer.waitForEvent('download', { timeout: 15_000 }),
        officer.getByRole('button', { name: 'Monitoring downloaden (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('monitoring-GM0606.csv');
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
      const [header, row] = csv.trim().split('\r\n');
      expect(header).toContain('leerlingen_bereikt');
      expect(row).toContain('Extra leertijd De Regenboog 2026–2028');
      expect(row).toContain(';2026-2027;46;2;;120,5;Deels behaald;');
      await axe(officer);
      await shot(officer, 'rollup');

      // English: the same page in the second language.
      await officer.getByTestId('lang-switch').click();
      await officer
        .getByRole('heading', { name: /^LEA agreements of / })
        .waitFor({ timeout: 10_000 });
      await axe(officer);

      await staffContext.close();
      await partnerContext.close();
      await officerContext.close();
    }, 300_000);
  },
);
