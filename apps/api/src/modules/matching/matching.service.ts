import { Injectable } from '@nestjs/common';
import {
  isInNetherlands,
  isSchoolType,
  type MatchQuery,
  normaliseCode,
  parseMunicipalityCode,
  parseVestigingscode,
  type SchoolType,
} from '@partnerwijzer/domain';
import { UserInputError, type FieldProblem } from '../../common/errors/user-input.error.js';
import { RegionsService } from '../regions/index.js';
import { type SchoolModel, SchoolsService } from '../schools/index.js';
import type { MatchPartnersInput } from './dto/match-partners.input.js';
import { MatchingIndexService } from './matching-index.service.js';
import { nearestSchool } from './nearest-school.js';
import type { MatchPartnersResultModel } from './models/match-outcome.model.js';

interface Place {
  school: SchoolModel | null;
  point: { lat: number; lng: number };
  municipalityCode: string;
  provinceCode: string;
  schoolType?: SchoolType;
}

const MINUTE_MS = 60_000;

@Injectable()
export class MatchingService {
  constructor(
    private readonly regions: RegionsService,
    private readonly schools: SchoolsService,
    private readonly index: MatchingIndexService,
  ) {}

  async matchPartners(input: MatchPartnersInput): Promise<MatchPartnersResultModel> {
    checkInput(input);
    const place = await this.resolvePlace(input);
    const query: MatchQuery = {
      point: place.point,
      municipalityCode: place.municipalityCode,
      provinceCode: place.provinceCode,
      schoolType: place.schoolType,
      groepMin: input.groepMin,
      groepMax: input.groepMax,
      targetGroups: input.targetGroups,
      needs: input.needs.map((n) => ({ code: n.code, weight: n.weight })),
      filters: input.filters,
      sort: input.sort,
      // Paging: the engine ranks offset + limit, this page is the tail of that.
      limit: input.offset + input.limit,
      // Freshness is scored as of the current minute, so queries of the same shape within a
      // minute share the engine's national shortlist.
      now: new Date(Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS),
    };
    const outcome = this.index.engine.match(query);
    return {
      school: place.school,
      location: place.point,
      municipalityCode: place.municipalityCode,
      matches: outcome.matches.slice(input.offset),
      totalMatches: outcome.totalMatches,
      languages: outcome.languages,
      bundle: outcome.bundle,
      uncoveredNeeds: outcome.uncoveredNeeds,
      uncoveredText: outcome.uncoveredText,
    };
  }

  private async resolvePlace(input: MatchPartnersInput): Promise<Place> {
    if (input.vestigingscode !== undefined && input.vestigingscode !== null) {
      const code = parseVestigingscode(input.vestigingscode);
      const cached = code === null ? undefined : this.index.school(code);
      // The cache holds active schools; anything else goes to the database for its answer.
      const school = cached ?? (await this.schools.get(input.vestigingscode));
      return {
        school,
        point: school.location,
        municipalityCode: school.municipalityCode,
        provinceCode: school.provinceCode,
        schoolType: isSchoolType(school.schoolType) ? school.schoolType : undefined,
      };
    }
    const loc = input.location!;
    const point = { lat: loc.lat, lng: loc.lng };
    const given = loc.municipalityCode ?? null;
    const code = given === null ? this.municipalityNear(point) : normaliseCode(given);
    const provinceCode = await this.regions.provinceOfMunicipality(code);
    if (provinceCode === undefined)
      throw UserInputError.notFound('location.municipalityCode', code);
    return {
      school: null,
      point,
      municipalityCode: code,
      provinceCode,
      schoolType: loc.schoolType as SchoolType | undefined,
    };
  }

  /**
   * The municipality of the nearest active school: a browser's location comes without one,
   * and there are no municipality borders to test in every data set. Near a border this can
   * be the neighbour; the answer names the municipality it used.
   */
  private municipalityNear(point: { lat: number; lng: number }): string {
    const nearest = nearestSchool(this.index.activeSchools(), point);
    if (!nearest) {
      throw UserInputError.field(
        'location.municipalityCode',
        'geef de gemeente: er zijn geen scholen om die uit af te leiden (give the municipality)',
        { code: 'MUNICIPALITY_NEEDED' },
      );
    }
    return nearest.municipalityCode;
  }
}

// Rules that need more than one field at a time; single fields are checked by the DTO.
function checkInput(input: MatchPartnersInput): void {
  const problems: FieldProblem[] = [];
  const hasCode = input.vestigingscode !== undefined && input.vestigingscode !== null;
  if (hasCode === Boolean(input.location)) {
    problems.push({
      field: 'input',
      message: 'geef óf vestigingscode óf location (give either vestigingscode or location)',
      code: 'SCHOOL_OR_LOCATION',
    });
  }
  if (input.location) {
    if (!isInNetherlands(input.location)) {
      problems.push({
        field: 'location',
        message: 'ligt niet in Nederland (coordinates outside the Netherlands)',
        code: 'OUTSIDE_NETHERLANDS',
      });
    }
    const code = input.location.municipalityCode;
    if (code !== undefined && code !== null && parseMunicipalityCode(code) === null) {
      problems.push({
        field: 'location.municipalityCode',
        message: 'moet de vorm GMxxxx hebben (must look like GM0363)',
        code: 'INVALID_MUNICIPALITY_CODE',
      });
    }
    const type = input.location.schoolType;
    if (type !== undefined && type !== null && !isSchoolType(type)) {
      problems.push({
        field: 'location.schoolType',
        message:
          'moet BAO, SBO, SO, VSO, SO/VSO of VO zijn (must be BAO, SBO, SO, VSO, SO/VSO or VO)',
        code: 'UNKNOWN_VALUE',
      });
    }
  }
  if (
    input.groepMin !== undefined &&
    input.groepMax !== undefined &&
    input.groepMin > input.groepMax
  ) {
    problems.push({
      field: 'groepMin',
      message: 'mag niet groter zijn dan groepMax (must not exceed groepMax)',
      code: 'RANGE_REVERSED',
    });
  }
  const codes = input.needs.map((n) => n.code);
  const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
  if (duplicate)
    problems.push({
      field: 'needs',
      message: `dubbele behoefte (duplicate need): ${duplicate}`,
      code: 'LISTED_TWICE',
    });
  if (problems.length > 0) throw new UserInputError(problems);
}
