import { Injectable } from '@nestjs/common';
import {
  COLLABORATION_LIMITS as L,
  FUNDING_ROUTES,
  checkCount,
  checkEvidenceUrl,
  checkFundingLines,
  checkGoals,
  checkPeriod,
  checkText,
  fundingWarnings,
  isoDay,
  parseMunicipalityCode,
  parseSchoolYear,
  parseVestigingscode,
  schoolYearsOfPeriod,
  statusChangeProblem,
  type CollaborationStatus,
  type Problem,
} from '@partnerwijzer/domain';
import { DataSource } from 'typeorm';
import type { Queryable } from '../../database/queryable.js';
import { recordAudit } from '../../common/audit/audit-log.js';
import {
  canEditOrganisation,
  canSeeSchool,
  forbidden,
  requireSignedIn,
  type Actor,
} from '../../common/auth/roles.js';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { isUuid } from '../../common/validation/uuid.js';
import { findContactRequests } from '../contact-requests/repository.js';
import { requireKnownMunicipality } from '../regions/index.js';
import { offeringSummaries, organisationNames } from '../organisations/repository.js';
import { schoolPlaces, schoolsIn, type SchoolPlace } from '../schools/repository.js';
import { canSeeCollaboration, isParty, type CollaborationParties } from './collaboration-access.js';
import { applyEdit, EDIT_NOTE_MAX, editNote, type EditedField } from './collaboration-edit.js';
import type {
  CreateCollaborationInput,
  MonitoringInput,
  UpdateCollaborationInput,
} from './dto/collaboration.input.js';
import type { CollaborationRecordModel, FundingRouteModel } from './models/collaboration.model.js';
import {
  findCollaborations,
  insertCollaboration,
  lockCollaboration,
  monitoringOf,
  statusHistory,
  updateCollaborationDetails,
  updateCollaborationStatus,
  upsertMonitoring,
  type CollaborationDetails,
  type CollaborationFilter,
  type CollaborationRow,
} from './repository.js';

/** Contact requests in these states may grow into a collaboration record. */
const ACCEPTED_REQUEST_STATUSES = ['ACCEPTED', 'IN_CONVERSATION', 'STARTED'] as const;

/**
 * Collaborations as records (issue 15, part 2): created by a party (school staff, a partner's
 * editor, a municipality officer) directly or from an accepted contact request; read by its
 * parties and by officers of its schools' municipalities; changed only by its parties. Every
 * refusal comes before any write, and every write is one transaction with its audit line.
 */
@Injectable()
export class CollaborationsService {
  constructor(private readonly db: DataSource) {}

  fundingRoutes(now = new Date()): FundingRouteModel[] {
    const today = isoDay(now);
    return FUNDING_ROUTES.map((r) => ({
      ...r,
      ended: r.validUntil !== null && r.validUntil < today,
    }));
  }

  async create(
    actor: Actor | null,
    input: CreateCollaborationInput,
  ): Promise<CollaborationRecordModel> {
    const a = requireSignedIn(actor);
    const problems: Problem[] = [];
    const title = checkText(input.title, 'title', L.titleMax, problems, true);
    const schoolBoard = checkText(input.schoolBoard, 'schoolBoard', L.boardMax, problems, false);
    const goals = checkGoals(input.goals, problems);
    const period = checkPeriod(input.startsOn, input.endsOn, problems);
    const funding = checkFundingLines(input.funding ?? [], problems);
    const codes = uniqueCodes(input.vestigingscodes, problems);
    const orgIds = [...new Set(input.organisationIds.map((o) => o.trim()))];
    if (orgIds.length === 0) {
      problems.push({
        field: 'organisationIds',
        message: 'noem ten minste één partner (at least one partner)',
        code: 'AT_LEAST_ONE',
      });
    } else if (orgIds.length > L.partnersMax) {
      problems.push({
        field: 'organisationIds',
        message: `hoogstens ${L.partnersMax} (at most ${L.partnersMax})`,
        code: 'TOO_MANY',
        params: { max: L.partnersMax },
      });
    } else if (orgIds.some((o) => !isUuid(o))) {
      problems.push({
        field: 'organisationIds',
        message: 'bevat een ongeldig id (contains an invalid id)',
        code: 'INVALID_ID',
      });
    }
    const interventionCodes = [...new Set(input.interventionCodes)];
    if (interventionCodes.length === 0) {
      problems.push({
        field: 'interventionCodes',
        message: 'kies ten minste één soort (choose at least one type)',
        code: 'AT_LEAST_ONE',
      });
    }
    const status = input.status ?? 'PLANNED';
    if (status !== 'PLANNED' && status !== 'ACTIVE') {
      problems.push({
        field: 'status',
        message: 'begint als PLANNED of ACTIVE (starts as PLANNED or ACTIVE)',
        code: 'INVALID_START_STATUS',
      });
    }
    let municipalityCode: string | null = null;
    if (input.municipalityCode != null && input.municipalityCode.trim() !== '') {
      municipalityCode = parseMunicipalityCode(input.municipalityCode);
      if (municipalityCode === null) {
        problems.push({
          field: 'municipalityCode',
          message: 'moet GM plus 4 cijfers zijn (must be GM plus 4 digits, e.g. GM0606)',
          code: 'INVALID_MUNICIPALITY_CODE',
        });
      }
    }
    const requestId = input.contactRequestId?.trim() || null;
    if (requestId !== null && !isUuid(requestId)) {
      problems.push({
        field: 'contactRequestId',
        message: 'is geen geldig id (not a valid id)',
        code: 'INVALID_ID',
      });
    }
    if (problems.length > 0) throw new UserInputError(problems);

    // Who may create what: the creator must be one of its parties.
    const creatorIsParty =
      a.role === 'ADMIN' ||
      (a.role === 'SCHOOL_STAFF' && codes.some((c) => a.schoolCodes.includes(c))) ||
      (a.role === 'PARTNER_EDITOR' &&
        a.organisationId !== null &&
        orgIds.includes(a.organisationId)) ||
      (a.role === 'MUNICIPALITY_OFFICER' &&
        municipalityCode !== null &&
        a.municipalityCodes.includes(municipalityCode));
    if (!creatorIsParty) throw forbidden();

    const schools = await schoolPlaces(this.db, codes);
    const missingSchools = codes.filter((c) => !schools.some((s) => s.vestigingscode === c));
    if (missingSchools.length > 0)
      throw UserInputError.notFound('vestigingscodes', missingSchools.join(', '));
    const orgNames = await organisationNames(this.db, orgIds);
    const missingOrgs = orgIds.filter((o) => !orgNames.has(o));
    if (missingOrgs.length > 0)
      throw UserInputError.notFound('organisationIds', missingOrgs.join(', '));
    if (
      municipalityCode !== null &&
      !schools.some((s) => s.municipalityCode === municipalityCode)
    ) {
      throw UserInputError.field(
        'municipalityCode',
        'moet de gemeente van een van de scholen zijn (must be the municipality of one of the schools)',
        { code: 'MUNICIPALITY_OF_NO_SCHOOL' },
      );
    }
    // An officer creates only for schools of their own municipality.
    if (
      a.role === 'MUNICIPALITY_OFFICER' &&
      !schools.some((s) => s.municipalityCode === municipalityCode)
    ) {
      throw forbidden();
    }
    if (requestId !== null) await this.checkRequest(a, requestId, codes, orgIds);

    const id = await this.db.transaction(async (tx) => {
      if (requestId !== null) {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
          `collaboration:${requestId}`,
        ]);
        const taken = await findCollaborations(tx, { contactRequestIds: [requestId] }, 1);
        if (taken.length > 0) {
          throw UserInputError.field(
            'contactRequestId',
            'uit deze aanvraag is al een samenwerking gemaakt (a collaboration was already made from this request)',
            { code: 'ALREADY_A_COLLABORATION' },
            'DUPLICATE',
          );
        }
      }
      const newId = await insertCollaboration(tx, {
        title: title!,
        municipalityCode,
        schoolBoard,
        goals,
        startsOn: period!.startsOn,
        endsOn: period!.endsOn,
        status,
        contactRequestId: requestId,
        createdByLabel: a.label,
        vestigingscodes: codes,
        organisationIds: orgIds,
        interventionCodes,
        funding,
      });
      await recordAudit(tx, a, 'COLLABORATION', newId, 'CREATE', {
        title,
        vestigingscodes: codes,
        organisationIds: orgIds,
        municipalityCode,
        period,
        funding,
        contactRequestId: requestId,
      });
      return newId;
    });
    return this.loadOne(a, id);
  }

  /** One collaboration for a caller who may see it; others are refused as if it did not exist. */
  async get(actor: Actor | null, rawId: string): Promise<CollaborationRecordModel> {
    const a = requireSignedIn(actor);
    const id = idOf('collaborationId', rawId);
    const [found] = await this.load(a, [id]);
    if (!found) {
      if (a.role === 'ADMIN') throw UserInputError.notFound('collaborationId', id);
      throw forbidden();
    }
    return found;
  }

  /**
   * The caller's collaborations: staff → their schools', editors → their organisation's,
   * officers → those in their municipalities; with a municipality code, that municipality's
   * (its officers and admins only).
   */
  async list(
    actor: Actor | null,
    rawCode: string | null | undefined,
  ): Promise<CollaborationRecordModel[]> {
    const a = requireSignedIn(actor);
    if (rawCode != null && rawCode.trim() !== '') {
      const code = parseMunicipalityCode(rawCode.slice(0, 20));
      if (code === null)
        throw UserInputError.field(
          'municipalityCode',
          'moet GM plus 4 cijfers zijn (must be GM plus 4 digits, e.g. GM0606)',
          { code: 'INVALID_MUNICIPALITY_CODE' },
        );
      if (!(
        a.role === 'ADMIN' ||
        (a.role === 'MUNICIPALITY_OFFICER' && a.municipalityCodes.includes(code))
      )) {
        throw forbidden();
      }
      await requireKnownMunicipality(this.db, code, 'municipalityCode');
      return this.inMunicipality(a, code);
    }
    const filter: CollaborationFilter =
      a.role === 'SCHOOL_STAFF'
        ? { vestigingscodes: a.schoolCodes }
        : a.role === 'PARTNER_EDITOR'
          ? { organisationIds: a.organisationId ? [a.organisationId] : [] }
          : a.role === 'MUNICIPALITY_OFFICER'
            ? { municipalityCodes: a.municipalityCodes }
            : {};
    const rows = await findCollaborations(this.db, filter);
    const officerRows =
      a.role === 'MUNICIPALITY_OFFICER'
        ? (await Promise.all(a.municipalityCodes.map((m) => this.idsInMunicipality(m)))).flat()
        : [];
    const ids = [...new Set([...rows.map((r) => r.id), ...officerRows])];
    return this.load(a, ids);
  }

  /** Every collaboration with a school in this municipality or the municipality as a party. */
  async inMunicipality(a: Actor, code: string): Promise<CollaborationRecordModel[]> {
    return this.load(a, await this.idsInMunicipality(code));
  }

  /** The plain rows of a municipality's collaborations, for the agreement and monitoring views. */
  async rowsInMunicipality(code: string): Promise<CollaborationRow[]> {
    const schools = await schoolsIn(this.db, code);
    return findCollaborations(
      this.db,
      { municipalityCodes: [code], vestigingscodes: schools.map((s) => s.vestigingscode) },
      5000,
    );
  }

  private async idsInMunicipality(code: string): Promise<string[]> {
    return (await this.rowsInMunicipality(code)).map((r) => r.id);
  }

  async setStatus(
    actor: Actor | null,
    rawId: string,
    status: CollaborationStatus,
    rawNote: string | null | undefined,
  ): Promise<CollaborationRecordModel> {
    const { a, id, row } = await this.asParty(actor, rawId);
    const problems: Problem[] = [];
    const note = checkText(rawNote, 'note', 1000, problems, status === 'STOPPED');
    const refused = statusChangeProblem(row.status, status);
    if (refused) problems.push(refused);
    if (problems.length > 0) throw new UserInputError(problems);
    await this.db.transaction(async (tx) => {
      await lockUnchanged(tx, id, 'status', (current) => current.status === row.status);
      await updateCollaborationStatus(tx, id, row.status, status, note, a.label);
      await recordAudit(tx, a, 'COLLABORATION', id, 'SET_STATUS', {
        status: { from: row.status, to: status },
        ...(note ? { note } : {}),
      });
    });
    return this.loadOne(a, id);
  }

  /** Changes title, goals, period or funding (parties only); one history and audit line. */
  async update(
    actor: Actor | null,
    input: UpdateCollaborationInput,
  ): Promise<CollaborationRecordModel> {
    const { a, id, row } = await this.asParty(actor, input.collaborationId);
    const problems: Problem[] = [];
    const note = checkText(input.note, 'note', EDIT_NOTE_MAX, problems, false);
    const years = (await monitoringOf(this.db, [id])).map((m) => m.schoolYear);
    const { details, changed } = applyEdit(row, input, years, problems);
    if (problems.length > 0) throw new UserInputError(problems);
    if (changed.length === 0) return this.loadOne(a, id);
    await this.db.transaction(async (tx) => {
      await lockUnchanged(
        tx,
        id,
        'collaborationId',
        (current) => current.updatedAt.getTime() === row.updatedAt.getTime(),
      );
      await updateCollaborationDetails(
        tx,
        id,
        row.status,
        details,
        editNote(changed, note),
        a.label,
      );
      await recordAudit(tx, a, 'COLLABORATION', id, 'UPDATE', {
        changed,
        before: Object.fromEntries(changed.map((f) => [f, pick(row, f)])),
        after: Object.fromEntries(changed.map((f) => [f, pick(details, f)])),
      });
    });
    return this.loadOne(a, id);
  }

  async recordMonitoring(
    actor: Actor | null,
    input: MonitoringInput,
  ): Promise<CollaborationRecordModel> {
    const { a, id, row } = await this.asParty(actor, input.collaborationId);
    const problems: Problem[] = [];
    const year = parseSchoolYear(input.schoolYear.slice(0, 20));
    if (year === null) {
      problems.push({
        field: 'schoolYear',
        message:
          'moet twee opeenvolgende jaren zijn, bv. 2026-2027 (must be two consecutive years, e.g. 2026-2027)',
        code: 'INVALID_SCHOOL_YEAR',
      });
    } else if (!schoolYearsOfPeriod(row.startsOn, row.endsOn).includes(year)) {
      problems.push({
        field: 'schoolYear',
        message: `valt buiten de periode van de samenwerking (${row.startsOn} – ${row.endsOn}) (outside the collaboration's period)`,
        code: 'OUTSIDE_PERIOD',
        params: { start: row.startsOn, end: row.endsOn },
      });
    }
    const entry = {
      collaborationId: id,
      schoolYear: year ?? '',
      pupilsReached: checkCount(input.pupilsReached, 'pupilsReached', problems),
      groupsReached: checkCount(input.groupsReached, 'groupsReached', problems),
      sessionsDelivered: checkCount(input.sessionsDelivered, 'sessionsDelivered', problems),
      hoursDelivered: checkCount(input.hoursDelivered, 'hoursDelivered', problems, {
        max: L.hoursMax,
        decimals: true,
      }),
      goalAttainment: input.goalAttainment ?? null,
      evaluationNote: checkText(input.evaluationNote, 'evaluationNote', L.noteMax, problems, false),
      evidenceUrl: checkEvidenceUrl(input.evidenceUrl, problems),
      updatedByLabel: a.label,
    };
    if (problems.length > 0) throw new UserInputError(problems);
    await this.db.transaction(async (tx) => {
      await lockCollaboration(tx, id);
      const [before] = await monitoringOf(tx, [id], entry.schoolYear);
      await upsertMonitoring(tx, entry);
      await recordAudit(
        tx,
        a,
        'COLLABORATION',
        id,
        before ? 'UPDATE_MONITORING' : 'ADD_MONITORING',
        {
          schoolYear: entry.schoolYear,
          pupilsReached: entry.pupilsReached,
          groupsReached: entry.groupsReached,
          sessionsDelivered: entry.sessionsDelivered,
          hoursDelivered: entry.hoursDelivered,
          goalAttainment: entry.goalAttainment,
        },
      );
    });
    return this.loadOne(a, id);
  }

  /** The signed-in caller and the collaboration's id and row, when the caller is a party. */
  private async asParty(
    actor: Actor | null,
    rawId: string,
  ): Promise<{ a: Actor; id: string; row: CollaborationRow }> {
    const a = requireSignedIn(actor);
    const id = idOf('collaborationId', rawId);
    return { a, id, row: await this.partyRow(a, id) };
  }

  /** The collaboration's row when the caller is a party; FORBIDDEN (or NOT_FOUND for admins). */
  private async partyRow(a: Actor, id: string): Promise<CollaborationRow> {
    const [row] = await findCollaborations(this.db, { ids: [id] }, 1);
    if (!row) {
      if (a.role === 'ADMIN') throw UserInputError.notFound('collaborationId', id);
      throw forbidden();
    }
    const places = await schoolPlaces(this.db, row.vestigingscodes);
    if (!isParty(a, partiesOf(row, places))) throw forbidden();
    return row;
  }

  /** The request must be accepted and its school and partner must be in the collaboration. */
  private async checkRequest(
    a: Actor,
    requestId: string,
    codes: string[],
    orgIds: string[],
  ): Promise<void> {
    const [request] = await findContactRequests(this.db, { ids: [requestId] }, 1);
    const offering = request
      ? (await offeringSummaries(this.db, [request.offeringId]))[0]
      : undefined;
    if (!request || !offering) {
      if (a.role === 'ADMIN') throw UserInputError.notFound('contactRequestId', requestId);
      throw forbidden();
    }
    if (
      !canSeeSchool(a, request.vestigingscode) &&
      !canEditOrganisation(a, offering.organisationId)
    ) {
      throw forbidden();
    }
    if (!(ACCEPTED_REQUEST_STATUSES as readonly string[]).includes(request.status)) {
      throw UserInputError.field(
        'contactRequestId',
        'de partner heeft deze aanvraag nog niet geaccepteerd (the partner has not accepted this request yet)',
        { code: 'REQUEST_NOT_ACCEPTED' },
      );
    }
    const problems: Problem[] = [];
    if (!codes.includes(request.vestigingscode)) {
      problems.push({
        field: 'vestigingscodes',
        message: `moet de school van de aanvraag bevatten, vestigingscode ${request.vestigingscode} (must include the request’s school, vestigingscode ${request.vestigingscode})`,
        code: 'MUST_INCLUDE_REQUEST_SCHOOL',
        params: { vestigingscode: request.vestigingscode },
      });
    }
    if (!orgIds.includes(offering.organisationId)) {
      problems.push({
        field: 'organisationIds',
        message: 'moet de partner van de aanvraag bevatten (must include the request’s partner)',
        code: 'MUST_INCLUDE_REQUEST_PARTNER',
      });
    }
    if (problems.length > 0) throw new UserInputError(problems);
  }

  /** The records with these ids that the caller may see, with names, history and monitoring. */
  private async loadOne(a: Actor, id: string): Promise<CollaborationRecordModel> {
    return (await this.load(a, [id]))[0]!;
  }

  private async load(a: Actor, ids: readonly string[]): Promise<CollaborationRecordModel[]> {
    if (ids.length === 0) return [];
    const rows = await findCollaborations(this.db, { ids }, 5000);
    const places = await schoolPlaces(
      this.db,
      rows.flatMap((r) => r.vestigingscodes),
    );
    const visible = rows.filter((r) => canSeeCollaboration(a, partiesOf(r, places)));
    const visibleIds = visible.map((r) => r.id);
    const requestIds = visible.flatMap((r) => (r.contactRequestId ? [r.contactRequestId] : []));
    const [names, history, monitoring, requests] = await Promise.all([
      organisationNames(
        this.db,
        visible.flatMap((r) => r.organisationIds),
      ),
      statusHistory(this.db, visibleIds),
      monitoringOf(this.db, visibleIds),
      requestIds.length > 0 ? findContactRequests(this.db, { ids: requestIds }, null) : [],
    ]);
    // The request's kenmerk, the one name of it its parties know (mails, inbox, status page).
    const referenceOf = new Map(requests.map((q) => [q.id, q.reference]));
    const placeOf = new Map(places.map((p) => [p.vestigingscode, p]));
    const today = isoDay(new Date());
    return visible.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      schoolYears: schoolYearsOfPeriod(r.startsOn, r.endsOn),
      goals: r.goals,
      schoolBoard: r.schoolBoard,
      municipalityCode: r.municipalityCode,
      schools: r.vestigingscodes.map((v) => ({
        vestigingscode: v,
        name: placeOf.get(v)?.name ?? v,
        municipalityCode: placeOf.get(v)?.municipalityCode ?? '',
      })),
      partners: r.organisationIds
        .map((o) => ({ organisationId: o, name: names.get(o) ?? o }))
        .sort((x, y) => x.name.localeCompare(y.name, 'nl')),
      interventionCodes: r.interventionCodes,
      funding: r.funding,
      fundingWarnings: fundingWarnings(r.funding, r.endsOn, today),
      history: history
        .filter((h) => h.collaborationId === r.id)
        .map((h) => ({
          fromStatus: h.fromStatus,
          toStatus: h.toStatus,
          note: h.note,
          changedBy: h.changedByLabel,
          changedAt: h.changedAt,
        })),
      monitoring: monitoring
        .filter((m) => m.collaborationId === r.id)
        .map(({ updatedByLabel, ...m }) => ({ ...m, updatedBy: updatedByLabel })),
      contactRequestId: r.contactRequestId,
      contactRequestReference: r.contactRequestId
        ? (referenceOf.get(r.contactRequestId) ?? null)
        : null,
      canEdit: isParty(a, partiesOf(r, places)),
      createdBy: r.createdByLabel,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    }));
  }
}

export function partiesOf(
  r: CollaborationRow,
  places: readonly SchoolPlace[],
): CollaborationParties {
  return {
    vestigingscodes: r.vestigingscodes,
    organisationIds: r.organisationIds,
    municipalityCode: r.municipalityCode,
    schoolMunicipalities: places
      .filter((p) => r.vestigingscodes.includes(p.vestigingscode))
      .map((p) => p.municipalityCode),
  };
}

/**
 * Locks the collaboration, then re-reads it: the checks before the transaction were made against
 * an earlier read, so CONFLICT (on `field`) when another writer changed what they relied on.
 */
async function lockUnchanged(
  tx: Queryable,
  id: string,
  field: string,
  unchanged: (current: CollaborationRow) => boolean,
): Promise<void> {
  await lockCollaboration(tx, id);
  const [current] = await findCollaborations(tx, { ids: [id] }, 1);
  if (!unchanged(current!)) {
    throw UserInputError.field(
      field,
      'is intussen gewijzigd; laad opnieuw (changed meanwhile; reload)',
      { code: 'CHANGED_MEANWHILE' },
      'CONFLICT',
    );
  }
}

function pick(d: CollaborationDetails, field: EditedField): unknown {
  return field === 'period' ? { startsOn: d.startsOn, endsOn: d.endsOn } : d[field];
}

function idOf(field: string, raw: string): string {
  const id = raw.trim().slice(0, 60);
  if (!isUuid(id))
    throw UserInputError.field(field, 'is geen geldig id (not a valid id)', { code: 'INVALID_ID' });
  return id;
}

function uniqueCodes(raw: readonly string[], problems: Problem[]): string[] {
  const codes: string[] = [];
  for (const [i, r] of raw.entries()) {
    const c = parseVestigingscode(r.slice(0, 20));
    if (c === null) {
      problems.push({
        field: `vestigingscodes[${i}]`,
        message:
          'moet 4 tekens plus 2 cijfers zijn, bv. 00AH07 (must be 4 characters plus 2 digits, e.g. 00AH07)',
        code: 'INVALID_VESTIGINGSCODE',
      });
    } else if (!codes.includes(c)) codes.push(c);
  }
  if (raw.length === 0)
    problems.push({
      field: 'vestigingscodes',
      message: 'noem ten minste één school (at least one school)',
      code: 'AT_LEAST_ONE',
    });
  if (codes.length > L.schoolsMax)
    problems.push({
      field: 'vestigingscodes',
      message: `hoogstens ${L.schoolsMax} scholen (at most ${L.schoolsMax})`,
      code: 'TOO_MANY',
      params: { max: L.schoolsMax },
    });
  return codes;
}
