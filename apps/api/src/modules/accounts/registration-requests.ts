import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { returnedRows } from '../../database/returned-rows.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { queueMail } from '../mail/index.js';
import { hashPassword } from './password-hashing.js';
import { accountEmailTaken, lockAccountEmail } from './repository.js';
import { hashToken, newToken } from './tokens.js';
import { normalEmail } from '../../common/validation/email-address.js';

/** What a partner filled in at sign-up, kept until the mailed link is followed. */
export interface RegistrationDetails {
  email: string;
  organisationName: string;
  kvkNumber: string;
  city: string | null;
  phone: string | null;
}

export interface ClaimedRegistration extends RegistrationDetails {
  passwordHash: string;
}

/** The answer to every valid sign-up, whether or not the address has an account. */
export const REGISTRATION_REQUESTED_MESSAGE =
  'Controleer uw e-mail: we hebben een bericht gestuurd naar het opgegeven adres. Volg de link daarin om uw aanmelding af te ronden (check your email: follow the link in the message we sent to finish signing up).';

export const CONFIRM_HOURS = 24;

interface PendingRow {
  email: string;
  password_hash: string;
  organisation_name: string;
  kvk_number: string;
  city: string | null;
  phone: string | null;
}

// Sign-up by confirmed mail (docs/decisions/0012). A sign-up writes nothing but a pending row
// and a mail, and answers the same for every address: for a new address the mail holds a
// single-use link (24 h) that creates the organisation and account; for an address that has an
// account the mail says so and points to sign-in and password reset. Both paths hash the
// password (the one real cost) and write one mail, so they also take about the same time.
@Injectable()
export class RegistrationRequests {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stores the sign-up and mails the link, or mails "you have an account". Answers nothing. */
  async request(details: RegistrationDetails, password: string): Promise<void> {
    const email = normalEmail(details.email);
    // Always: an address with an account costs the same argon2 work as a new one.
    const passwordHash = await hashPassword(password);
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    await this.db.transaction(async (tx) => {
      await lockAccountEmail(tx, email);
      // Housekeeping, on both paths alike: links that were followed or expired are of no use.
      await tx.query(
        `DELETE FROM pending_registration WHERE used_at IS NOT NULL OR expires_at < now()`,
      );
      const known = await accountEmailTaken(tx, email);
      const token = newToken();
      // The same row on both paths, so both write alike and take about as long; for an address
      // with an account it is born used (a link that can never work), and the next sign-up's
      // housekeeping removes it.
      await tx.query(
        `INSERT INTO pending_registration
           (token_hash, email, password_hash, organisation_name, kvk_number, city, phone, expires_at, used_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(hours => $8),
                 CASE WHEN $9::boolean THEN now() END)`,
        [
          hashToken(token),
          email,
          passwordHash,
          details.organisationName,
          details.kvkNumber,
          details.city,
          details.phone,
          CONFIRM_HOURS,
          known,
        ],
      );
      if (known) {
        await queueMail(
          tx,
          email,
          'Aanmelding bij Partnerwijzer: u heeft al een account',
          `Iemand (waarschijnlijk u) probeerde met dit e-mailadres (${email}) een organisatie aan te melden bij Partnerwijzer. ` +
            `U heeft al een account met dit adres, dus er is niets nieuws aangemaakt.\n\n` +
            `Inloggen: ${base}/inloggen\n` +
            `Wachtwoord vergeten? Stel een nieuw wachtwoord in via: ${base}/wachtwoord-vergeten\n\n` +
            `Vroeg u hier niet om? Dan kunt u deze mail negeren.\n\n` +
            `(English: you already have a Partnerwijzer account with this address; nothing new was created. Sign in, or reset your password, with the links above.)`,
        );
        return;
      }
      // Only the address and the link: no text the person signing up typed (a sign-up can name
      // any address, so the mail must not carry a stranger's words to it).
      await queueMail(
        tx,
        email,
        'Bevestig uw aanmelding bij Partnerwijzer',
        `Met dit e-mailadres (${email}) is een organisatie aangemeld bij Partnerwijzer.\n\n` +
          `Rond de aanmelding af via:\n${base}/aanmelding-bevestigen?token=${token}\n\n` +
          `Deze link is ${CONFIRM_HOURS} uur geldig en werkt één keer. Pas daarna bestaan de organisatie en het account.\n` +
          `Meldde u zich niet aan? Dan kunt u deze mail negeren; er wordt dan niets aangemaakt.\n\n` +
          `(English: follow the link within ${CONFIRM_HOURS} hours to finish signing up; if you did not sign up, ignore this mail.)`,
      );
    });
  }

  /**
   * Uses up the link inside the caller's transaction and returns what was filled in; refused
   * (BAD_USER_INPUT on `token`) when unknown, used or expired. If the caller's transaction
   * rolls back, the link stays usable.
   */
  async claim(tx: Pick<EntityManager, 'query'>, token: string): Promise<ClaimedRegistration> {
    const rows = (await tx.query(
      `UPDATE pending_registration SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING email, password_hash, organisation_name, kvk_number, city, phone`,
      [hashToken(token)],
    )) as unknown;
    const row = returnedRows<PendingRow>(rows)[0];
    if (!row) {
      throw UserInputError.field(
        'token',
        'ongeldige, verlopen of al gebruikte link; meld u opnieuw aan (invalid, expired or used link; sign up again)',
        { code: 'LINK_INVALID' },
      );
    }
    return {
      email: row.email,
      passwordHash: row.password_hash,
      organisationName: row.organisation_name,
      kvkNumber: row.kvk_number,
      city: row.city,
      phone: row.phone,
    };
  }
}
