import { UserInputError } from '../../common/errors/user-input.error.js';
import type { Queryable } from '../../database/queryable.js';
import { hashToken, isTokenShaped, newToken } from '../accounts/index.js';
import { LINK_DAYS, type ContactRequestLinkPurpose } from './contact-request-status.js';
import { findContactRequestLink, insertContactRequestLink } from './repository.js';

// Links in contact-request mails that work without an account (docs/decisions/0017). They use
// the accounts module's one token scheme (decision 0012): 256 random bits, stored only as
// SHA-256, looked up by that hash. Each link is bound to one request and one purpose and ends
// at `expires_at`; a changed character finds no row. Not single-use: a partner may read and
// answer a request more than once (in conversation, then accepted), the sender may look again.

/** The web client's page for each purpose. */
export const LINK_PATHS: Record<ContactRequestLinkPurpose, string> = {
  ANSWER: '/verzoek/beantwoorden',
  STATUS: '/verzoek/status',
};

export const LINK_MESSAGES = {
  INVALID:
    'deze link is ongeldig of onvolledig; gebruik de volledige link uit de e-mail (this link is invalid or incomplete; use the whole link from the email)',
  EXPIRED:
    'deze link is verlopen; log in bij Partnerwijzer of vraag de school om een nieuw verzoek (this link has expired; sign in to Partnerwijzer or ask the school to send a new request)',
  STATUS_EXPIRED:
    'deze link is verlopen; bij elke nieuwe stand van uw verzoek krijgt u een e-mail met een nieuwe link (this link has expired; every new status of your request brings an email with a new link)',
  STATUS_ONLY:
    'deze link toont alleen de stand van het verzoek en kan niet antwoorden (this link only shows the status of the request; it cannot answer it)',
  ANSWER_ONLY:
    'deze link is voor de partner om het verzoek te beantwoorden, niet voor de stand (this link is for the partner to answer the request, not for its status page)',
} as const;

/** Makes a link for one request and purpose inside the caller's transaction. */
export async function issueContactRequestLink(
  tx: Queryable,
  publicUrl: string,
  contactRequestId: string,
  purpose: ContactRequestLinkPurpose,
): Promise<{ url: string; days: number }> {
  const token = newToken();
  const days = LINK_DAYS[purpose];
  await insertContactRequestLink(tx, hashToken(token), contactRequestId, purpose, days);
  return { url: `${publicUrl.replace(/\/+$/, '')}${LINK_PATHS[purpose]}?token=${token}`, days };
}

/** The request a link is for, when it is genuine, unexpired and for this purpose; otherwise a
 * BAD_USER_INPUT on `token` with reason LINK_INVALID, LINK_EXPIRED or LINK_WRONG_PURPOSE. */
export async function resolveContactRequestLink(
  db: Queryable,
  token: string,
  purpose: ContactRequestLinkPurpose,
): Promise<{ contactRequestId: string; expiresAt: Date }> {
  const link = isTokenShaped(token) ? await findContactRequestLink(db, hashToken(token)) : null;
  if (!link)
    throw UserInputError.field('token', LINK_MESSAGES.INVALID, { code: 'INVALID' }, 'LINK_INVALID');
  // Purpose before expiry: a status link never answers, whatever its age.
  if (link.purpose !== purpose) {
    throw UserInputError.field(
      'token',
      link.purpose === 'STATUS' ? LINK_MESSAGES.STATUS_ONLY : LINK_MESSAGES.ANSWER_ONLY,
      { code: 'INVALID' },
      'LINK_WRONG_PURPOSE',
    );
  }
  if (link.expired) {
    // The sender cannot ask the school (they are the school) nor open the partner's inbox.
    const message = purpose === 'STATUS' ? LINK_MESSAGES.STATUS_EXPIRED : LINK_MESSAGES.EXPIRED;
    throw UserInputError.field('token', message, { code: 'INVALID' }, 'LINK_EXPIRED');
  }
  return { contactRequestId: link.contactRequestId, expiresAt: link.expiresAt };
}
