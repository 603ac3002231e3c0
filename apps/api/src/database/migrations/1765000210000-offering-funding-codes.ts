import type { MigrationInterface, QueryRunner } from 'typeorm';

// Funding routes on offerings, structured (issue 15, part 3): codes from the catalogue in
// libs/domain/src/collaborations/funding-routes.ts beside the old free-text labels, which stay
// as the partner wrote them. Existing labels are translated once, as fundingCodesOfLabel does:
// "Onderwijsachterstandenmiddelen (OAB)" did not say whose money, so it becomes both OAB codes;
// a label we do not recognise gets no code.
const CODES = `'NPO', 'OAB_SCHOOL', 'OAB_GEMEENTE', 'GEMEENTELIJKE_SUBSIDIE', 'FONDS', 'SAMENWERKINGSVERBAND', 'EIGEN_BIJDRAGE'`;

export class OfferingFundingCodes1765000210000 implements MigrationInterface {
  name = 'OfferingFundingCodes1765000210000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE offering
        ADD COLUMN funding_route_codes varchar(30)[] NOT NULL DEFAULT '{}'
          CHECK (funding_route_codes <@ ARRAY[${CODES}]::varchar(30)[])`);
    await q.query(`
      UPDATE offering o SET funding_route_codes = ARRAY(
        SELECT DISTINCT code FROM unnest(o.funding_routes) AS label,
          LATERAL unnest(CASE
            WHEN lower(trim(label)) LIKE 'npo%' THEN ARRAY['NPO']
            WHEN lower(trim(label)) LIKE 'onderwijsachterstand%' THEN ARRAY['OAB_SCHOOL', 'OAB_GEMEENTE']
            WHEN lower(trim(label)) LIKE 'gemeentelijke subsidie%' THEN ARRAY['GEMEENTELIJKE_SUBSIDIE']
            WHEN lower(trim(label)) = 'fonds' OR lower(trim(label)) LIKE 'fonds %' THEN ARRAY['FONDS']
            WHEN lower(trim(label)) LIKE 'samenwerkingsverband%' THEN ARRAY['SAMENWERKINGSVERBAND']
            WHEN lower(trim(label)) LIKE 'eigen bijdrage%' THEN ARRAY['EIGEN_BIJDRAGE']
            ELSE ARRAY[]::text[] END) AS code
        ORDER BY code)
      WHERE cardinality(o.funding_routes) > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offering DROP COLUMN IF EXISTS funding_route_codes`);
  }
}
