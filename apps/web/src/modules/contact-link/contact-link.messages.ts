import type { ContactRequestStatus } from '../../generated/graphql';

// The pages behind the links in contact-request mails: a partner without an account reads and
// answers one request; the sender follows its status. Neither needs an account.
export const contactLinkNl = {
  answerPage: {
    title: 'Contactverzoek beantwoorden — Partnerwijzer',
    heading: 'Contactverzoek beantwoorden',
    intro:
      'U opent dit verzoek met de link uit de e-mail; daarvoor heeft u geen account nodig. De link hoort alleen bij dit verzoek: stuur hem niet door.',
  },
  statusPage: {
    title: 'Stand van uw contactverzoek — Partnerwijzer',
    heading: 'Stand van uw contactverzoek',
    intro:
      'U ziet hier de stand van uw verzoek met de link uit de e-mail. U krijgt ook een e-mail bij elke verandering.',
  },
  loading: 'Het verzoek laden…',
  reference: 'Kenmerk',
  school: 'School',
  offering: 'Aanbod',
  partner: 'Partner',
  sent: 'Verstuurd',
  updated: 'Laatst gewijzigd',
  linkValidUntil: 'Deze link werkt tot',
  statusLabel: 'Stand',
  declinedReason: 'Reden van afwijzen',
  statusExplain: {
    REQUESTED: 'De partner heeft nog niet geantwoord.',
    ACCEPTED: 'De partner heeft uw verzoek geaccepteerd en neemt contact met u op.',
    DECLINED: 'De partner heeft uw verzoek afgewezen.',
    IN_CONVERSATION: 'U en de partner zijn met elkaar in gesprek.',
    STARTED: 'De samenwerking is gestart.',
  } satisfies Record<ContactRequestStatus, string>,
  collaborationHeading: 'Samenwerking',
  collaborationExplain:
    'Uit dit verzoek is een samenwerking ontstaan. Hieronder ziet u hoe die ervoor staat.',
  collaborationName: 'Naam',
  collaborationStatus: 'Stand van de samenwerking',
  collaborationPeriod: 'Periode',
  period: (from: string, until: string): string => `${from} tot en met ${until}`,
  answered: (status: string): string =>
    `Uw antwoord is opgeslagen: het verzoek staat nu op "${status}". De school krijgt hierover een e-mail.`,
  noToken:
    'Deze pagina werkt alleen met de link uit de e-mail. Open de volledige link uit het bericht.',
  problem: {
    LINK_INVALID:
      'Deze link is ongeldig of onvolledig. Gebruik de volledige link uit de e-mail; soms breekt een mailprogramma een lange link af.',
    LINK_EXPIRED:
      'Deze link is verlopen. Heeft u een account? Log dan in en open de inbox. Anders kan de school een nieuw verzoek sturen.',
    LINK_WRONG_PURPOSE:
      'Deze link is voor iets anders bedoeld: met een statuslink kunt u een verzoek niet beantwoorden, en een antwoordlink toont geen statuspagina.',
  } as Record<string, string>,
  statusLinkExpired:
    'Deze link is verlopen. Uw verzoek loopt gewoon door: bij elke nieuwe stand krijgt u een e-mail met een nieuwe link. Heeft u een account voor uw school? Log dan in en kijk onder Mijn school.',
  problemHeading: 'Deze link werkt niet',
  toHome: 'Naar Partnerwijzer',
};

export type ContactLinkMessages = typeof contactLinkNl;

export const contactLinkEn: ContactLinkMessages = {
  answerPage: {
    title: 'Answer a contact request — Partnerwijzer',
    heading: 'Answer a contact request',
    intro:
      'You opened this request with the link from the email; no account is needed. The link belongs to this request only: do not forward it.',
  },
  statusPage: {
    title: 'Status of your contact request — Partnerwijzer',
    heading: 'Status of your contact request',
    intro:
      'This is the status of your request, opened with the link from the email. You also get an email at every change.',
  },
  loading: 'Loading the request…',
  reference: 'Reference',
  school: 'School',
  offering: 'Offering',
  partner: 'Partner',
  sent: 'Sent',
  updated: 'Last changed',
  linkValidUntil: 'This link works until',
  statusLabel: 'Status',
  declinedReason: 'Reason for declining',
  statusExplain: {
    REQUESTED: 'The partner has not answered yet.',
    ACCEPTED: 'The partner accepted your request and will contact you.',
    DECLINED: 'The partner declined your request.',
    IN_CONVERSATION: 'You and the partner are in conversation.',
    STARTED: 'The partnership has started.',
  },
  collaborationHeading: 'Partnership',
  collaborationExplain: 'This request has become a partnership. Below is how it stands.',
  collaborationName: 'Name',
  collaborationStatus: 'Status of the partnership',
  collaborationPeriod: 'Period',
  period: (from, until) => `${from} to ${until}`,
  answered: (status) =>
    `Your answer is saved: the request is now "${status}". The school gets an email about it.`,
  noToken:
    'This page only works with the link from the email. Open the whole link from the message.',
  problem: {
    LINK_INVALID:
      'This link is invalid or incomplete. Use the whole link from the email; mail programs sometimes break long links.',
    LINK_EXPIRED:
      'This link has expired. Do you have an account? Then sign in and open the inbox. Otherwise the school can send a new request.',
    LINK_WRONG_PURPOSE:
      'This link is meant for something else: a status link cannot answer a request, and an answer link does not show a status page.',
  },
  statusLinkExpired:
    'This link has expired. Your request carries on: at every new status you get an email with a new link. Do you have an account for your school? Then sign in and look under My school.',
  problemHeading: 'This link does not work',
  toHome: 'Go to Partnerwijzer',
};
