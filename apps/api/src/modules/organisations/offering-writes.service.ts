import { Injectable } from '@nestjs/common';
import {
  countCorners,
  coverageReach,
  MAX_AREAS_PER_ORGANISATION,
  MAX_CORNERS_PER_ORGANISATION,
  MAX_OFFERINGS_PER_ORGANISATION,
  normaliseCodeList,
  normaliseLanguages,
} from '@partnerwijzer/domain';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { requiredProblem, type OfferingStatus } from '@partnerwijzer/domain';
import { UserInputError, type FieldProblem } from '../../common/errors/user-input.error.js';
import { recordAudit } from '../../common/audit/audit-log.js';
import { changedColumns } from '../../common/audit/changed-columns.js';
import {
  type Actor,
  canEditOrganisation,
  forbidden,
  requireSignedIn,
} from '../../common/auth/roles.js';
import { ChangeNotifier, recordChanges } from '../change-feed/index.js';
import { RegionsService } from '../regions/index.js';
import { ActiveSchoolsCache } from '../schools/index.js';
import { CoverageWarningEnum, type CoverageReachModel } from './models/coverage-reach.model.js';
import type { SetOfferingCoverageInput } from './dto/coverage-area.input.js';
import type { CreateOfferingInput, OfferingFieldsInput } from './dto/offering.input.js';
import { validateCoverageInput } from './coverage-input.validation.js';
import { OfferingEntity } from './entities/offering.entity.js';
import type { OfferingModel } from './models/offering.model.js';
import { toOfferingModel } from './organisation.mappers.js';
import {
  countAreasOfOrganisation,
  countOfferings,
  insertCoverageAreas,
  lockOrganisation,
  polygonsOfOrganisation,
  type NewCoverageArea,
} from './repository.js';
import { assertUuid } from '../../common/validation/uuid.js';

// A drawing that reaches more than a quarter of all schools, or covers more than 5,000 km²
// (about a large province), is probably a mistake: the editor asks before saving.
const VERY_LARGE_SHARE = 0.25;
const VERY_LARGE_KM2 = 5_000;

// Writes to offerings: access checked first (a partner editor only for their own organisation,
// an admin for any), then validated, then one transaction that records the change in the feed
// and the audit log; after the commit, in-process readers are told so the next match sees it.
@Injectable()
export class OfferingWritesService {
  constructor(
    private readonly db: DataSource,
    private readonly notifier: ChangeNotifier,
    private readonly regions: RegionsService,
    private readonly schools: ActiveSchoolsCache,
  ) {}

  /**
   * What these areas would reach, checked exactly like setCoverage (same access, same
   * validation and errors) but nothing is written. Counted over the active schools in memory
   * with the domain's coverage rule.
   */
  async previewCoverage(
    actor: Actor | null,
    input: SetOfferingCoverageInput,
  ): Promise<CoverageReachModel> {
    const areas = await this.checkedCoverage(actor, input);
    const places = [...this.schools.values()].map((s) => ({
      point: s.location,
      municipalityCode: s.municipalityCode,
      provinceCode: s.provinceCode,
    }));
    const reach = coverageReach(
      areas.map((a) => a.spec),
      places,
    );
    const warnings: CoverageWarningEnum[] = [];
    if (reach.shareOfSchools > VERY_LARGE_SHARE || reach.drawnAreaKm2 > VERY_LARGE_KM2) {
      warnings.push(CoverageWarningEnum.VERY_LARGE);
    }
    if (reach.schoolsInOverlap > 0) warnings.push(CoverageWarningEnum.OVERLAPPING);
    if (reach.schools === 0) warnings.push(CoverageWarningEnum.REACHES_NOTHING);
    return {
      schools: reach.schools,
      municipalities: reach.municipalityCodes.length,
      municipalityCodes: reach.municipalityCodes.slice(0, 50),
      provinces: reach.provinceCount,
      schoolsInOverlap: reach.schoolsInOverlap,
      drawnAreaKm2: Math.round(reach.drawnAreaKm2 * 10) / 10,
      shareOfSchools: reach.shareOfSchools,
      warnings,
    };
  }

  async setCoverage(actor: Actor | null, input: SetOfferingCoverageInput): Promise<OfferingModel> {
    const areas = await this.checkedCoverage(actor, input);
    const { organisationId } = await this.requireOffering(input.offeringId, 'offeringId');

    return this.write(
      actor,
      input.offeringId,
      { updatedAt: new Date() },
      'SET_COVERAGE',
      { areas: areas.map((a) => ({ kind: a.spec.kind, note: a.note })) },
      async (tx) => {
        await checkCornerBudget(tx, organisationId, input.offeringId, areas);
        await insertCoverageAreas(tx, input.offeringId, areas, { replace: true });
      },
    );
  }

  async setStatus(
    actor: Actor | null,
    offeringId: string,
    status: OfferingStatus,
  ): Promise<OfferingModel> {
    const before = await this.requireEditable(actor, offeringId);
    // The status it has already (a double click, a second tab): nothing changes, so nothing is
    // written, fed or audited (no "X→X" line).
    if (before.status === status) return toOfferingModel(before);
    return this.write(actor, offeringId, { status }, 'SET_STATUS', {
      status: { from: before.status, to: status },
    });
  }

  /** "Nog actueel" for one offering: sets lastConfirmedAt without changing anything else. */
  async confirm(actor: Actor | null, offeringId: string): Promise<OfferingModel> {
    return this.update(actor, offeringId, {});
  }

  async create(actor: Actor | null, input: CreateOfferingInput): Promise<OfferingModel> {
    const a = requireSignedIn(actor);
    assertUuid('organisationId', input.organisationId);
    if (!canEditOrganisation(a, input.organisationId)) throw forbidden();
    const org = (await this.db.query(`SELECT 1 FROM organisation WHERE id = $1`, [
      input.organisationId,
    ])) as unknown[];
    if (org.length === 0) throw UserInputError.notFound('organisationId', input.organisationId);
    const { organisationId, ...fields } = input;
    const problems = fieldProblems(fields, {});
    const named = (field: string) => problems.some((p) => p.field === field);
    if (!fields.title && !named('title')) {
      problems.push(requiredProblem('title'));
    }
    if (!fields.interventionCodes?.length && !named('interventionCodes')) {
      problems.push({
        field: 'interventionCodes',
        message: 'kies minstens één soort interventie (choose at least one intervention type)',
        code: 'AT_LEAST_ONE',
      });
    }
    if (problems.length > 0) throw new UserInputError(problems);
    const id = await this.db.transaction(async (tx) => {
      await lockOrganisation(tx, organisationId);
      if ((await countOfferings(tx, organisationId)) >= MAX_OFFERINGS_PER_ORGANISATION) {
        throw UserInputError.field(
          'organisationId',
          `deze organisatie heeft al ${MAX_OFFERINGS_PER_ORGANISATION} aanbiedingen, het maximum; ` +
            `archiveer of hergebruik er een (this organisation already has ` +
            `${MAX_OFFERINGS_PER_ORGANISATION} offerings, the maximum; reuse an archived one)`,
          { code: 'TOO_MANY_OFFERINGS', params: { max: MAX_OFFERINGS_PER_ORGANISATION } },
          'TOO_MANY',
        );
      }
      const { identifiers } = await tx.getRepository(OfferingEntity).insert({
        organisationId,
        description: '',
        sectors: [],
        targetGroups: [],
        deliveryModes: [],
        costType: 'FREE',
        fundingRoutes: [],
        fundingRouteCodes: [],
        evidenceRegister: 'NONE',
        evidenceLevel: 'NOT_ASSESSED',
        languages: ['nl'],
        status: 'ACTIVE',
        lastConfirmedAt: new Date(),
        ...columnsOf(fields),
      });
      const newId = String(identifiers[0]?.id);
      await recordChanges(tx, 'OFFERING', [newId]);
      await recordAudit(tx, a, 'OFFERING', newId, 'CREATE', { ...fields, organisationId });
      return newId;
    });
    await this.notifier.committed({ entity: 'OFFERING', ids: [id] });
    return toOfferingModel(await this.requireOffering(id, 'offeringId'));
  }

  async update(
    actor: Actor | null,
    offeringId: string,
    fields: OfferingFieldsInput,
  ): Promise<OfferingModel> {
    const before = await this.requireEditable(actor, offeringId);
    const problems = fieldProblems(fields, before);
    if (problems.length > 0) throw new UserInputError(problems);
    // Only what differs from the stored offering is written and audited. Saving also says "nog
    // actueel" (the mutation's contract), so a form sent back unchanged is a confirmation,
    // audited as one, as confirmOffering.
    const { columns, changes } = changedColumns(before, columnsOf(fields));
    const now = new Date();
    const confirmed = { lastConfirmedAt: { from: before.lastConfirmedAt, to: now } };
    const unchanged = Object.keys(columns).length === 0;
    return this.write(
      actor,
      offeringId,
      { ...columns, lastConfirmedAt: now },
      unchanged ? 'CONFIRM' : 'UPDATE',
      { ...changes, ...confirmed },
    );
  }

  /**
   * Writes columns of one offering (after `first`, in the same transaction) with its change-feed
   * line and audit entry, tells the search after the commit and answers the offering as stored.
   */
  private async write(
    actor: Actor | null,
    offeringId: string,
    columns: Parameters<Repository<OfferingEntity>['update']>[1],
    action: string,
    changes: Record<string, unknown>,
    first?: (tx: EntityManager) => Promise<unknown>,
  ): Promise<OfferingModel> {
    await this.db.transaction(async (tx) => {
      await first?.(tx);
      await tx.getRepository(OfferingEntity).update({ id: offeringId }, columns);
      await recordChanges(tx, 'OFFERING', [offeringId]);
      await recordAudit(tx, actor, 'OFFERING', offeringId, action, changes);
    });
    await this.notifier.committed({ entity: 'OFFERING', ids: [offeringId] });
    return toOfferingModel(await this.requireOffering(offeringId, 'offeringId'));
  }

  /** The areas of a coverage input when the actor may edit the offering and they are valid. */
  private async checkedCoverage(actor: Actor | null, input: SetOfferingCoverageInput) {
    await this.requireEditable(actor, input.offeringId);
    const known = await this.knownRegions(
      input.areas.map((a) => a.municipalityCode),
      input.areas.map((a) => a.provinceCode),
    );
    const { areas, problems } = validateCoverageInput(input.areas, known);
    if (problems.length > 0) throw new UserInputError(problems);
    return areas;
  }

  /** The offering when the actor may edit it: UNAUTHENTICATED, FORBIDDEN or NOT_FOUND otherwise. */
  private async requireEditable(actor: Actor | null, offeringId: string): Promise<OfferingEntity> {
    const a = requireSignedIn(actor);
    const row = await this.requireOffering(offeringId, 'offeringId');
    if (!canEditOrganisation(a, row.organisationId)) throw forbidden();
    return row;
  }

  private async requireOffering(id: string, field: string): Promise<OfferingEntity> {
    assertUuid(field, id);
    const row = await this.db.getRepository(OfferingEntity).findOneBy({ id });
    if (!row) throw UserInputError.notFound(field, id);
    return row;
  }

  private async knownRegions(
    municipalities: (string | undefined)[],
    provinces: (string | undefined)[],
  ) {
    const clean = (codes: (string | undefined)[]) =>
      normaliseCodeList(codes.filter((c): c is string => !!c));
    const known = await this.regions.existingCodes(clean(municipalities), clean(provinces));
    return {
      municipality: (c: string) => known.municipalities.has(c),
      province: (c: string) => known.provinces.has(c),
    };
  }
}

/**
 * Refuses a coverage save that would take the organisation's areas, over all its offerings,
 * past MAX_AREAS_PER_ORGANISATION, or their drawn and uploaded corners past
 * MAX_CORNERS_PER_ORGANISATION. Locks the organisation for the rest of the transaction.
 */
async function checkCornerBudget(
  tx: EntityManager,
  organisationId: string,
  offeringId: string,
  areas: readonly NewCoverageArea[],
): Promise<void> {
  await lockOrganisation(tx, organisationId);
  const areaCount = areas.length + (await countAreasOfOrganisation(tx, organisationId, offeringId));
  if (areaCount > MAX_AREAS_PER_ORGANISATION) {
    const max = MAX_AREAS_PER_ORGANISATION;
    throw UserInputError.field(
      'areas',
      `alle aanbod van deze organisatie heeft samen ${areaCount} werkgebieden, hoogstens ${max} ` +
        `toegestaan (all this organisation's offerings have ${areaCount} areas together, at ` +
        `most ${max} allowed)`,
      { code: 'TOO_MANY_AREAS', params: { max, found: areaCount } },
      'TOO_MANY',
    );
  }
  const own = areas.reduce(
    (sum, a) => sum + (a.spec.kind === 'POLYGON' ? countCorners(a.spec.geometry) : 0),
    0,
  );
  if (own === 0) return;
  const others = (await polygonsOfOrganisation(tx, organisationId, offeringId)).reduce(
    (sum, g) => sum + countCorners(g),
    0,
  );
  const total = own + others;
  if (total <= MAX_CORNERS_PER_ORGANISATION) return;
  const max = MAX_CORNERS_PER_ORGANISATION;
  throw UserInputError.field(
    'areas',
    `de getekende en geüploade gebieden van alle aanbod van deze organisatie hebben samen ` +
      `${total} hoekpunten, hoogstens ${max} toegestaan (dit aanbod ${own}); vereenvoudig de ` +
      `vormen of kies gemeenten of provincies, die geen hoekpunten tellen (the drawn and ` +
      `uploaded areas of all this organisation's offerings have ${total} corners together, at ` +
      `most ${max} allowed (this offering ${own}); simplify the shapes or choose municipalities ` +
      `or provinces, which take no corners)`,
    { code: 'TOO_MANY_CORNERS', params: { max, found: total } },
    'TOO_MANY',
  );
}

type Ranged = Pick<OfferingEntity, 'groepMin' | 'groepMax' | 'ageMin' | 'ageMax' | 'costType'>;

// Cross-field rules the DTO decorators cannot state; `before` fills in fields not being changed.
function fieldProblems(fields: OfferingFieldsInput, before: Partial<Ranged>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const groepMin = fields.groepMin !== undefined ? fields.groepMin : before.groepMin;
  const groepMax = fields.groepMax !== undefined ? fields.groepMax : before.groepMax;
  if (groepMin != null && groepMax != null && groepMin > groepMax) {
    problems.push({
      field: 'groepMax',
      message: 'moet ≥ groepMin zijn (must be ≥ groepMin)',
      code: 'RANGE_REVERSED',
    });
  }
  const ageMin = fields.ageMin !== undefined ? fields.ageMin : before.ageMin;
  const ageMax = fields.ageMax !== undefined ? fields.ageMax : before.ageMax;
  if (ageMin != null && ageMax != null && ageMin > ageMax) {
    problems.push({
      field: 'ageMax',
      message: 'moet ≥ ageMin zijn (must be ≥ ageMin)',
      code: 'RANGE_REVERSED',
    });
  }
  const title = fields.title === undefined ? undefined : (fields.title ?? '').trim();
  if (title === '') problems.push(requiredProblem('title'));
  else if (title !== undefined && title.length < 3) {
    problems.push({
      field: 'title',
      message: 'minstens 3 tekens (at least 3 characters)',
      code: 'TOO_SHORT',
      params: { min: 3 },
    });
  }
  // GraphQL lets a client send null for any optional input field; null clears only what may
  // be empty, and is refused (not a 500) for what the record cannot be without.
  const required = ['interventionCodes', 'costType', 'evidenceRegister', 'evidenceLevel'] as const;
  for (const field of required) {
    if (fields[field] === null) problems.push(requiredProblem(field));
  }
  return problems;
}

function columnsOf(fields: OfferingFieldsInput): Partial<OfferingEntity> {
  const c: Partial<OfferingEntity> = {};
  const list = <T>(values: T[] | null | undefined) => [...new Set(values ?? [])];
  const text = (value: string | null | undefined) => (value ?? '').trim() || null;
  if (fields.title != null) c.title = fields.title.trim();
  if (fields.description !== undefined) c.description = (fields.description ?? '').trim();
  if (fields.interventionCodes != null) c.interventionTypes = list(fields.interventionCodes);
  if (fields.sectors !== undefined) c.sectors = list(fields.sectors);
  if (fields.targetGroups !== undefined) c.targetGroups = list(fields.targetGroups);
  if (fields.groepMin !== undefined) c.groepMin = fields.groepMin ?? null;
  if (fields.groepMax !== undefined) c.groepMax = fields.groepMax ?? null;
  if (fields.ageMin !== undefined) c.ageMin = fields.ageMin ?? null;
  if (fields.ageMax !== undefined) c.ageMax = fields.ageMax ?? null;
  if (fields.deliveryModes !== undefined) c.deliveryModes = list(fields.deliveryModes);
  if (fields.costType != null) c.costType = fields.costType;
  if (fields.costAmountEur !== undefined)
    c.costAmountEur = fields.costAmountEur == null ? null : fields.costAmountEur.toFixed(2);
  if (fields.costNote !== undefined) c.costNote = text(fields.costNote);
  if (fields.fundingRoutes !== undefined)
    c.fundingRoutes = list(fields.fundingRoutes)
      .map((r) => r.trim())
      .filter(Boolean);
  if (fields.fundingRouteCodes !== undefined)
    c.fundingRouteCodes = [...new Set(list(fields.fundingRouteCodes))];
  if (fields.evidenceRegister != null) c.evidenceRegister = fields.evidenceRegister;
  if (fields.evidenceLevel != null) c.evidenceLevel = fields.evidenceLevel;
  if (fields.evidenceSource !== undefined) c.evidenceSource = text(fields.evidenceSource);
  if (fields.capacityPerYear !== undefined) c.capacityPerYear = fields.capacityPerYear ?? null;
  if (fields.languages !== undefined)
    // Tags such as "nl-NL" are stored as their language ("nl"), so filters on codes find them.
    c.languages = normaliseLanguages(list(fields.languages));
  return c;
}
