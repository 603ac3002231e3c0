import type { MigrationInterface, QueryRunner } from 'typeorm';

// Collaborations as records (issue 15, parts 2–5): schools, partners and optionally the
// municipality working together on intervention types and goals for a period, with their
// funding, a status history, the municipality's LEA agreements and per-school-year monitoring.
// Aggregates only: counts of pupils or groups, never data about a pupil. Owned by
// modules/collaborations.
const FUNDING_CODES = `'NPO', 'OAB_SCHOOL', 'OAB_GEMEENTE', 'GEMEENTELIJKE_SUBSIDIE', 'FONDS', 'SAMENWERKINGSVERBAND', 'EIGEN_BIJDRAGE'`;
const STATUSES = `'PLANNED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'STOPPED'`;
const TEXT = (col: string, max: number, nullable = false) =>
  `${col} varchar(${max}) ${nullable ? '' : 'NOT NULL'} CHECK (${nullable ? `${col} IS NULL OR ` : ''}length(trim(${col})) > 0)`;

export class Collaborations1765000200000 implements MigrationInterface {
  name = 'Collaborations1765000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE collaboration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${TEXT('title', 160)},
        municipality_code varchar(6) REFERENCES municipality(code),
        ${TEXT('school_board', 160, true)},
        goals varchar(300)[] NOT NULL CHECK (cardinality(goals) BETWEEN 1 AND 10),
        starts_on date NOT NULL CHECK (starts_on >= DATE '2000-01-01'),
        ends_on date NOT NULL CHECK (ends_on <= DATE '2100-12-31'),
        status varchar(12) NOT NULL CHECK (status IN (${STATUSES})),
        -- At most one collaboration grows out of one contact request.
        contact_request_id uuid UNIQUE REFERENCES contact_request(id) ON DELETE SET NULL,
        created_by_label varchar(254) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(`
      CREATE TABLE collaboration_school (
        collaboration_id uuid NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        vestigingscode varchar(6) NOT NULL REFERENCES school(vestigingscode),
        PRIMARY KEY (collaboration_id, vestigingscode)
      )`);
    // "Which collaborations does this school take part in" (staff lists, the municipality view).
    await q.query(
      `CREATE INDEX collaboration_school_school_idx ON collaboration_school (vestigingscode)`,
    );
    await q.query(`
      CREATE TABLE collaboration_partner (
        collaboration_id uuid NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        PRIMARY KEY (collaboration_id, organisation_id)
      )`);
    await q.query(
      `CREATE INDEX collaboration_partner_org_idx ON collaboration_partner (organisation_id)`,
    );
    await q.query(`
      CREATE TABLE collaboration_intervention (
        collaboration_id uuid NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        intervention_code varchar(40) NOT NULL REFERENCES intervention_type(code),
        PRIMARY KEY (collaboration_id, intervention_code)
      )`);
    await q.query(`
      CREATE TABLE collaboration_funding (
        collaboration_id uuid NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position BETWEEN 0 AND 9),
        route_code varchar(30) NOT NULL CHECK (route_code IN (${FUNDING_CODES})),
        ${TEXT('fund_name', 120, true)},
        amount_eur integer CHECK (amount_eur IS NULL OR amount_eur BETWEEN 0 AND 100000000),
        valid_from date,
        valid_until date,
        PRIMARY KEY (collaboration_id, position),
        CHECK (route_code <> 'FONDS' OR fund_name IS NOT NULL),
        CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until >= valid_from)
      )`);
    await q.query(`
      CREATE TABLE collaboration_status_change (
        id bigserial PRIMARY KEY,
        collaboration_id uuid NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        from_status varchar(12) CHECK (from_status IS NULL OR from_status IN (${STATUSES})),
        to_status varchar(12) NOT NULL CHECK (to_status IN (${STATUSES})),
        ${TEXT('note', 1000, true)},
        changed_by_label varchar(254) NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX collaboration_status_change_idx ON collaboration_status_change (collaboration_id, id)`,
    );
    await q.query(`
      CREATE TABLE collaboration_monitoring (
        collaboration_id uuid NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        school_year varchar(9) NOT NULL CHECK (
          school_year ~ '^[0-9]{4}-[0-9]{4}$'
          AND substr(school_year, 6, 4)::int = substr(school_year, 1, 4)::int + 1
        ),
        pupils_reached integer CHECK (pupils_reached BETWEEN 0 AND 100000),
        groups_reached integer CHECK (groups_reached BETWEEN 0 AND 100000),
        sessions_delivered integer CHECK (sessions_delivered BETWEEN 0 AND 100000),
        hours_delivered numeric(7, 1) CHECK (hours_delivered BETWEEN 0 AND 100000),
        goal_attainment varchar(12) CHECK (goal_attainment IN ('NOT_MET', 'PARTLY_MET', 'MET')),
        ${TEXT('evaluation_note', 2000, true)},
        evidence_url varchar(500) CHECK (evidence_url ~ '^https?://[^[:space:]]+$'),
        updated_by_label varchar(254) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (collaboration_id, school_year)
      )`);
    await q.query(`
      CREATE TABLE lea_agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_code varchar(6) NOT NULL REFERENCES municipality(code),
        ${TEXT('title', 160)},
        starts_on date NOT NULL CHECK (starts_on >= DATE '2000-01-01'),
        ends_on date NOT NULL CHECK (ends_on <= DATE '2100-12-31'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(
      `CREATE INDEX lea_agreement_municipality_idx ON lea_agreement (municipality_code)`,
    );
    await q.query(`
      CREATE TABLE lea_agreement_theme (
        agreement_id uuid NOT NULL REFERENCES lea_agreement(id) ON DELETE CASCADE,
        intervention_code varchar(40) NOT NULL REFERENCES intervention_type(code),
        position smallint NOT NULL CHECK (position BETWEEN 0 AND 19),
        ${TEXT('goal', 300)},
        PRIMARY KEY (agreement_id, intervention_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'lea_agreement_theme',
      'lea_agreement',
      'collaboration_monitoring',
      'collaboration_status_change',
      'collaboration_funding',
      'collaboration_intervention',
      'collaboration_partner',
      'collaboration_school',
      'collaboration',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
