import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  INTERVENTION_CODES,
  isMunicipalityCode,
  isProvinceCode,
  isSchoolType,
  isVestigingscode,
  type InterventionCode,
  type MatchQuery,
  type SchoolSector,
} from '@partnerwijzer/domain';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { MatchingIndexService } from '../matching/matching-index.service.js';
import type { PartnerMatchModel } from '../matching/models/match-outcome.model.js';
import type { MunicipalityModel } from '../regions/models/municipality.model.js';
import { RegionsService } from '../regions/regions.service.js';
import type {
  CoverageCellModel,
  CoverageColumnTotalModel,
  CoverageStatus,
  CoverageSummaryLevel,
  CoverageSummaryModel,
  MunicipalityCoverageModel,
  MunicipalityCoverageSummaryModel,
  SchoolCoverageRowModel,
} from './models/coverage.model.js';

interface SchoolRow {
  vestigingscode: string;
  name: string;
  sector: SchoolSector;
  schoolType: string;
  municipalityCode: string;
  provinceCode: string;
  lat: number;
  lng: number;
}

const SCHOOL_COLUMNS = `vestigingscode, name, sector, school_type AS "schoolType",
  municipality_code AS "municipalityCode", province_code AS "provinceCode", lat, lng`;

/** Every need requested at once: each result's `needsMet` then lists all types it offers. */
const ALL_NEEDS = INTERVENTION_CODES.map((code) => ({ code }));

/** The engine query for a school, the same as matchPartners builds for its vestigingscode. */
export function schoolQuery(s: SchoolRow): Omit<MatchQuery, 'needs'> {
  return {
    point: { lat: s.lat, lng: s.lng },
    municipalityCode: s.municipalityCode,
    provinceCode: s.provinceCode,
    schoolType: isSchoolType(s.schoolType) ? s.schoolType : undefined,
  };
}

function statusOf(offerings: number, local: number): CoverageStatus {
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

  async municipalityCoverage(
    rawCode: string,
    sector: SchoolSector | null = null,
  ): Promise<MunicipalityCoverageModel> {
    const municipality = await this.municipality(rawCode);
    const schools = await this.schoolsOf(municipality.code, sector);
    const engine = this.index.engine;
    const types = [...INTERVENTION_CODES];
    const column = new Map(types.map((code, i) => [code, i]));
    const rows: SchoolCoverageRowModel[] = schools.map((school) => {
      const offerings = new Array<number>(types.length).fill(0);
      const verified = new Array<number>(types.length).fill(0);
      const local = new Array<number>(types.length).fill(0);
      // limit = every stored offering, so totalMatches and matches agree.
      const outcome = engine.match({
        ...schoolQuery(school),
        needs: ALL_NEEDS,
        limit: engine.size,
      });
      for (const m of outcome.matches) {
        const isLocal = m.matchedArea.kind !== 'NATIONAL';
        const isVerified = m.scoreParts.verified === 1;
        for (const code of m.needsMet) {
          const i = column.get(code) as number;
          offerings[i]++;
          if (isVerified) verified[i]++;
          if (isLocal) local[i]++;
        }
      }
      const cells: CoverageCellModel[] = types.map((code, i) => ({
        interventionType: code,
        offerings: offerings[i],
        verified: verified[i],
        local: local[i],
        status: statusOf(offerings[i], local[i]),
      }));
      return {
        vestigingscode: school.vestigingscode,
        name: school.name,
        sector: school.sector,
        schoolType: school.schoolType,
        location: { lat: school.lat, lng: school.lng },
        cells,
        typesCovered: cells.filter((c) => c.offerings > 0).length,
        typesCoveredLocally: cells.filter((c) => c.local > 0).length,
      };
    });
    const totals: CoverageColumnTotalModel[] = types.map((code, i) => ({
      interventionType: code,
      gapSchools: rows.filter((r) => r.cells[i].status === 'GAP').length,
      onlyNationalSchools: rows.filter((r) => r.cells[i].status === 'ONLY_NATIONAL').length,
      localSchools: rows.filter((r) => r.cells[i].status === 'LOCAL').length,
    }));
    return { municipality, sector, interventionTypes: types, schools: rows, totals };
  }

  /** The offerings behind one cell, ranked as matchPartners ranks them for that one need. */
  async coverageCell(
    rawCode: string,
    rawVestigingscode: string,
    interventionType: InterventionCode,
  ): Promise<PartnerMatchModel[]> {
    const municipality = await this.municipality(rawCode);
    const vestigingscode = rawVestigingscode.trim().toUpperCase();
    if (!isVestigingscode(vestigingscode)) {
      throw UserInputError.field(
        'vestigingscode',
        'moet vier tekens plus twee cijfers zijn (must look like 00AA00)',
      );
    }
    const [school] = (await this.db.query(
      `SELECT ${SCHOOL_COLUMNS} FROM school
        WHERE vestigingscode = $1 AND municipality_code = $2 AND active`,
      [vestigingscode, municipality.code],
    )) as SchoolRow[];
    if (!school) throw UserInputError.notFound('vestigingscode', vestigingscode);
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
   * Per municipality the share of its active schools with at least one LOCAL offering (one
   * that reaches the school through a non-national area and fits it) per intervention type.
   * Only local areas are looked up (CoverageIndex), then fitted: no national scan per school.
   */
  async coverageSummary(
    level: CoverageSummaryLevel,
    rawProvinceCode: string | null = null,
    sector: SchoolSector | null = null,
  ): Promise<CoverageSummaryModel> {
    let provinceCode: string | null = null;
    if (level === 'PROVINCE') {
      provinceCode = (rawProvinceCode ?? '').trim().toUpperCase();
      if (!isProvinceCode(provinceCode)) {
        throw UserInputError.field(
          'provinceCode',
          'is nodig bij PROVINCE en moet de vorm PVxx hebben (required for PROVINCE, like PV27)',
        );
      }
      await this.regions.getProvince(provinceCode).catch(() => {
        throw UserInputError.notFound('provinceCode', provinceCode as string);
      });
    } else if (rawProvinceCode) {
      throw UserInputError.field(
        'provinceCode',
        'alleen bij level PROVINCE (only with level PROVINCE)',
      );
    }
    const municipalities = (await this.db.query(
      `SELECT code, name, province_code AS "provinceCode" FROM municipality
        ${provinceCode ? 'WHERE province_code = $1' : ''} ORDER BY code`,
      provinceCode ? [provinceCode] : [],
    )) as { code: string; name: string; provinceCode: string }[];
    const params: unknown[] = [municipalities.map((m) => m.code)];
    if (sector) params.push(sector);
    const schools = (await this.db.query(
      `SELECT ${SCHOOL_COLUMNS} FROM school
        WHERE active AND municipality_code = ANY($1) ${sector ? 'AND sector = $2' : ''}`,
      params,
    )) as SchoolRow[];
    const types = [...INTERVENTION_CODES];
    const column = new Map(types.map((code, i) => [code, i]));
    const perMunicipality = new Map(
      municipalities.map((m) => [
        m.code,
        { schools: 0, local: new Array<number>(types.length).fill(0) },
      ]),
    );
    const engine = this.index.engine;
    for (const school of schools) {
      const acc = perMunicipality.get(school.municipalityCode);
      if (!acc) continue;
      acc.schools++;
      const query = schoolQuery(school);
      const place = {
        point: query.point,
        municipalityCode: school.municipalityCode,
        provinceCode: school.provinceCode,
      };
      const localIds = [...engine.coveringAreas(place).keys()];
      if (localIds.length === 0) continue;
      const met = new Set<InterventionCode>();
      for (const r of engine.resultsFor(localIds, { ...query, needs: ALL_NEEDS }).values()) {
        for (const code of r.needsMet) met.add(code);
      }
      for (const code of met) acc.local[column.get(code) as number]++;
    }
    const rows: MunicipalityCoverageSummaryModel[] = municipalities.map((m) => {
      const acc = perMunicipality.get(m.code)!;
      return {
        municipalityCode: m.code,
        municipalityName: m.name,
        provinceCode: m.provinceCode,
        schools: acc.schools,
        shares: types.map((code, i) => ({
          interventionType: code,
          schoolsWithLocal: acc.local[i],
          share: acc.schools === 0 ? null : Math.round((acc.local[i] / acc.schools) * 1000) / 1000,
        })),
      };
    });
    return { level, provinceCode, sector, interventionTypes: types, municipalities: rows };
  }

  /** Validates and normalises a municipality code; BAD_USER_INPUT when malformed or unknown. */
  async municipality(rawCode: string): Promise<MunicipalityModel> {
    const code = rawCode.trim().toUpperCase();
    if (!isMunicipalityCode(code)) {
      throw UserInputError.field('code', 'moet de vorm GMxxxx hebben (must look like GM0363)');
    }
    return this.regions.getMunicipality(code);
  }

  private async schoolsOf(code: string, sector: SchoolSector | null): Promise<SchoolRow[]> {
    return (await this.db.query(
      `SELECT ${SCHOOL_COLUMNS} FROM school
        WHERE active AND municipality_code = $1 ${sector ? 'AND sector = $2' : ''}
        ORDER BY name, vestigingscode`,
      sector ? [code, sector] : [code],
    )) as SchoolRow[];
  }
}
