// The life of a contact request. Only REQUESTED is written now; the partner's inbox
// (a later issue) moves requests on. The database CHECK already allows all five.
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
