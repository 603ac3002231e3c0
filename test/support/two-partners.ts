import type { DataSource } from 'typeorm';

// The suites about who may see and change a partner's records need two partners from the demo
// data: A, whose "Verlengde schooldag: extra leertijd…" reaches the Schiedam test schools, and
// any other organisation as B.

export interface TwoPartners {
  /** The "Verlengde schooldag: extra leertijd" offering. */
  offeringA: string;
  /** The organisation offering it. */
  orgA: string;
  /** Another organisation (the first offering's, by title, that is not A's). */
  orgB: string;
}

export async function twoPartners(db: DataSource): Promise<TwoPartners> {
  const offerings = (await db.query(
    `SELECT f.id, f.title, f.organisation_id FROM offering f ORDER BY f.title`,
  )) as { id: string; title: string; organisation_id: string }[];
  const covering = offerings.find((o) =>
    o.title.startsWith('Verlengde schooldag: extra leertijd'),
  )!;
  const orgA = covering.organisation_id;
  const orgB = offerings.find((o) => o.organisation_id !== orgA)!.organisation_id;
  return { offeringA: covering.id, orgA, orgB };
}
