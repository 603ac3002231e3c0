import type { Page } from 'playwright-core';
import { createAccount, PASSWORD } from '../accounts/accounts-support.js';
import { describeInBrowser, loggedInPage, seriousViolations } from '../support/browser-accounts.js';
import { contactRequestLinkToken } from '../support/contact-requests.js';

const EDITOR = 'inbox@stale-tab-partner.nl';
const REASON = 'Ons aanbod is vol tot de zomer.';
const VIEWPORT = { width: 1200, height: 900 };

// A partner's page opened before another answer (a second tab, the mailed link, a colleague)
// answers with the status it saw: the API refuses it, the card says what holds now and shows
// the request reloaded; the first answer stays and the school got one mail. The same answer
// again (both pages accept) is not refused: it holds already, the card shows it as it is and
// says politely that this answer had been given already (nothing saved again, no second mail).
describeInBrowser('an answer from a stale page, in Chromium', {}, (app) => {
  let offeringId: string;
  let seq = 0;

  beforeAll(async () => {
    const [row] = (await app.db.query(
      `SELECT f.id, f.organisation_id FROM offering f
        WHERE f.title LIKE 'Verlengde schooldag: extra leertijd%'`,
    )) as { id: string; organisation_id: string }[];
    offeringId = row!.id;
    await createAccount(app.t, {
      email: EDITOR,
      role: 'PARTNER_EDITOR',
      organisationId: row!.organisation_id,
      password: PASSWORD,
    });
  }, 120_000);

  /** A new request from its own sender; its id, kenmerk, sender and the partner's answer token. */
  async function newRequest() {
    const sender = `stale${++seq}@voorbeeldschool.nl`;
    const res = await app.t.gql<{ requestContact: { id: string; reference: string } }>(
      `mutation ($input: RequestContactInput!) { requestContact(input: $input) { id reference } }`,
      {
        input: {
          vestigingscode: 'ZZ0100',
          offeringId,
          senderName: 'Fatima de Vries',
          senderEmail: sender,
          message: `Wij zoeken extra leertijd voor groep 6 (${seq}).`,
        },
      },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    const { id, reference } = res.data.requestContact;
    // The partner has an account, so no answer link was mailed: make one as the mail would.
    const token = await contactRequestLinkToken(app.db, id, 'ANSWER');
    return { id, reference, sender, token };
  }

  /** The status mails the sender got (the confirmation "is verstuurd" left out). */
  async function statusMailsTo(sender: string): Promise<string[]> {
    const rows = (await app.db.query(
      `SELECT subject FROM mail_outbox WHERE recipient = $1 AND subject LIKE 'Contactverzoek %: %' ORDER BY id`,
      [sender],
    )) as { subject: string }[];
    return rows.map((r) => r.subject.replace(/^Contactverzoek \S+: /, ''));
  }

  async function openInbox(): Promise<{ page: Page; close: () => Promise<void> }> {
    const { context, page } = await loggedInPage(
      app,
      { email: EDITOR, password: PASSWORD },
      /\/portaal/,
      VIEWPORT,
    );
    await page.goto(`${app.base}/portaal/inbox`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('inbox-request').first().waitFor({ timeout: 20_000 });
    return { page, close: () => context.close() };
  }

  async function openAnswerLink(token: string): Promise<Page> {
    const page = await app.browser.newPage({ viewport: VIEWPORT });
    await page.goto(`${app.base}/verzoek/beantwoorden?token=${token}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('inbox-request').waitFor({ timeout: 20_000 });
    return page;
  }

  it('keeps the decline when the inbox opened before accepts, and shows it reloaded', async () => {
    const r = await newRequest();
    const inbox = await openInbox(); // tab B: opened before, sees "nieuw"
    const card = inbox.page.locator(`[data-request-id="${r.id}"]`);
    expect(await card.getByTestId('request-status').innerText()).toBe('nieuw');

    // Tab A, the mailed link: declines with a reason.
    const link = await openAnswerLink(r.token);
    await link.getByRole('button', { name: /^Afwijzen…/ }).click();
    await link.getByLabel('Reden van afwijzen').fill(REASON);
    await link.getByRole('button', { name: /^Afwijzing versturen/ }).click();
    await link.getByTestId('answer-done').waitFor({ timeout: 10_000 });
    await link.close();

    // Tab B accepts what it still shows as new: refused, in words, and reloaded.
    await card.getByRole('button', { name: /^Accepteren/ }).click();
    const alert = card.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.innerText()).toBe(
      'Uw antwoord is niet opgeslagen: het verzoek staat intussen op "afgewezen" (in een ander venster of door een collega beantwoord). Hieronder ziet u de stand van nu.',
    );
    await card.getByTestId('request-status').getByText('afgewezen').waitFor({ timeout: 10_000 });
    expect(await card.innerText()).toContain(REASON);
    expect(await inbox.page.getByTestId('inbox-announcement').innerText()).toContain(
      'niet opgeslagen',
    );
    expect(await seriousViolations(inbox.page)).toEqual([]);
    await inbox.close();

    expect(await statusMailsTo(r.sender)).toEqual(['afgewezen']);
  }, 120_000);

  /** The mailed link page is opened first (it still shows "nieuw"), then the inbox accepts. */
  async function acceptInInboxAfterLinkOpened(r: { id: string; token: string }): Promise<Page> {
    const link = await openAnswerLink(r.token);
    const inbox = await openInbox();
    const card = inbox.page.locator(`[data-request-id="${r.id}"]`);
    await card.getByRole('button', { name: /^Accepteren/ }).click();
    await card.getByTestId('request-status').getByText('geaccepteerd').waitFor({ timeout: 10_000 });
    await inbox.close();
    return link;
  }

  it('keeps the inbox’s accept when the mailed link opened before declines, in English too', async () => {
    const r = await newRequest();
    const link = await acceptInInboxAfterLinkOpened(r);

    await link.getByTestId('lang-switch').click();
    await link.getByRole('button', { name: /^Decline…/ }).click();
    await link.getByLabel('Reason for declining').fill('We are fully booked.');
    await link.getByRole('button', { name: /^Send the decline/ }).click();
    const alert = link.getByTestId('inbox-request').getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.innerText()).toContain(
      'Your answer was not saved: the request is now "accepted"',
    );
    await link.getByTestId('request-status').getByText('accepted').waitFor({ timeout: 10_000 });
    expect(await link.getByTestId('answer-done').count()).toBe(0);
    expect(await seriousViolations(link)).toEqual([]);
    await link.close();

    expect(await statusMailsTo(r.sender)).toEqual(['geaccepteerd']);
  }, 120_000);

  it('takes the same answer from the mailed link opened before as given, without a second mail', async () => {
    const r = await newRequest();
    const link = await acceptInInboxAfterLinkOpened(r);

    // The link page still shows "nieuw" and accepts too: what it wants holds, no refusal.
    await link.getByRole('button', { name: /^Accepteren/ }).click();
    await link.getByTestId('answer-done').waitFor({ timeout: 10_000 });
    await link.getByTestId('request-status').getByText('geaccepteerd').waitFor({ timeout: 10_000 });
    expect(await link.getByTestId('inbox-request').getByRole('alert').count()).toBe(0);
    // Not "saved, the school gets an email": the answer had been given, no mail went out.
    const repeat =
      'Dit antwoord was al gegeven: het verzoek stond al op "geaccepteerd" (in een ander venster, via de link in de e-mail of door een collega). Er is niets opnieuw opgeslagen en de school krijgt geen tweede e-mail.';
    expect(await link.getByTestId('answer-done').innerText()).toBe(repeat);
    expect(await link.getByTestId('answer-announcement').textContent()).toBe(repeat);
    expect(await seriousViolations(link)).toEqual([]);
    await link.close();

    expect(await statusMailsTo(r.sender)).toEqual(['geaccepteerd']);
  }, 120_000);

  it('tells the second inbox tab that accepts too that the answer had been given already', async () => {
    const r = await newRequest();
    const first = await openInbox();
    const second = await openInbox(); // both show "nieuw"
    const inFirst = first.page.locator(`[data-request-id="${r.id}"]`);
    await inFirst.getByRole('button', { name: /^Accepteren/ }).click();
    await inFirst
      .getByTestId('request-status')
      .getByText('geaccepteerd')
      .waitFor({ timeout: 10_000 });
    expect(await inFirst.getByTestId('request-already-answered').count()).toBe(0);
    await first.close();

    const card = second.page.locator(`[data-request-id="${r.id}"]`);
    await card.getByRole('button', { name: /^Accepteren/ }).click();
    const notice = card.getByTestId('request-already-answered');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.innerText()).toContain(
      'Dit antwoord was al gegeven: het verzoek stond al op "geaccepteerd"',
    );
    // A notice, not a refusal; the page's status line says it to a screen reader.
    expect(await card.getByRole('alert').count()).toBe(0);
    expect(await second.page.getByTestId('inbox-announcement').textContent()).toBe(
      await notice.innerText(),
    );
    expect(await seriousViolations(second.page)).toEqual([]);
    await second.close();

    expect(await statusMailsTo(r.sender)).toEqual(['geaccepteerd']);
  }, 120_000);
});
