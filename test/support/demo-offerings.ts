import type { TestApp } from './test-app.js';

// Changes to the demo data's offerings that several suites start from.

export const PAUSE_OFFERING = `mutation ($id: ID!) { setOfferingStatus(offeringId: $id, status: PAUSED) { id } }`;

/**
 * Pauses the demo data's poverty offerings (ARMOEDE_BASIS), as the operator: a real gap in
 * coverage for the scenarios to fill.
 */
export async function pausePovertyOfferings(t: TestApp, operatorToken: string): Promise<void> {
  const poverty = (await t.db.query(
    `SELECT id FROM offering WHERE 'ARMOEDE_BASIS' = ANY(intervention_types)`,
  )) as {
    id: string;
  }[];
  for (const { id } of poverty) {
    const r = await t.gql(PAUSE_OFFERING, { id }, { authorization: `Bearer ${operatorToken}` });
    expect(r.errors).toBeUndefined();
  }
}
