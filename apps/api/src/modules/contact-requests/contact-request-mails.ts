import { STATUS_WORDS, type ContactRequestStatus } from './contact-request-status.js';

// The texts of contact-request mails, Dutch first, English after. Plain text only. They carry
// the kenmerk, names from the directory (school, offering, partner) and links — never what the
// sender or the partner typed (the message, a reason, the sender's name): those may hold
// details about pupils, and the sender's address is whatever was typed in a public form.

export interface MailText {
  subject: string;
  body: string;
}

interface About {
  reference: string;
  schoolName: string;
  offeringTitle: string;
  organisationName: string;
}

const SIGNATURE = '\n\n— Partnerwijzer';

/** To the partner's address: a new request. With `answerLink` (no account): read and answer
 * without signing in; otherwise the inbox. */
export function newRequestMail(
  about: About,
  link: { answer: string; days: number } | { inbox: string },
): MailText {
  const where =
    'answer' in link
      ? `Lees en beantwoord het verzoek via deze link (u heeft geen account nodig):\n${link.answer}\n\n` +
        `De link is ${link.days} dagen geldig en hoort alleen bij dit verzoek. Stuur hem niet door.`
      : `Lees en beantwoord het verzoek in uw inbox op Partnerwijzer (inloggen):\n${link.inbox}`;
  const whereEn =
    'answer' in link
      ? `Read and answer it with the link above (no account needed; valid ${link.days} days, for this request only; do not forward it).`
      : 'Read and answer it in your Partnerwijzer inbox (sign in) with the link above.';
  return {
    subject: `Nieuw contactverzoek ${about.reference} van ${about.schoolName}`,
    body:
      `${about.schoolName} vraagt contact aan met ${about.organisationName} over "${about.offeringTitle}".\n` +
      `Kenmerk: ${about.reference}\n\n${where}\n\n` +
      `(English: ${about.schoolName} asks to get in touch about "${about.offeringTitle}", reference ${about.reference}. ${whereEn})` +
      SIGNATURE,
  };
}

/** To the sender: the request is stored, what happened with it, and the status page. */
export function confirmationMail(
  about: About,
  statusLink: { url: string; days: number },
  partnerMailed: boolean,
): MailText {
  const told = partnerMailed
    ? `We hebben ${about.organisationName} een e-mail gestuurd over uw verzoek.`
    : `${about.organisationName} heeft geen e-mailadres bij ons; de partner ziet uw verzoek alleen na inloggen. Neem eventueel ook zelf contact op via de gegevens op Partnerwijzer.`;
  const toldEn = partnerMailed
    ? `we emailed ${about.organisationName} about it`
    : `${about.organisationName} has no email address with us, so they only see it after signing in; you may also contact them yourself`;
  return {
    subject: `Uw contactverzoek ${about.reference} is verstuurd`,
    body:
      `Uw contactverzoek voor ${about.schoolName} over "${about.offeringTitle}" (${about.organisationName}) is opgeslagen.\n` +
      `Kenmerk: ${about.reference}\n\n${told}\n\n` +
      `Bekijk de stand van uw verzoek (zonder account):\n${statusLink.url}\n` +
      `Deze link is ${statusLink.days} dagen geldig. U krijgt ook een e-mail bij elke verandering.\n` +
      `Vroeg u hier niet om? Dan kunt u deze mail negeren.\n\n` +
      `(English: your request ${about.reference} was stored; ${toldEn}. Follow the link above to see its status; you will get an email at every change.)` +
      SIGNATURE,
  };
}

/** To the sender: the partner moved the request on. */
export function statusChangedMail(
  about: About,
  status: ContactRequestStatus,
  statusLink: { url: string; days: number },
): MailText {
  const words = STATUS_WORDS[status];
  return {
    subject: `Contactverzoek ${about.reference}: ${words.nl}`,
    body:
      `${about.organisationName} heeft uw contactverzoek ${about.reference} over "${about.offeringTitle}" bijgewerkt.\n` +
      `Nieuwe stand: ${words.nl}\n\n` +
      `Bekijk de stand${status === 'DECLINED' ? ' en de reden' : ''} (zonder account):\n${statusLink.url}\n` +
      `Deze link is ${statusLink.days} dagen geldig.\n\n` +
      `(English: ${about.organisationName} updated your request ${about.reference}; it is now: ${words.en}. Follow the link above for details.)` +
      SIGNATURE,
  };
}
