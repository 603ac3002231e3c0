import type { CollaborationStatus, FundingLine, MonitoringFacts } from '@partnerwijzer/domain';
import type { Queryable } from '../../database/queryable.js';
import { returnedRows } from '../../database/returned-rows.js';
import { rowsForKeys } from '../../database/rows-for-keys.js';

// The collaborations module's SQL on its own tables (docs/decisions/0013-repositories.md):
// collaborations with their schools, partners, intervention types, funding, status history
// and monitoring, and the municipality's LEA agreements. Names of schools and organisations
// come from their owners' repositories.

export interface NewCollaboration {
  title: string;
  municipalityCode: string | null;
  schoolBoard: string | null;
  goals: string[];
  startsOn: string;
  endsOn: string;
  status: CollaborationStatus;
  contactRequestId: string | null;
  createdByLabel: string;
  vestigingscodes: string[];
  organisationIds: string[];
  interventionCodes: string[];
  funding: FundingLine[];
}

export interface CollaborationRow extends NewCollaboration {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Inserts a collaboration with its parts and its first history line; returns its id. */
export async function insertCollaboration(tx: Queryable, c: NewCollaboration): Promise<string> {
  const [{ id }] = (await tx.query(
    `INSERT INTO collaboration (title, municipality_code, school_board, goals, starts_on, ends_on,
                                status, contact_request_id, created_by_label)
     VALUES ($1, $2, $3, $4::varchar[], $5::date, $6::date, $7, $8, $9) RETURNING id`,
    [
      c.title,
      c.municipalityCode,
      c.schoolBoard,
      c.goals,
      c.startsOn,
      c.endsOn,
      c.status,
      c.contactRequestId,
      c.createdByLabel,
    ],
  )) as [{ id: string }];
  await tx.query(
    `INSERT INTO collaboration_school (collaboration_id, vestigingscode)
     SELECT $1, unnest($2::text[])`,
    [id, c.vestigingscodes],
  );
  await tx.query(
    `INSERT INTO collaboration_partner (collaboration_id, organisation_id)
     SELECT $1, unnest($2::uuid[])`,
    [id, c.organisationIds],
  );
  await tx.query(
    `INSERT INTO collaboration_intervention (collaboration_id, intervention_code)
     SELECT $1, unnest($2::text[])`,
    [id, c.interventionCodes],
  );
  await insertFunding(tx, id, c.funding);
  await insertStatusChange(tx, id, null, c.status, null, c.createdByLabel);
  return id;
}

export async function insertStatusChange(
  tx: Queryable,
  id: string,
  from: CollaborationStatus | null,
  to: CollaborationStatus,
  note: string | null,
  label: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO collaboration_status_change
       (collaboration_id, from_status, to_status, note, changed_by_label)
     VALUES ($1, $2, $3, $4, $5)`,
    [id, from, to, note, label],
  );
}

/** Moves a collaboration to a status and records who did it, in the caller's transaction. */
export async function updateCollaborationStatus(
  tx: Queryable,
  id: string,
  from: CollaborationStatus,
  to: CollaborationStatus,
  note: string | null,
  label: string,
): Promise<void> {
  await tx.query(`UPDATE collaboration SET status = $2, updated_at = now() WHERE id = $1`, [
    id,
    to,
  ]);
  await insertStatusChange(tx, id, from, to, note, label);
}

/** Locks one collaboration's row until the end of the transaction (one writer at a time). */
export async function lockCollaboration(tx: Queryable, id: string): Promise<void> {
  await tx.query(`SELECT 1 FROM collaboration WHERE id = $1 FOR UPDATE`, [id]);
}

export interface CollaborationFilter {
  ids?: readonly string[];
  /** Any of its schools is one of these. */
  vestigingscodes?: readonly string[];
  /** Any of its partners is one of these. */
  organisationIds?: readonly string[];
  /** The municipality is a party. */
  municipalityCodes?: readonly string[];
  contactRequestIds?: readonly string[];
}

/**
 * The collaborations matching ANY of the given conditions (a party can be a school, a partner
 * or the municipality), newest first, at most `limit`. An empty filter finds nothing.
 */
export async function findCollaborations(
  db: Queryable,
  filter: CollaborationFilter,
  limit = 500,
): Promise<CollaborationRow[]> {
  const or: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  if (filter.ids) or.push(`c.id = ANY(${p([...filter.ids])}::uuid[])`);
  if (filter.contactRequestIds) {
    or.push(`c.contact_request_id = ANY(${p([...filter.contactRequestIds])}::uuid[])`);
  }
  if (filter.municipalityCodes) {
    or.push(`c.municipality_code = ANY(${p([...filter.municipalityCodes])}::text[])`);
  }
  if (filter.vestigingscodes) {
    or.push(`EXISTS (SELECT 1 FROM collaboration_school s WHERE s.collaboration_id = c.id
                      AND s.vestigingscode = ANY(${p([...filter.vestigingscodes])}::text[]))`);
  }
  if (filter.organisationIds) {
    or.push(`EXISTS (SELECT 1 FROM collaboration_partner o WHERE o.collaboration_id = c.id
                      AND o.organisation_id = ANY(${p([...filter.organisationIds])}::uuid[]))`);
  }
  if (or.length === 0) return [];
  const rows = (await db.query(
    `SELECT c.id, c.title, c.municipality_code AS "municipalityCode",
            c.school_board AS "schoolBoard", c.goals,
            to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn",
            to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn", c.status,
            c.contact_request_id AS "contactRequestId", c.created_by_label AS "createdByLabel",
            c.created_at AS "createdAt", c.updated_at AS "updatedAt",
            ARRAY(SELECT vestigingscode FROM collaboration_school WHERE collaboration_id = c.id
                   ORDER BY vestigingscode) AS "vestigingscodes",
            ARRAY(SELECT organisation_id::text FROM collaboration_partner
                   WHERE collaboration_id = c.id ORDER BY organisation_id) AS "organisationIds",
            ARRAY(SELECT intervention_code FROM collaboration_intervention
                   WHERE collaboration_id = c.id ORDER BY intervention_code) AS "interventionCodes",
            COALESCE((SELECT json_agg(json_build_object(
                        'routeCode', route_code, 'fundName', fund_name, 'amountEur', amount_eur,
                        'validFrom', to_char(valid_from, 'YYYY-MM-DD'),
                        'validUntil', to_char(valid_until, 'YYYY-MM-DD')) ORDER BY position)
                        FROM collaboration_funding WHERE collaboration_id = c.id), '[]'::json)
              AS funding
       FROM collaboration c
      WHERE ${or.join(' OR ')}
      ORDER BY c.created_at DESC, c.id
      LIMIT ${p(limit)}`,
    params,
  )) as (Omit<CollaborationRow, 'funding'> & { funding: unknown })[];
  return rows.map((r) => ({ ...withDates(r), funding: parsedJson<FundingLine[]>(r.funding) }));
}

export interface StatusChangeRow {
  collaborationId: string;
  fromStatus: CollaborationStatus | null;
  toStatus: CollaborationStatus;
  note: string | null;
  changedByLabel: string;
  changedAt: Date;
}

/** The status history of these collaborations, oldest first. */
export async function statusHistory(
  db: Queryable,
  ids: readonly string[],
): Promise<StatusChangeRow[]> {
  const rows = await rowsForKeys<StatusChangeRow>(
    db,
    `SELECT collaboration_id AS "collaborationId", from_status AS "fromStatus",
            to_status AS "toStatus", note, changed_by_label AS "changedByLabel",
            changed_at AS "changedAt"
       FROM collaboration_status_change WHERE collaboration_id = ANY($1::uuid[])
      ORDER BY id`,
    ids,
  );
  return rows.map((r) => ({ ...r, changedAt: new Date(r.changedAt) }));
}

/** A stored monitoring entry: the figures the domain rolls up, plus its note and who wrote it. */
export interface MonitoringRow extends MonitoringFacts {
  evaluationNote: string | null;
  evidenceUrl: string | null;
  updatedByLabel: string;
  updatedAt: Date;
}

/** The monitoring entries of these collaborations, by school year. */
export async function monitoringOf(
  db: Queryable,
  ids: readonly string[],
  schoolYear: string | null = null,
): Promise<MonitoringRow[]> {
  if (ids.length === 0) return [];
  const rows = (await db.query(
    `SELECT collaboration_id AS "collaborationId", school_year AS "schoolYear",
            pupils_reached AS "pupilsReached", groups_reached AS "groupsReached",
            sessions_delivered AS "sessionsDelivered", hours_delivered::float8 AS "hoursDelivered",
            goal_attainment AS "goalAttainment", evaluation_note AS "evaluationNote",
            evidence_url AS "evidenceUrl", updated_by_label AS "updatedByLabel",
            updated_at AS "updatedAt"
       FROM collaboration_monitoring
      WHERE collaboration_id = ANY($1::uuid[]) ${schoolYear ? 'AND school_year = $2' : ''}
      ORDER BY school_year, collaboration_id`,
    schoolYear ? [[...ids], schoolYear] : [[...ids]],
  )) as MonitoringRow[];
  return rows.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt) }));
}

/** Writes one collaboration's monitoring for one school year (replacing what was there). */
export async function upsertMonitoring(
  tx: Queryable,
  m: Omit<MonitoringRow, 'updatedAt'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO collaboration_monitoring
       (collaboration_id, school_year, pupils_reached, groups_reached, sessions_delivered,
        hours_delivered, goal_attainment, evaluation_note, evidence_url, updated_by_label)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (collaboration_id, school_year) DO UPDATE SET
       pupils_reached = EXCLUDED.pupils_reached, groups_reached = EXCLUDED.groups_reached,
       sessions_delivered = EXCLUDED.sessions_delivered,
       hours_delivered = EXCLUDED.hours_delivered, goal_attainment = EXCLUDED.goal_attainment,
       evaluation_note = EXCLUDED.evaluation_note, evidence_url = EXCLUDED.evidence_url,
       updated_by_label = EXCLUDED.updated_by_label, updated_at = now()`,
    [
      m.collaborationId,
      m.schoolYear,
      m.pupilsReached,
      m.groupsReached,
      m.sessionsDelivered,
      m.hoursDelivered,
      m.goalAttainment,
      m.evaluationNote,
      m.evidenceUrl,
      m.updatedByLabel,
    ],
  );
}

export interface AgreementRow {
  id: string;
  municipalityCode: string;
  title: string;
  startsOn: string;
  endsOn: string;
  themes: { interventionCode: string; goal: string }[];
  createdAt: Date;
  updatedAt: Date;
}

export interface NewAgreement {
  municipalityCode: string;
  title: string;
  startsOn: string;
  endsOn: string;
  themes: { interventionCode: string; goal: string }[];
}

/**
 * Inserts an agreement (id null) or replaces one's fields and themes; returns its id, or null
 * when the agreement to replace is gone (deleted meanwhile).
 */
export async function saveAgreement(
  tx: Queryable,
  id: string | null,
  a: NewAgreement,
): Promise<string | null> {
  let agreementId = id;
  if (agreementId === null) {
    const [row] = (await tx.query(
      `INSERT INTO lea_agreement (municipality_code, title, starts_on, ends_on)
       VALUES ($1, $2, $3::date, $4::date) RETURNING id`,
      [a.municipalityCode, a.title, a.startsOn, a.endsOn],
    )) as [{ id: string }];
    agreementId = row.id;
  } else {
    const updated = (await tx.query(
      `UPDATE lea_agreement SET title = $2, starts_on = $3::date, ends_on = $4::date,
              updated_at = now() WHERE id = $1 RETURNING id`,
      [agreementId, a.title, a.startsOn, a.endsOn],
    )) as unknown[];
    if (returnedRows(updated).length === 0) return null;
    await tx.query(`DELETE FROM lea_agreement_theme WHERE agreement_id = $1`, [agreementId]);
  }
  for (const [i, t] of a.themes.entries()) {
    await tx.query(
      `INSERT INTO lea_agreement_theme (agreement_id, intervention_code, position, goal)
       VALUES ($1, $2, $3, $4)`,
      [agreementId, t.interventionCode, i, t.goal],
    );
  }
  return agreementId;
}

/** Deletes an agreement and its themes; false when it was not there. */
export async function deleteAgreement(tx: Queryable, id: string): Promise<boolean> {
  const rows = (await tx.query(`DELETE FROM lea_agreement WHERE id = $1 RETURNING id`, [
    id,
  ])) as unknown[];
  return returnedRows(rows).length > 0;
}

/** The agreements of a municipality (or with these ids), newest period first. */
export async function findAgreements(
  db: Queryable,
  filter: { municipalityCode?: string; ids?: readonly string[] },
): Promise<AgreementRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.municipalityCode)
    where.push(`a.municipality_code = $${params.push(filter.municipalityCode)}`);
  if (filter.ids) where.push(`a.id = ANY($${params.push([...filter.ids])}::uuid[])`);
  if (where.length === 0) return [];
  const rows = (await db.query(
    `SELECT a.id, a.municipality_code AS "municipalityCode", a.title,
            to_char(a.starts_on, 'YYYY-MM-DD') AS "startsOn",
            to_char(a.ends_on, 'YYYY-MM-DD') AS "endsOn",
            a.created_at AS "createdAt", a.updated_at AS "updatedAt",
            COALESCE((SELECT json_agg(json_build_object('interventionCode', t.intervention_code,
                        'goal', t.goal) ORDER BY t.position)
                        FROM lea_agreement_theme t WHERE t.agreement_id = a.id), '[]'::json)
              AS themes
       FROM lea_agreement a
      WHERE ${where.join(' AND ')}
      ORDER BY a.starts_on DESC, a.title, a.id
      LIMIT 200`,
    params,
  )) as (Omit<AgreementRow, 'themes'> & { themes: unknown })[];
  return rows.map((r) => ({
    ...withDates(r),
    themes: parsedJson<AgreementRow['themes']>(r.themes),
  }));
}

export interface CollaborationDetails {
  title: string;
  goals: string[];
  startsOn: string;
  endsOn: string;
  funding: FundingLine[];
}

/**
 * Replaces what parties may change after creation (title, goals, period, funding) and adds a
 * history line at the unchanged status saying what changed, in the caller's transaction.
 */
export async function updateCollaborationDetails(
  tx: Queryable,
  id: string,
  status: CollaborationStatus,
  d: CollaborationDetails,
  note: string,
  label: string,
): Promise<void> {
  await tx.query(
    `UPDATE collaboration SET title = $2, goals = $3::varchar[], starts_on = $4::date,
            ends_on = $5::date, updated_at = now()
      WHERE id = $1`,
    [id, d.title, d.goals, d.startsOn, d.endsOn],
  );
  await tx.query(`DELETE FROM collaboration_funding WHERE collaboration_id = $1`, [id]);
  await insertFunding(tx, id, d.funding);
  await insertStatusChange(tx, id, status, status, note, label);
}

async function insertFunding(tx: Queryable, id: string, lines: readonly FundingLine[]) {
  for (const [i, f] of lines.entries()) {
    await tx.query(
      `INSERT INTO collaboration_funding
         (collaboration_id, position, route_code, fund_name, amount_eur, valid_from, valid_until)
       VALUES ($1, $2, $3, $4, $5, $6::date, $7::date)`,
      [id, i, f.routeCode, f.fundName, f.amountEur, f.validFrom, f.validUntil],
    );
  }
}

/**
 * Of these contact requests, those a collaboration was made from, each with that
 * collaboration's id (a request makes at most one). Lists that show requests and records side
 * by side drop these requests, so one collaboration is counted once.
 */
export async function collaborationsOfRequests(
  db: Queryable,
  contactRequestIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await rowsForKeys<{ requestId: string; id: string }>(
    db,
    `SELECT contact_request_id AS "requestId", id FROM collaboration
      WHERE contact_request_id = ANY($1::uuid[])`,
    contactRequestIds,
  );
  return new Map(rows.map((r) => [r.requestId, r.id]));
}

/** The row with its created/updated timestamps as Dates, whatever form the driver gave. */
function withDates<R extends { createdAt: Date; updatedAt: Date }>(r: R): R {
  return { ...r, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) };
}

/** A json_agg column, parsed when the driver hands it over as text. */
function parsedJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
