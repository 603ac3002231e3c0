import type { DataSource } from 'typeorm';
import { issueContactRequestLink } from '../../apps/api/src/modules/contact-requests/contact-request-links.js';
import type { ContactRequestLinkPurpose } from '../../apps/api/src/modules/contact-requests/contact-request-status.js';
import { graphql } from '../generated/gql.js';
import type { RequestContactInput } from '../generated/graphql.js';
import type { TestApp } from './test-app.js';

// Contact requests as set-up for the suites that need them (collaborations grow out of them,
// partners answer them); the suites about contact requests themselves write their own, and take
// the token of a mailed link from here.

export const REQUEST_CONTACT = graphql(
  `mutation Request($input: RequestContactInput!) { requestContact(input: $input) { id } }`,
);

/** Sends a contact request (no sign-in needed, as a school would) and returns its id. */
export async function requestContactId(t: TestApp, input: RequestContactInput): Promise<string> {
  const res = await t.gql(REQUEST_CONTACT, { input });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.requestContact.id;
}

/**
 * Writes one contact request per status straight into the database (as the partners' inbox
 * would move them on), one each for the first active schools of municipality `code` paired
 * with active offerings, by school name and offering title.
 */
export async function contactRequestsInStatuses(
  db: DataSource,
  code: string,
  statuses: string[],
): Promise<void> {
  const pairs = (await db.query(
    `SELECT s.vestigingscode, o.id AS offering
       FROM school s CROSS JOIN offering o
      WHERE s.municipality_code = $1 AND s.active AND o.status = 'ACTIVE'
      ORDER BY s.name, o.title LIMIT $2`,
    [code, statuses.length],
  )) as { vestigingscode: string; offering: string }[];
  for (const [i, p] of pairs.entries()) {
    await db.query(
      `INSERT INTO contact_request (vestigingscode, offering_id, sender_name, sender_email, message, status)
       VALUES ($1, $2, 'Intern begeleider', 'ib@voorbeeldschool.nl', 'Kennismaken?', $3)`,
      [p.vestigingscode, p.offering, statuses[i]],
    );
  }
}

/**
 * The token of a new link to request `id` for `purpose` (ANSWER: the partner's answer page,
 * STATUS: the sender's status page), made as a mail would carry it, for suites in which no such
 * mail is sent.
 */
export async function contactRequestLinkToken(
  db: DataSource,
  id: string,
  purpose: ContactRequestLinkPurpose,
): Promise<string> {
  const { url } = await db.transaction((tx) =>
    issueContactRequestLink(tx, 'http://localhost:3000', id, purpose),
  );
  return new URL(url).searchParams.get('token')!;
}
