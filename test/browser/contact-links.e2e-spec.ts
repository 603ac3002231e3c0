import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { insertCollaboration } from '../../apps/api/src/modules/collaborations/repository.js';
import { seriousViolations, describeInBrowser } from '../support/browser.js';
import { screenshots } from '../support/browser-accounts.js';
import { requestContactId } from '../support/contact-requests.js';

const shot = screenshots('contact');

/** The token of the newest mailed link to `recipient` for this path (mail stays in the outbox:
 * this app has no SMTP server). */
async function mailedToken(
  db: DataSource,
  recipient: string,
  path: 'beantwoorden' | 'status',
): Promise<string> {
  const rows = (await db.query(
    `SELECT body FROM mail_outbox WHERE lower(recipient) = lower($1) ORDER BY id DESC`,
    [recipient],
  )) as { body: string }[];
  for (const { body } of rows) {
    const found = new RegExp(`/verzoek/${path}\\?token=([A-Za-z0-9_-]+)`).exec(body);
    if (found) return found[1]!;
  }
  throw new Error(`no ${path} link mailed to ${recipient}`);
}

/** Presses Tab until the focused element is the one `ok` accepts (at most `max` times). */
async function tabTo(page: Page, ok: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const text = (await page.evaluate(
      'document.activeElement ? document.activeElement.textContent : ""',
    )) as string;
    if (text.trim() === ok) return;
  }
  throw new Error(`could not reach "${ok}" with Tab`);
}

// The two pages behind the links in contact-request mails, in Chromium: a partner without an
// account answers by keyboard; the sender sees the new status, in Dutch and in English; a
// changed link is refused in words. Each page is checked with axe.
describeInBrowser('contact-request links in Chromium', {}, (app) => {
  // Read-only for the tests: the offering they ask about and its partner's address. Each test
  // sends its own request, from its own address, so none depends on what another test answered.
  let offeringId: string;
  let orgEmail: string;

  beforeAll(async () => {
    const rows = (await app.db.query(
      `SELECT f.id, o.email FROM offering f JOIN organisation o ON o.id = f.organisation_id
        WHERE f.title LIKE 'Verlengde schooldag: extra leertijd%'`,
    )) as { id: string; email: string }[];
    offeringId = rows[0]!.id;
    orgEmail = rows[0]!.email;
  }, 120_000);

  /** A new contact request from `sender` (as a school sends it); returns its id. */
  const newRequest = (sender: string): Promise<string> =>
    requestContactId(app.t, {
      vestigingscode: 'ZZ0100',
      offeringId,
      senderName: 'Fatima de Vries',
      senderEmail: sender,
      message: 'Wij zoeken extra leertijd voor groep 6 tot en met 8.',
    });

  it('lets a partner without an account answer by keyboard, and the sender see it', async () => {
    const sender = 'linktest-antwoord@voorbeeldschool.nl';
    await newRequest(sender);
    const answerToken = await mailedToken(app.db, orgEmail, 'beantwoorden');
    const statusToken = await mailedToken(app.db, sender, 'status');
    const page = await app.browser.newPage({ viewport: { width: 1200, height: 900 } });

    await page.goto(`${app.base}/verzoek/beantwoorden?token=${answerToken}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('inbox-request').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Contactverzoek beantwoorden',
    );
    expect(await page.getByTestId('request-reference').innerText()).toMatch(/^PW-20\d\d-\d{5}$/);
    expect(await page.getByTestId('inbox-request').innerText()).toContain(
      'Wij zoeken extra leertijd',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'answer-link');

    await tabTo(page, 'Accepteren');
    await page.keyboard.press('Enter');
    await page.getByTestId('answer-done').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('answer-done').innerText()).toContain('geaccepteerd');
    expect(await page.getByTestId('request-status').first().innerText()).toBe('geaccepteerd');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${app.base}/verzoek/status?token=${statusToken}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('status-reference').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('request-status').innerText()).toBe('geaccepteerd');
    expect(await page.getByTestId('status-explain').innerText()).toContain(
      'De partner heeft uw verzoek geaccepteerd',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'status-link');

    // English, by keyboard on the language switch.
    await page.getByTestId('lang-switch').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Status of your contact request' }).waitFor();
    expect(await page.getByTestId('request-status').innerText()).toBe('accepted');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('refuses a changed link and a status link on the answer page, in words', async () => {
    const sender = 'linktest-gewijzigd@voorbeeldschool.nl';
    await newRequest(sender);
    const statusToken = await mailedToken(app.db, sender, 'status');
    const page = await app.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const changed = `${statusToken.slice(0, 5)}${statusToken[5] === 'a' ? 'b' : 'a'}${statusToken.slice(6)}`;
    await page.goto(`${app.base}/verzoek/status?token=${changed}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('link-problem').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('link-problem').innerText()).toContain(
      'Deze link is ongeldig of onvolledig',
    );
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${app.base}/verzoek/beantwoorden?token=${statusToken}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByTestId('link-problem').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('link-problem').innerText()).toContain(
      'met een statuslink kunt u een verzoek niet beantwoorden',
    );
    expect(await page.getByTestId('inbox-request').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it('tells the sender on the status page that the request became a collaboration', async () => {
    // Its own request, accepted through the partner's answer link, as a collaboration grows
    // out of an accepted request.
    const sender = 'linktest-samenwerking@voorbeeldschool.nl';
    const requestId = await newRequest(sender);
    const accepted = await app.t.gql(
      `mutation ($t: String!) { answerContactRequestByLink(token: $t, status: ACCEPTED) { id } }`,
      { t: await mailedToken(app.db, orgEmail, 'beantwoorden') },
    );
    expect(accepted.errors).toBeUndefined();
    const [request] = (await app.db.query(
      `SELECT r.id, f.organisation_id FROM contact_request r JOIN offering f ON f.id = r.offering_id
        WHERE r.sender_email = $1`,
      [sender],
    )) as { id: string; organisation_id: string }[];
    expect(request!.id).toBe(requestId);
    await app.db.transaction((tx) =>
      insertCollaboration(tx, {
        title: 'Extra leertijd groep 6–8',
        municipalityCode: null,
        schoolBoard: null,
        goals: ['Een doel dat alleen de partijen zien'],
        startsOn: '2026-08-01',
        endsOn: '2027-07-31',
        status: 'ACTIVE',
        contactRequestId: request!.id,
        createdByLabel: 'test',
        vestigingscodes: ['ZZ0100'],
        organisationIds: [request!.organisation_id],
        interventionCodes: ['EXTRA_LEERTIJD'],
        funding: [],
      }),
    );
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(
      `${app.base}/verzoek/status?token=${await mailedToken(app.db, sender, 'status')}`,
      {
        waitUntil: 'domcontentloaded',
      },
    );
    const section = page.getByTestId('status-collaboration');
    await section.waitFor({ timeout: 20_000 });
    expect(await section.getByRole('heading', { level: 3 }).innerText()).toBe('Samenwerking');
    expect(await section.getByTestId('status-collaboration-title').innerText()).toBe(
      'Extra leertijd groep 6–8',
    );
    expect(await section.getByTestId('status-collaboration-status').innerText()).toBe('Loopt');
    expect(await section.innerText()).toContain('1 augustus 2026 tot en met 31 juli 2027');
    expect(await page.innerText('body')).not.toContain('Een doel dat alleen de partijen zien');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'status-collaboration');
    await page.close();
  }, 90_000);
});
