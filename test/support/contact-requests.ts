import { graphql } from '../generated/gql.js';
import type { RequestContactInput } from '../generated/graphql.js';
import type { TestApp } from './test-app.js';

// A school's contact request as set-up for the suites that need one (collaborations grow out of
// them, partners answer them); the suites about contact requests themselves write their own.

export const REQUEST_CONTACT = graphql(
  `mutation RequestContact($input: RequestContactInput!) { requestContact(input: $input) { id } }`,
);

/** Sends a contact request (no sign-in needed, as a school would) and returns its id. */
export async function requestContactId(t: TestApp, input: RequestContactInput): Promise<string> {
  const res = await t.gql(REQUEST_CONTACT, { input });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.requestContact.id;
}
