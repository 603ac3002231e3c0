import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  applicabilityMask,
  type CoverageFilter,
  type FundingRouteCode,
  appliesToSchoolType,
  INTERVENTION_CODES,
  type InterventionCode,
  isSchoolType,
  type MatchQuery,
  parseProvinceCode,
  parseVestigingscode,
  type SchoolSector,
  type SchoolType,
} from '@partnerwijzer/domain';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { requireMunicipalityCode } from '../../common/validation/code-inputs.js';
import { MatchingIndexService, type PartnerMatchModel } from '../matching/index.js';
import { type MunicipalityModel, RegionsService } from '../regions/index.js';
import { municipalityList } from '../regions/repository.js';
import { activeSchoolsIn, schoolPlace, type SchoolPlace } from '../schools/repository.js';
import type {
  CoverageCellModel,
  CoverageColumnTotalModel,
  CoverageStatus,
  CoverageSummaryLevel,
  CoverageSummaryModel,
  CoverageSummaryTotalModel,
  MunicipalityCoverageModel,
  MunicipalityCoverageSummaryModel,
  SchoolCoverageRowModel,
} from './models/coverage.model.js';
import {
  LOCAL_OFFERINGS_DEFAULT,
  LOCAL_OFFERINGS_MAX,
  type MunicipalityOfferingAreasModel,
} from './models/local-offering.model.js';

type SchoolRow = SchoolPlace;

/** The engine query for a school, the same as matchPartners builds for its vestigingscode. */
export function schoolQuery(
  s: Pick<SchoolRow, 'lat' | 'lng' | 'municipalityCode' | 'provinceCode' | 'schoolType'>,
): Omit<MatchQuery, 'needs'> {
  return {
    point: { lat: s.lat, lng: s.lng },
    municipalityCode: s.municipalityCode,
    provinceCode: s.provinceCode,
    schoolType: isSchoolType(s.schoolType) ? s.schoolType : undefined,
  };
}

/** schoolQuery for a school that carries its point as `location` (read model, SchoolModel). */
export function schoolQueryAt(
  s: Pick<SchoolRow, 'municipalityCode' | 'provinceCode' | 'schoolType'> & {
    location: { lat: number; lng: number };
  },
): Omit<MatchQuery, 'needs'> {
  // The fields by name, not a spread: the national summary calls this for every school.
  return schoolQuery({
    lat: s.location.lat,
    lng: s.location.lng,
    municipalityCode: s.municipalityCode,
    provinceCode: s.provinceCode,
    schoolType: s.schoolType,
  });
}

interface SchoolSetCounts {
  schools: number;
  /** Per type: schools it applies to. */
  applicable: number[];
  local: number[];
}

/** The school type when it is one we know; null (everything applies) otherwise. */
export function knownSchoolType(raw: string): SchoolType | null {
  return isSchoolType(raw) ? raw : null;
}

/** The engine's filter for a funding-route choice (none = every offering counts). */
export function fundingFilter(routes: readonly FundingRouteCode[]): CoverageFilter {
  return routes.length > 0 ? { fundingRoutes: [...new Set(routes)] } : {};
}

export function statusOf(applies: boolean, offerings: number, local: number): CoverageStatus {
  if (!applies) return 'NOT_APPLICABLE';
  if (offerings === 0) return 'GAP';
  return local === 0 ? 'ONLY_NATIONAL' : 'LOCAL';
}

/**
 * Coverage of a municipality's schools by intervention type, read from the in-memory matching
 * engine, so a cell always equals what matchPartners says for that school and that need.
 */
@Injectable()
export class CoverageService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionsService,
    private readonly index: MatchingIndexService,
  ) {}

  private readonly summaryCache = new Map<
    string,
    { generation: number; counts: Map<string, SchoolSetCounts> }
  >();

  async municipalityCoverage(
    rawCode: string,
    sector: SchoolSector | null = null,
    fundingRoutes: readonly FundingRouteCode[] = [],
  ): Promise<MunicipalityCoverageModel> {
    const municipality = await this.municipality(rawCode);
    const schools = await this.schoolsOf(municipality.code, sector);
    const types = [...INTERVENTION_CODES];
    const filter = fundingFilter(fundingRoutes);
    const counts = this.index.engine.coverageCounts(
      schools.map((s) => schoolQuery(s)),
      filter,
    );
    const n = counts.needs;
    const rows: SchoolCoverageRowModel[] = schools.map((school, s) => {
      const schoolType = knownSchoolType(school.schoolType);
      const cells: CoverageCellModel[] = types.map((code, i) => {
        const offerings = counts.offerings[s * n + i];
        const local = counts.local[s * n + i];
        return {
          interventionType: code,
          offerings,
          verified: counts.verified[s * n + i],
          local,
          status: statusOf(appliesToSchoolType(code, schoolType), offerings, local),
        };
      });
      const applicable = cells.filter((c) => c.status !== 'NOT_APPLICABLE');
      return {
        vestigingscode: school.vestigingscode,
        name: school.name,
        sector: school.sector,
        schoolType: school.schoolType,
        location: { lat: school.lat, lng: school.lng },
        cells,
        typesApplicable: applicable.length,
        typesCovered: applicable.filter((c) => c.offerings > 0).length,
        typesCoveredLocally: applicable.filter((c) => c.local > 0).length,
      };
    });
    const totals: CoverageColumnTotalModel[] = types.map((code, i) => ({
      interventionType: code,
      gapSchools: rows.filter((r) => r.cells[i].status === 'GAP').length,
      onlyNationalSchools: rows.filter((r) => r.cells[i].status === 'ONLY_NATIONAL').length,
      localSchools: rows.filter((r) => r.cells[i].status === 'LOCAL').length,
      notApplicableSchools: rows.filter((r) => r.cells[i].status === 'NOT_APPLICABLE').length,
    }));
    return {
      municipality,
      sector,
      interventionCodes: types,
      schools: rows,
      totals,
      fundingRoutes: filter.fundingRoutes ?? [],
    };
  }

  /** The offerings behind one cell, ranked as matchPartners ranks them for that one need. */
  async coverageCell(
    rawCode: string,
    rawVestigingscode: string,
    interventionType: InterventionCode,
  ): Promise<PartnerMatchModel[]> {
    const municipality = await this.municipality(rawCode);
    const vestigingscode = parseVestigingscode(rawVestigingscode);
    if (vestigingscode === null) {
      throw UserInputError.field(
        'vestigingscode',
        'moet vier tekens plus twee cijfers zijn (must look like 00AA00)',
        { code: 'INVALID_VESTIGINGSCODE' },
      );
    }
    const school = await schoolPlace(this.db, vestigingscode);
    if (!school?.active || school.municipalityCode !== municipality.code)
      throw UserInputError.notFound('vestigingscode', vestigingscode);
    const engine = this.index.engine;
    const outcome = engine.match({
      ...schoolQuery(school),
      needs: [{ code: interventionType }],
      limit: engine.size,
    });
    return outcome.matches.map((m) => ({
      ...m,
      matchedArea: { ...m.matchedArea, label: m.matchedArea.label ?? null },
    }));
  }

  /**
   * The offerings present in a municipality through their own areas: those that reach at
   * least one of its active schools (of this sector) through a province, municipality, radius
   * or polygon area and fit that school, with those areas, for the map's coverage layer and
   * its list. The same offerings the matrix counts as local; national ones only as a count.
   */
  async offeringAreas(
    rawCode: string,
    sector: SchoolSector | null = null,
    interventionType: InterventionCode | null = null,
    limit: number = LOCAL_OFFERINGS_DEFAULT,
    fundingRoutes: readonly FundingRouteCode[] = [],
  ): Promise<MunicipalityOfferingAreasModel> {
    if (!Number.isInteger(limit) || limit < 1 || limit > LOCAL_OFFERINGS_MAX) {
      throw UserInputError.field(
        'limit',
        `moet een geheel getal van 1 tot en met ${LOCAL_OFFERINGS_MAX} zijn (must be 1–${LOCAL_OFFERINGS_MAX})`,
        { code: 'WHOLE_NUMBER_RANGE', params: { min: 1, max: LOCAL_OFFERINGS_MAX } },
      );
    }
    const municipality = await this.municipality(rawCode);
    const schools = await this.schoolsOf(municipality.code, sector);
    const filter = fundingFilter(fundingRoutes);
    const reach = this.index.engine.localReach(
      schools.map((s) => schoolQuery(s)),
      interventionType ? [interventionType] : INTERVENTION_CODES,
      filter,
    );
    return {
      municipalityCode: municipality.code,
      sector,
      interventionType,
      fundingRoutes: filter.fundingRoutes ?? [],
      totalCount: reach.local.length,
      nationalOnlyCount: reach.nationalOnly,
      offerings: reach.local.slice(0, limit).map((r) => ({
        offeringId: r.offering.id,
        title: r.offering.title,
        organisationId: r.offering.organisationId,
        organisationName: r.offering.organisationName,
        verified: r.verified,
        interventionCodes: r.offering.interventionCodes,
        schoolsReached: r.places,
        alsoNational: r.national,
        areaIds: r.areaIds,
      })),
    };
  }

  /**
   * Per municipality the share of its active schools with at least one LOCAL offering (one
   * that reaches the school through a non-national area and fits it) per intervention type,
   * plus the same over all municipalities listed. Computed for every school in the country at
   * once from the in-memory engine and schools, and kept until the matching index changes.
   */
  async coverageSummary(
    level: CoverageSummaryLevel,
    rawProvinceCode: string | null = null,
    sector: SchoolSector | null = null,
  ): Promise<CoverageSummaryModel> {
    let provinceCode: string | null = null;
    if (level === 'PROVINCE') {
      provinceCode = parseProvinceCode(rawProvinceCode ?? '');
      if (provinceCode === null) {
        throw UserInputError.field(
          'provinceCode',
          'is nodig bij PROVINCE en moet de vorm PVxx hebben (required for PROVINCE, like PV27)',
          { code: 'INVALID_PROVINCE_CODE' },
        );
      }
      await this.regions.getProvince(provinceCode).catch(() => {
        throw UserInputError.notFound('provinceCode', provinceCode as string);
      });
    } else if (rawProvinceCode) {
      throw UserInputError.field(
        'provinceCode',
        'alleen bij level PROVINCE (only with level PROVINCE)',
        { code: 'ONLY_WITH_PROVINCE' },
      );
    }
    const municipalities = await municipalityList(this.db, provinceCode);
    const types = [...INTERVENTION_CODES];
    const perMunicipality = this.localCoverageBySchoolSet(sector);
    const none = {
      schools: 0,
      applicable: new Array<number>(types.length).fill(0),
      local: new Array<number>(types.length).fill(0),
    };
    const share = (part: number, whole: number) =>
      whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
    const rows: MunicipalityCoverageSummaryModel[] = municipalities.map((m) => {
      const acc = perMunicipality.get(m.code) ?? none;
      return {
        municipalityCode: m.code,
        municipalityName: m.name,
        provinceCode: m.provinceCode,
        schools: acc.schools,
        shares: types.map((code, i) => ({
          interventionType: code,
          schoolsApplicable: acc.applicable[i],
          schoolsWithLocal: acc.local[i],
          share: share(acc.local[i], acc.applicable[i]),
        })),
      };
    });
    const totals: CoverageSummaryTotalModel[] = types.map((code, i) => {
      const schools = rows.reduce((sum, r) => sum + r.shares[i].schoolsApplicable, 0);
      const withLocal = rows.reduce((sum, r) => sum + r.shares[i].schoolsWithLocal, 0);
      return {
        interventionType: code,
        schools,
        schoolsWithLocal: withLocal,
        share: share(withLocal, schools),
      };
    });
    return { level, provinceCode, sector, interventionCodes: types, municipalities: rows, totals };
  }

  /** Forgets cached summaries (benchmarks measure the computation itself). */
  clearCaches(): void {
    this.summaryCache.clear();
  }

  /**
   * Per municipality: its active schools (of this sector) and, per intervention type, how many
   * of them have a local offering. Cached per sector until the matching index changes.
   */
  private localCoverageBySchoolSet(sector: SchoolSector | null): Map<string, SchoolSetCounts> {
    const generation = this.index.generation;
    const key = sector ?? '';
    const cached = this.summaryCache.get(key);
    if (cached && cached.generation === generation) return cached.counts;
    const schools = [...this.index.activeSchools()].filter((s) => !sector || s.sector === sector);
    const masks = this.index.engine.localCoverageMasks(schools.map((s) => schoolQueryAt(s)));
    const n = INTERVENTION_CODES.length;
    const out = new Map<string, SchoolSetCounts>();
    schools.forEach((school, s) => {
      let acc = out.get(school.municipalityCode);
      if (!acc) {
        acc = {
          schools: 0,
          applicable: new Array<number>(n).fill(0),
          local: new Array<number>(n).fill(0),
        };
        out.set(school.municipalityCode, acc);
      }
      acc.schools++;
      const applies = applicabilityMask(knownSchoolType(school.schoolType));
      const local = masks[s] & applies;
      for (let i = 0; i < n; i++) {
        if ((applies >> i) & 1) acc.applicable[i]++;
        if ((local >> i) & 1) acc.local[i]++;
      }
    });
    this.summaryCache.set(key, { generation, counts: out });
    return out;
  }

  /** Validates and normalises a municipality code; BAD_USER_INPUT when malformed or unknown. */
  async municipality(rawCode: string): Promise<MunicipalityModel> {
    return this.regions.getMunicipality(requireMunicipalityCode(rawCode, 'code'));
  }

  private async schoolsOf(code: string, sector: SchoolSector | null): Promise<SchoolRow[]> {
    return activeSchoolsIn(this.db, code, sector);
  }
}
