import type { MigrationInterface, QueryRunner } from 'typeorm';

// The foundation schema: regions, schools, the taxonomy, partners, offerings and coverage.
// Written by hand and reviewed; valid on PostgreSQL 15 (production) and PGlite (PostgreSQL 18).
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const ext of ['pg_trgm', 'unaccent', 'cube', 'earthdistance', 'btree_gist']) {
      await q.query(`CREATE EXTENSION IF NOT EXISTS ${ext}`);
    }

    await q.query(`
      CREATE TABLE app_meta (
        key varchar(100) PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE province (
        code varchar(4) PRIMARY KEY CHECK (code ~ '^PV[0-9]{2}$'),
        name varchar(100) NOT NULL,
        geometry jsonb,
        bbox double precision[] CHECK (bbox IS NULL OR cardinality(bbox) = 4),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE municipality (
        code varchar(6) PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
        name varchar(100) NOT NULL,
        province_code varchar(4) NOT NULL REFERENCES province(code),
        center_lat double precision NOT NULL,
        center_lng double precision NOT NULL,
        geometry jsonb,
        bbox double precision[] CHECK (bbox IS NULL OR cardinality(bbox) = 4),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX municipality_province_idx ON municipality (province_code)`);
    await q.query(
      `CREATE INDEX municipality_name_lower_idx ON municipality (lower(name) text_pattern_ops)`,
    );

    await q.query(`
      CREATE TABLE school (
        vestigingscode varchar(6) PRIMARY KEY CHECK (vestigingscode ~ '^[0-9A-Z]{4}[0-9]{2}$'),
        instellingscode varchar(4) NOT NULL,
        name varchar(300) NOT NULL,
        sector varchar(2) NOT NULL CHECK (sector IN ('PO', 'VO', 'SO')),
        school_type varchar(8) NOT NULL CHECK (school_type IN ('BAO', 'SBO', 'SO', 'VSO', 'SO/VSO', 'VO')),
        denomination varchar(100),
        address varchar(300) NOT NULL,
        postcode varchar(6) NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
        city varchar(100) NOT NULL,
        municipality_code varchar(6) NOT NULL REFERENCES municipality(code),
        province_code varchar(4) NOT NULL REFERENCES province(code),
        lat double precision NOT NULL CHECK (lat BETWEEN 50.7 AND 53.7),
        lng double precision NOT NULL CHECK (lng BETWEEN 3.2 AND 7.3),
        pupils integer CHECK (pupils IS NULL OR pupils >= 0),
        website varchar(300),
        active boolean NOT NULL DEFAULT true,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX school_municipality_idx ON school (municipality_code, vestigingscode)`,
    );
    await q.query(`CREATE INDEX school_sector_idx ON school (sector, vestigingscode)`);
    await q.query(`CREATE INDEX school_postcode_idx ON school (postcode text_pattern_ops)`);
    await q.query(`CREATE INDEX school_name_lower_idx ON school (lower(name) text_pattern_ops)`);
    await q.query(
      `CREATE INDEX school_name_trgm_idx ON school USING gin (lower(name) gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE intervention_type (
        code varchar(40) PRIMARY KEY,
        label_nl varchar(200) NOT NULL,
        label_en varchar(200) NOT NULL,
        description_nl text NOT NULL,
        description_en text NOT NULL,
        evidence_note_nl text NOT NULL,
        evidence_note_en text NOT NULL,
        sort_order integer NOT NULL
      )`);

    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL CHECK (length(trim(name)) > 0),
        type varchar(30) NOT NULL,
        kvk_number varchar(8) UNIQUE CHECK (kvk_number IS NULL OR kvk_number ~ '^[0-9]{8}$'),
        description text NOT NULL DEFAULT '',
        website varchar(300),
        email varchar(254),
        phone varchar(40),
        address varchar(300),
        city varchar(100) NOT NULL,
        lat double precision CHECK (lat IS NULL OR lat BETWEEN 50.7 AND 53.7),
        lng double precision CHECK (lng IS NULL OR lng BETWEEN 3.2 AND 7.3),
        status varchar(20) NOT NULL CHECK (status IN ('DRAFT', 'PENDING', 'VERIFIED', 'SUSPENDED')),
        verified_at timestamptz,
        last_confirmed_at timestamptz,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organisation_name_lower_idx ON organisation (lower(name))`);
    await q.query(`CREATE INDEX organisation_type_idx ON organisation (type)`);

    await q.query(`
      CREATE TABLE offering (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL CHECK (length(trim(title)) > 0),
        description text NOT NULL DEFAULT '',
        intervention_types text[] NOT NULL CHECK (cardinality(intervention_types) > 0),
        sectors text[] NOT NULL DEFAULT '{}',
        target_groups text[] NOT NULL DEFAULT '{}',
        groep_min smallint CHECK (groep_min IS NULL OR groep_min BETWEEN 1 AND 8),
        groep_max smallint CHECK (groep_max IS NULL OR groep_max BETWEEN 1 AND 8),
        age_min smallint CHECK (age_min IS NULL OR age_min BETWEEN 0 AND 99),
        age_max smallint CHECK (age_max IS NULL OR age_max BETWEEN 0 AND 99),
        delivery_modes text[] NOT NULL DEFAULT '{}',
        cost_type varchar(12) NOT NULL CHECK (cost_type IN ('FREE', 'SUBSIDISED', 'PAID')),
        cost_amount_eur numeric(10, 2) CHECK (cost_amount_eur IS NULL OR cost_amount_eur >= 0),
        cost_note varchar(500),
        funding_routes text[] NOT NULL DEFAULT '{}',
        evidence_register varchar(20) NOT NULL DEFAULT 'NONE',
        evidence_level varchar(30) NOT NULL DEFAULT 'NOT_ASSESSED',
        evidence_source varchar(500),
        capacity_per_year integer CHECK (capacity_per_year IS NULL OR capacity_per_year >= 0),
        languages text[] NOT NULL DEFAULT '{nl}',
        status varchar(12) NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'ARCHIVED')),
        last_confirmed_at timestamptz,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (groep_min IS NULL OR groep_max IS NULL OR groep_min <= groep_max),
        CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max)
      )`);
    await q.query(`CREATE INDEX offering_organisation_idx ON offering (organisation_id)`);
    await q.query(
      `CREATE INDEX offering_intervention_types_idx ON offering USING gin (intervention_types)`,
    );
    await q.query(`CREATE INDEX offering_status_idx ON offering (status)`);

    await q.query(`
      CREATE TABLE coverage_area (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offering_id uuid NOT NULL REFERENCES offering(id) ON DELETE CASCADE,
        kind varchar(12) NOT NULL CHECK (kind IN ('NATIONAL', 'PROVINCE', 'MUNICIPALITY', 'RADIUS', 'POLYGON')),
        province_code varchar(4) REFERENCES province(code),
        municipality_code varchar(6) REFERENCES municipality(code),
        center_lat double precision,
        center_lng double precision,
        radius_km double precision CHECK (radius_km IS NULL OR (radius_km > 0 AND radius_km <= 400)),
        geometry jsonb,
        bbox double precision[] CHECK (bbox IS NULL OR cardinality(bbox) = 4),
        note varchar(300),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'PROVINCE' OR province_code IS NOT NULL),
        CHECK (kind <> 'MUNICIPALITY' OR municipality_code IS NOT NULL),
        CHECK (kind <> 'RADIUS' OR (center_lat IS NOT NULL AND center_lng IS NOT NULL AND radius_km IS NOT NULL)),
        CHECK (kind <> 'POLYGON' OR (geometry IS NOT NULL AND bbox IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX coverage_area_offering_idx ON coverage_area (offering_id)`);
    await q.query(
      `CREATE INDEX coverage_area_municipality_idx ON coverage_area (municipality_code) WHERE municipality_code IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX coverage_area_province_idx ON coverage_area (province_code) WHERE province_code IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'coverage_area',
      'offering',
      'organisation',
      'intervention_type',
      'school',
      'municipality',
      'province',
      'app_meta',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    // Extensions are left in place: other schemas may use them.
  }
}
