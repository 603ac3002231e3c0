import { Injectable } from '@nestjs/common';
import {
  areaIntensity,
  cellMetTenths,
  cellUnmetTenths,
  type CoverageFilter,
  coveredShare,
  type FundingRouteCode,
  explainNeed,
  fromTenths,
  indicatorIntensity,
  INTERVENTION_CODES,
  type InterventionCode,
  isSchoolType,
  type MetStatus,
  type NeedSchool,
  needFormulaText,
  type NeedSubject,
  parseVestigingscode,
  type ProfileNeed,
  schoolNeedCells,
  type SchoolSector,
  type SchoolType,
  schoolYearOf,
  SIMILAR_DEFAULT_COUNT,
  similarMunicipalities,
  toTenths,
  unmetNeed,
} from '@partnerwijzer/domain';
import type { Actor } from '../../../common/auth/roles.js';
import { canSeeMunicipality } from '../../../common/auth/roles.js';
import { UserInputError } from '../../../common/errors/user-input.error.js';
import {
  IndicatorsService,
  needIndicatorInputs,
  type SchoolIndicators,
} from '../../indicators/index.js';
import { MatchingIndexService } from '../../matching/index.js';
import { RegionsService } from '../../regions/index.js';
import {
  type SchoolNeedsProfile,
  SchoolNeedsService,
  toProfileNeeds,
} from '../../school-needs/index.js';
import type { SchoolModel } from '../../schools/index.js';
import { CoverageService, fundingFilter, schoolQueryAt } from '../coverage.service.js';
import type {
  MunicipalityNeedsModel,
  NeedCellModel,
  NeedExplanationModel,
  NeedShareModel,
  SchoolNeedRowModel,
  ThemeNeedModel,
} from '../models/needs.model.js';
import { N } from './figures.js';

/** One school with everything the need formula and met-ness need (school level only). */
export interface NeedInputSchool extends NeedSchool {
  school: SchoolModel;
}

/**
 * The need and met need of a set of schools, in total and per type, in whole tenths of a pupil:
 * sums of the cells as each is shown (the domain's rounding rule), so totals add up exactly.
 */
export interface NeedAccumulator {
  needTenths: number;
  metTenths: number;
  byTypeNeedTenths: Float64Array;
  byTypeMetTenths: Float64Array;
  pupils: number;
  /** Σ indicator intensity × pupils (for similar municipalities). */
  intensityPupils: number;
}

const emptyAcc = (): NeedAccumulator => ({
  needTenths: 0,
  metTenths: 0,
  byTypeNeedTenths: new Float64Array(N),
  byTypeMetTenths: new Float64Array(N),
  pupils: 0,
  intensityPupils: 0,
});

export interface NationalInputs {
  schools: SchoolModel[];
  indicators: ReadonlyMap<string, SchoolIndicators>;
  profiles: ReadonlyMap<string, SchoolNeedsProfile>;
}

/** The sums of one set of schools (all, or one sector's) per municipality, province, country. */
export interface NeedScope {
  byMunicipality: Map<string, NeedAccumulator & { provinceCode: string }>;
  byProvince: Map<string, NeedAccumulator>;
  national: NeedAccumulator;
}

const emptyScope = (): NeedScope => ({
  byMunicipality: new Map(),
  byProvince: new Map(),
  national: emptyAcc(),
});

export interface NationalNeeds extends NeedScope {
  /**
   * The same sums per school sector: a page filtered to one sector compares that sector's
   * schools with the same sector's in the province, the country and similar municipalities.
   */
  bySector: Map<SchoolSector, NeedScope>;
  schools: number;
  cells: number;
}

function addCells(
  acc: NeedAccumulator,
  cells: ReturnType<typeof schoolNeedCells>,
  pupils: number,
  intensity: number,
): void {
  acc.needTenths += cells.needTenths;
  acc.metTenths += cells.metTenths;
  for (let i = 0; i < N; i++) {
    if (cells.status[i] === 'NOT_APPLICABLE') continue;
    const need = toTenths(cells.weight[i]);
    acc.byTypeNeedTenths[i] += need;
    acc.byTypeMetTenths[i] += cellMetTenths(need, cells.status[i]);
  }
  acc.pupils += pupils;
  acc.intensityPupils += intensity * pupils;
}

function mergeAcc(into: NeedAccumulator, from: NeedAccumulator): void {
  into.needTenths += from.needTenths;
  into.metTenths += from.metTenths;
  for (let i = 0; i < N; i++) {
    into.byTypeNeedTenths[i] += from.byTypeNeedTenths[i];
    into.byTypeMetTenths[i] += from.byTypeMetTenths[i];
  }
  into.pupils += from.pupils;
  into.intensityPupils += from.intensityPupils;
}

/** One municipality's sums into a scope: its own entry, its province's and the country's. */
function addToScope(
  scope: NeedScope,
  code: string,
  acc: NeedAccumulator & { provinceCode: string },
): void {
  scope.byMunicipality.set(code, acc);
  let province = scope.byProvince.get(acc.provinceCode);
  if (!province) scope.byProvince.set(acc.provinceCode, (province = emptyAcc()));
  mergeAcc(province, acc);
  mergeAcc(scope.national, acc);
}

function shareModel(label: string, acc: NeedAccumulator): NeedShareModel {
  return {
    label,
    need: fromTenths(acc.needTenths),
    met: fromTenths(acc.metTenths),
    share: coveredShare(acc.metTenths, acc.needTenths),
    shareByType: Array.from(
      acc.byTypeNeedTenths,
      (need, i) => coveredShare(acc.byTypeMetTenths[i], need) ?? -1,
    ),
  };
}

const knownType = (raw: string): SchoolType | null => (isSchoolType(raw) ? raw : null);

const SIMILAR_RULE_NL = `De ${SIMILAR_DEFAULT_COUNT} gemeenten die het dichtst bij deze liggen op twee assen: de gemiddelde behoefte-intensiteit van hun scholen (uit schoolweging of achterstandsscore, gewogen naar leerlingen) en hun omvang (log van het aantal leerlingen), elk gedeeld door de standaardafwijking over alle gemeenten.`;
const SIMILAR_RULE_EN = `The ${SIMILAR_DEFAULT_COUNT} municipalities closest to this one on two axes: the average need intensity of their schools (from schoolweging or disadvantage score, weighted by pupils) and their size (log of the number of pupils), each divided by the standard deviation over all municipalities.`;

/**
 * Need-weighted gaps (libs/domain/src/needs/README.md): per school × intervention type the
 * need (from the school's profile, else the indicators and pupil count) and how far it is met,
 * from the in-memory matching engine, so met-ness is the matrix's. Profiles count in full for
 * the municipality's officers and admins; for everyone else only the ones a school opted in
 * to showing (the national comparison always uses those, one computation for everyone).
 */
@Injectable()
export class NeedGapService {
  constructor(
    private readonly coverage: CoverageService,
    private readonly index: MatchingIndexService,
    private readonly indicators: IndicatorsService,
    private readonly schoolNeeds: SchoolNeedsService,
    private readonly regions: RegionsService,
  ) {}

  private nationalCache: { generation: number; at: number; value: NationalNeeds } | null = null;
  /** National needs are recomputed at least this often (profiles and indicators change too). */
  private static readonly NATIONAL_TTL_MS = 60_000;

  clearCaches(): void {
    this.nationalCache = null;
  }

  /** The schools of a municipality (of a sector) with their need inputs and coverage masks. */
  async needInputs(
    municipalityCode: string,
    sector: SchoolSector | null,
    allProfiles: boolean,
    filter: CoverageFilter = {},
  ): Promise<{ schools: NeedInputSchool[]; schoolYear: string; area: number | null }> {
    const schools = [...this.index.activeSchools()]
      .filter((s) => s.municipalityCode === municipalityCode)
      .sort(
        (a, b) =>
          a.name.localeCompare(b.name, 'nl') || (a.vestigingscode < b.vestigingscode ? -1 : 1),
      );
    const schoolYear = schoolYearOf(new Date());
    const codes = schools.map((s) => s.vestigingscode);
    const [indicators, profiles] = await Promise.all([
      this.indicators.forSchools(codes),
      this.schoolNeeds.profilesFor(codes, schoolYear, { visibleOnly: !allProfiles }),
    ]);
    const built = this.build(schools, indicators, profiles, filter);
    const area = areaIntensity(built);
    const chosen = built.filter((s) => !sector || s.school.sector === sector);
    for (const s of chosen) s.areaIntensity = area;
    return { schools: chosen, schoolYear, area };
  }

  private build(
    schools: readonly SchoolModel[],
    indicators: ReadonlyMap<string, SchoolIndicators>,
    profiles: ReadonlyMap<string, SchoolNeedsProfile>,
    filter: CoverageFilter = {},
  ): NeedInputSchool[] {
    const places = schools.map((s) => schoolQueryAt(s));
    const engine = this.index.engine;
    const local = engine.localCoverageMasks(places, filter);
    const national = engine.nationalCoverageMasks(places, filter);
    return schools.map((school, i) => {
      const ind = indicators.get(school.vestigingscode);
      const type = knownType(school.schoolType);
      const profile = profiles.get(school.vestigingscode);
      const subject: NeedInputSchool = {
        school,
        schoolType: type,
        pupils: school.pupils,
        ...needIndicatorInputs(ind),
        profile: profile && type ? (toProfileNeeds(profile.items, type) as ProfileNeed[]) : null,
        areaIntensity: null,
        localMask: local[i],
        nationalMask: national[i],
      };
      return subject;
    });
  }

  /** Need-weighted gaps of one municipality, largest unmet need first. */
  async municipalityNeeds(
    actor: Actor | null,
    rawCode: string,
    sector: SchoolSector | null = null,
    fundingRoutes: readonly FundingRouteCode[] = [],
  ): Promise<MunicipalityNeedsModel> {
    const municipality = await this.coverage.municipality(rawCode);
    const allProfiles = actor !== null && canSeeMunicipality(actor, municipality.code);
    const filter = fundingFilter(fundingRoutes);
    const { schools, schoolYear } = await this.needInputs(
      municipality.code,
      sector,
      allProfiles,
      filter,
    );
    const own = emptyAcc();
    const rows: SchoolNeedRowModel[] = schools.map((s) => {
      const cells = schoolNeedCells(s);
      addCells(own, cells, s.pupils ?? 0, cells.intensity);
      const needCells: NeedCellModel[] = INTERVENTION_CODES.map((code, i) => ({
        interventionType: code,
        status: cells.status[i],
        need: cells.weight[i],
        unmet: fromTenths(cellUnmetTenths(toTenths(cells.weight[i]), cells.status[i])),
      }));
      return {
        vestigingscode: s.school.vestigingscode,
        name: s.school.name,
        sector: s.school.sector,
        schoolType: s.school.schoolType,
        location: s.school.location,
        pupils: s.school.pupils,
        source: cells.source,
        intensity: Math.round(cells.intensity * 1000) / 1000,
        need: fromTenths(cells.needTenths),
        met: fromTenths(cells.metTenths),
        unmet: fromTenths(cells.needTenths - cells.metTenths),
        cells: needCells,
      };
    });
    rows.sort((a, b) => b.unmet - a.unmet || a.name.localeCompare(b.name, 'nl'));
    const themes: ThemeNeedModel[] = INTERVENTION_CODES.map((code, i) => ({
      interventionType: code,
      need: fromTenths(own.byTypeNeedTenths[i]),
      met: fromTenths(own.byTypeMetTenths[i]),
      unmet: fromTenths(own.byTypeNeedTenths[i] - own.byTypeMetTenths[i]),
      share: coveredShare(own.byTypeMetTenths[i], own.byTypeNeedTenths[i]),
      schoolsWithUnmet: rows.filter((r) => r.cells[i].unmet > 0).length,
    }));
    themes.sort(
      (a, b) =>
        b.unmet - a.unmet ||
        INTERVENTION_CODES.indexOf(a.interventionType) -
          INTERVENTION_CODES.indexOf(b.interventionType),
    );

    const nat = await this.nationalSummary();
    // Like for like: with a sector chosen, the comparison holds that sector's schools only.
    const scope = sector ? (nat.bySector.get(sector) ?? emptyScope()) : nat;
    const province = scope.byProvince.get(municipality.provinceCode) ?? emptyAcc();
    const profilesOf = [...nat.byMunicipality].map(([code, m]) => ({
      code,
      meanIntensity: m.pupils > 0 ? m.intensityPupils / m.pupils : 0,
      pupils: m.pupils,
    }));
    const near = similarMunicipalities(municipality.code, profilesOf);
    const similar = emptyAcc();
    const names = new Map(
      (await this.regions.municipalitiesByCodes(near.map((n) => n.code))).map((m) => [
        m.code,
        m.name,
      ]),
    );
    const provinceName = (await this.regions.provincesByCodes([municipality.provinceCode]))[0]
      ?.name;
    const similarMunicipalitiesOut = near.map((n) => {
      // Chosen on all their schools (the rule's two axes); their share is the scope's.
      const m = nat.byMunicipality.get(n.code)!;
      const inScope = scope.byMunicipality.get(n.code) ?? emptyAcc();
      mergeAcc(similar, inScope);
      return {
        code: n.code,
        name: names.get(n.code) ?? n.code,
        distance: Math.round(n.distance * 1000) / 1000,
        share: coveredShare(inScope.metTenths, inScope.needTenths),
        meanIntensity: Math.round((m.pupils > 0 ? m.intensityPupils / m.pupils : 0) * 1000) / 1000,
        pupils: m.pupils,
      };
    });
    const text = needFormulaText();
    return {
      municipality,
      sector,
      schoolYear,
      allProfiles,
      interventionCodes: [...INTERVENTION_CODES],
      schools: rows,
      fundingRoutes: filter.fundingRoutes ?? [],
      themes,
      need: fromTenths(own.needTenths),
      met: fromTenths(own.metTenths),
      unmet: fromTenths(own.needTenths - own.metTenths),
      share: coveredShare(own.metTenths, own.needTenths),
      comparison: {
        own: shareModel(municipality.name, own),
        province: shareModel(provinceName ?? municipality.provinceCode, province),
        national: shareModel('Nederland', scope.national),
        similar: shareModel('Vergelijkbare gemeenten', similar),
        similarMunicipalities: similarMunicipalitiesOut,
        similarRuleNl: SIMILAR_RULE_NL,
        similarRuleEn: SIMILAR_RULE_EN,
      },
      formulaNl: text.nl,
      formulaEn: text.en,
    };
  }

  /** The computation of one cell, step by step ("Hoe wordt dit berekend?"). */
  async explain(
    actor: Actor | null,
    rawCode: string,
    rawVestigingscode: string,
    interventionType: InterventionCode,
  ): Promise<NeedExplanationModel> {
    const municipality = await this.coverage.municipality(rawCode);
    const vestigingscode = parseVestigingscode(rawVestigingscode);
    if (vestigingscode === null) {
      throw UserInputError.field(
        'vestigingscode',
        'moet vier tekens plus twee cijfers zijn (must look like 00AA00)',
        { code: 'INVALID_VESTIGINGSCODE' },
      );
    }
    const allProfiles = actor !== null && canSeeMunicipality(actor, municipality.code);
    const { schools } = await this.needInputs(municipality.code, null, allProfiles);
    const s = schools.find((x) => x.school.vestigingscode === vestigingscode);
    if (!s) throw UserInputError.notFound('vestigingscode', vestigingscode);
    const e = explainNeed(s, interventionType);
    const i = INTERVENTION_CODES.indexOf(interventionType);
    const status: MetStatus = schoolNeedCells(s).status[i];
    return {
      vestigingscode,
      interventionType,
      need: e.weight,
      status,
      unmet: unmetNeed(e.weight, status),
      source: e.source,
      steps: e.steps.map((x) => ({ code: x.code, textNl: x.textNl, textEn: x.textEn })),
    };
  }

  /** The national need summary (opted-in profiles only), cached briefly. */
  async nationalSummary(): Promise<NationalNeeds> {
    const generation = this.index.generation;
    const c = this.nationalCache;
    if (c && c.generation === generation && Date.now() - c.at < NeedGapService.NATIONAL_TTL_MS) {
      return c.value;
    }
    const value = await this.computeNationalSummary();
    this.nationalCache = { generation, at: Date.now(), value };
    return value;
  }

  /** Loads the inputs for every active school and computes the summary afresh. */
  async computeNationalSummary(): Promise<NationalNeeds> {
    return this.summariseNational(await this.loadNationalInputs());
  }

  /**
   * Every active school with its indicators and its opted-in profile. Both are held in memory
   * by their owners and read again only after a write (two small version reads otherwise).
   */
  async loadNationalInputs(): Promise<NationalInputs> {
    const schools = [...this.index.activeSchools()];
    const [indicators, profiles] = await Promise.all([
      this.indicators.forEverySchool(),
      this.schoolNeeds.publishedProfiles(schoolYearOf(new Date())),
    ]);
    return { schools, indicators, profiles };
  }

  /** The computation alone: coverage masks from the engine, the formula, the sums. */
  summariseNational(inputs: NationalInputs): NationalNeeds {
    return this.summarise(this.build(inputs.schools, inputs.indicators, inputs.profiles));
  }

  /** All schools × 11 types → per municipality, province and the country (pure, on inputs). */
  summarise(inputs: NeedInputSchool[]): NationalNeeds {
    const byMunicipalitySchools = new Map<string, NeedInputSchool[]>();
    for (const s of inputs) {
      let list = byMunicipalitySchools.get(s.school.municipalityCode);
      if (!list) byMunicipalitySchools.set(s.school.municipalityCode, (list = []));
      list.push(s);
    }
    const all = emptyScope();
    const bySector = new Map<SchoolSector, NeedScope>();
    for (const [code, list] of byMunicipalitySchools) {
      const area = areaIntensity(list);
      const provinceCode = list[0].school.provinceCode;
      const acc = { ...emptyAcc(), provinceCode };
      const sectors = new Map<SchoolSector, NeedAccumulator & { provinceCode: string }>();
      for (const s of list) {
        s.areaIntensity = area;
        const cells = schoolNeedCells(s);
        const own = indicatorIntensity(s as NeedSubject);
        const intensity = own?.intensity ?? area ?? cells.intensity;
        addCells(acc, cells, s.pupils ?? 0, intensity);
        let inSector = sectors.get(s.school.sector);
        if (!inSector) sectors.set(s.school.sector, (inSector = { ...emptyAcc(), provinceCode }));
        addCells(inSector, cells, s.pupils ?? 0, intensity);
      }
      addToScope(all, code, acc);
      for (const [sector, inSector] of sectors) {
        let scope = bySector.get(sector);
        if (!scope) bySector.set(sector, (scope = emptyScope()));
        addToScope(scope, code, inSector);
      }
    }
    return {
      ...all,
      bySector,
      schools: inputs.length,
      cells: inputs.length * N,
    };
  }
}
