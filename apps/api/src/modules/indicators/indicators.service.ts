import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { parseMunicipalityCode } from '@partnerwijzer/domain';
import { recordAudit } from '../../common/audit/audit-log.js';
import { type Actor, requireRole } from '../../common/auth/roles.js';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { requireVestigingscode } from '../../common/validation/code-inputs.js';
import { SchoolsService } from '../schools/index.js';
import { requireKnownMunicipality } from '../regions/index.js';
import {
  isAveragePeriod,
  manualIndicatorProblems,
  type ManualIndicatorInput,
} from './indicator-input.validation.js';
import { TableBackedCache } from '../../database/table-version.js';
import {
  readAllIndicators,
  readIndicator,
  readIndicators,
  writeManualIndicator,
} from './repository.js';
import { groupIndicators, type IndicatorValue, type SchoolIndicators } from './indicator-values.js';

export const MANUAL_SOURCE = 'handmatig ingevoerd (set by hand)';

/**
 * Need indicators per school: public open data, read by the school pages, the municipality
 * view and the need computations; corrected by hand by an admin.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly db: DataSource,
    private readonly schools: SchoolsService,
  ) {}

  /** All values in memory, read again only after a write anywhere (import, correction). */
  private readonly everySchool = new TableBackedCache(['school_indicator'], async (db) => {
    const values = await readAllIndicators(db);
    return groupIndicators([...new Set(values.map((v) => v.vestigingscode))], values);
  });

  /**
   * Every school that has a value → its indicators, as forSchools gives them; schools without
   * any value are absent. Held in memory and current across processes (table_version).
   */
  async forEverySchool(): Promise<ReadonlyMap<string, SchoolIndicators>> {
    return this.everySchool.get(this.db, null);
  }

  /**
   * Every requested school (unknown codes included) → its latest schoolweging and
   * achterstandsscore (null when none) and all stored values with period, source and join
   * method. Stable: the need computations depend on it.
   */
  async forSchools(codes: readonly string[]): Promise<Map<string, SchoolIndicators>> {
    const unique = [...new Set(codes)];
    return groupIndicators(unique, await readIndicators(this.db, unique));
  }

  /** The same for every active school of a municipality (GM0599). */
  async forMunicipality(municipalityCode: string): Promise<Map<string, SchoolIndicators>> {
    const code = parseMunicipalityCode(municipalityCode);
    if (code === null) {
      throw UserInputError.field(
        'municipalityCode',
        'moet GM plus 4 cijfers zijn, bv. GM0599 (must be GM and 4 digits)',
        { code: 'INVALID_MUNICIPALITY_CODE' },
      );
    }
    await requireKnownMunicipality(this.db, code, 'municipalityCode');
    return this.forSchools(await this.schools.codesInMunicipality(code));
  }

  /** An admin sets or corrects one school's value; it is kept by later imports. */
  async setByHand(actor: Actor | null, input: ManualIndicatorInput): Promise<IndicatorValue> {
    const admin = requireRole(actor, 'ADMIN');
    const code = requireVestigingscode(input.vestigingscode);
    const note = input.note?.trim() || null;
    const sourceKey = input.sourceKey?.trim().toUpperCase() || null;
    const problems = manualIndicatorProblems({ ...input, note, sourceKey });
    if (problems.length > 0) throw new UserInputError(problems);
    await this.schools.get(code); // unknown school → NOT_FOUND naming vestigingscode

    return this.db.transaction(async (tx) => {
      // A correction keeps naming the publication the value belongs to.
      const earlier = await readIndicator(tx, code, input.kind, input.period);
      const before = await writeManualIndicator(
        tx,
        {
          vestigingscode: code,
          kind: input.kind,
          period: input.period,
          isAverage: isAveragePeriod(input.kind, input.period),
          value: input.value,
          spread: input.spread ?? null,
          pupils: input.pupils ?? null,
          valueWithoutThreshold: null,
          valueLowerGrades: null,
          valueUpperGrades: null,
          unreliable: false,
          sourcePublisher: earlier?.sourcePublisher ?? MANUAL_SOURCE,
          sourceFile: earlier?.sourceFile ?? '—',
          sourceKey,
          sourceName: null,
          sourceRow: null,
          joinMethod: 'MANUAL',
          note,
        },
        admin,
      );
      await recordAudit(
        tx,
        admin,
        'SCHOOL_INDICATOR',
        `${code}/${input.kind}/${input.period}`,
        'SET_BY_HAND',
        {
          before: before && {
            value: before.value,
            joinMethod: before.joinMethod,
            sourceKey: before.sourceKey,
          },
          after: { value: input.value, sourceKey, note },
        },
      );
      const after = await readIndicator(tx, code, input.kind, input.period);
      return after!;
    });
  }
}
