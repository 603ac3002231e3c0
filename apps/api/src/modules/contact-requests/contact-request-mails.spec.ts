import { confirmationMail, newRequestMail, statusChangedMail } from './contact-request-mails.js';

const about = {
  reference: 'PW-2026-00042',
  schoolName: 'OBS De Regenboog',
  offeringTitle: 'Verlengde schooldag',
  organisationName: 'Stichting Verlengde Schooldag',
};

/** The mail's body holds every one of these texts. */
function expectBodyToContain(mail: { body: string }, ...texts: string[]): void {
  for (const text of texts) expect(mail.body).toContain(text);
}

describe('contact-request mails', () => {
  it('gives a partner without an account the answer link, one with an account the inbox', () => {
    const byLink = newRequestMail(about, {
      answer: 'https://pw.example/verzoek/beantwoorden?token=t',
      days: 30,
    });
    expect(byLink.subject).toBe('Nieuw contactverzoek PW-2026-00042 van OBS De Regenboog');
    expectBodyToContain(
      byLink,
      'https://pw.example/verzoek/beantwoorden?token=t',
      '30 dagen geldig',
      '(English:',
    );
    const byInbox = newRequestMail(about, { inbox: 'https://pw.example/portaal/inbox' });
    expect(byInbox.body).toContain('https://pw.example/portaal/inbox');
    expect(byInbox.body).not.toContain('token=');
  });

  it('tells the sender truthfully whether the partner was mailed', () => {
    const link = { url: 'https://pw.example/verzoek/status?token=s', days: 180 };
    expect(confirmationMail(about, link, true).body).toContain(
      'We hebben Stichting Verlengde Schooldag een e-mail gestuurd',
    );
    const unmailed = confirmationMail(about, link, false).body;
    expect(unmailed).toContain('geen e-mailadres bij ons');
    expect(unmailed).not.toContain('We hebben');
    expect(unmailed).toContain(link.url);
  });

  it('names the new status in Dutch and English, and points to the page for the reason', () => {
    const mail = statusChangedMail(about, 'DECLINED', {
      url: 'https://pw.example/verzoek/status?token=s',
      days: 180,
    });
    expect(mail.subject).toBe('Contactverzoek PW-2026-00042: afgewezen');
    expectBodyToContain(mail, 'Nieuwe stand: afgewezen', 'en de reden', 'it is now: declined');
  });
});
