// The life of a contact request: REQUESTED when a school asks; the partner moves it on (inbox
// or the mailed answer link), and every change is mailed to the sender.
export const CONTACT_REQUEST_STATUSES = [
  'REQUESTED',
  'ACCEPTED',
  'DECLINED',
  'IN_CONVERSATION',
  'STARTED',
] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

/** Still waiting for, or in, a conversation: a second request for the same thing is a duplicate. */
export const OPEN_CONTACT_REQUEST_STATUSES: readonly ContactRequestStatus[] = [
  'REQUESTED',
  'ACCEPTED',
  'IN_CONVERSATION',
];

/** Within this window the same school, offering and sender cannot ask twice. */
export const DUPLICATE_WINDOW_HOURS = 24;

export const SENDER_NAME_MAX = 120;
export const SENDER_EMAIL_MAX = 254;
export const MESSAGE_MAX = 2000;

/** How the sender and the partner read a status, in mails and on the status page. */
export const STATUS_WORDS: Record<ContactRequestStatus, { nl: string; en: string }> = {
  REQUESTED: { nl: 'verstuurd, wacht op antwoord', en: 'sent, awaiting an answer' },
  ACCEPTED: { nl: 'geaccepteerd', en: 'accepted' },
  DECLINED: { nl: 'afgewezen', en: 'declined' },
  IN_CONVERSATION: { nl: 'in gesprek', en: 'in conversation' },
  STARTED: { nl: 'samenwerking gestart', en: 'partnership started' },
};

/** What a mailed link may do: the partner reads and answers; the sender reads the status. */
export type ContactRequestLinkPurpose = 'ANSWER' | 'STATUS';

/** How long mailed links work. A partner may answer late; the sender follows a longer story. */
export const LINK_DAYS: Record<ContactRequestLinkPurpose, number> = { ANSWER: 30, STATUS: 180 };
