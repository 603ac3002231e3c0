import { UserInputError } from '../../common/errors/user-input.error.js';
import type { Queryable } from '../../database/queryable.js';
import { hashToken, isTokenShaped, newToken } from '../accounts/index.js';
import {
  findUnsubscribeLink,
  insertUnsubscribeLink,
  savedSearchById,
  type SavedSearchRow,
} from './repository.js';

// The unsubscribe link in a digest (docs/decisions/0021). The project's one scheme for mailed
// links (decisions 0012, 0017): 256 random bits, stored only as SHA-256, bound to one saved
// search and one purpose (UNSUBSCRIBE), valid LINK_DAYS. A changed character finds no row.
// Opening it (GET of the web page) changes nothing; the page asks for one press of a button,
// so a mail scanner that follows links cannot unsubscribe anyone.

export const LINK_DAYS = 60;
export const UNSUBSCRIBE_PATH = '/afmelden';

export const UNSUBSCRIBE_MESSAGES = {
  INVALID:
    'deze afmeldlink is ongeldig of onvolledig; gebruik de volledige link uit de e-mail, of log in en verwijder de zoekopdracht (this unsubscribe link is invalid or incomplete; use the whole link from the email, or sign in and delete the search)',
  EXPIRED:
    'deze afmeldlink is verlopen; de nieuwste e-mail heeft een geldige, of log in en verwijder de zoekopdracht (this unsubscribe link has expired; the latest email has a valid one, or sign in and delete the search)',
} as const;

/** Makes a link for one saved search inside the caller's transaction. */
export async function issueUnsubscribeLink(
  tx: Queryable,
  publicUrl: string,
  savedSearchId: string,
): Promise<string> {
  const token = newToken();
  await insertUnsubscribeLink(tx, hashToken(token), savedSearchId, LINK_DAYS);
  return `${publicUrl.replace(/\/+$/, '')}${UNSUBSCRIBE_PATH}?token=${token}`;
}

/** The saved search of a genuine, unexpired link; otherwise BAD_USER_INPUT on `token`. */
export async function resolveUnsubscribeLink(
  db: Queryable,
  token: string,
): Promise<SavedSearchRow> {
  const link = isTokenShaped(token) ? await findUnsubscribeLink(db, hashToken(token)) : undefined;
  if (!link)
    throw UserInputError.field(
      'token',
      UNSUBSCRIBE_MESSAGES.INVALID,
      { code: 'INVALID' },
      'LINK_INVALID',
    );
  if (link.expired) {
    throw UserInputError.field(
      'token',
      UNSUBSCRIBE_MESSAGES.EXPIRED,
      { code: 'INVALID' },
      'LINK_EXPIRED',
    );
  }
  const row = await savedSearchById(db, link.savedSearchId);
  if (!row)
    throw UserInputError.field(
      'token',
      UNSUBSCRIBE_MESSAGES.INVALID,
      { code: 'INVALID' },
      'LINK_INVALID',
    );
  return row;
}
