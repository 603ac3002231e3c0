import { Inject, Injectable } from '@nestjs/common';
import { normaliseCode } from '@partnerwijzer/domain';
import type { GeoPoint, MatchResult } from '@partnerwijzer/domain';
import {
  FACET_FIELDS,
  type SearchEngine,
  type SearchFilters,
  type SearchQuery,
  type SearchScope,
} from '@partnerwijzer/search';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { bothNamesMessage, renamedValue } from '../../common/graphql/renamed-field.js';
import { MatchingIndexService } from '../matching/index.js';
import { SchoolsService } from '../schools/index.js';
import type { SearchFiltersInput, SearchOfferingsInput } from './dto/search-offerings.input.js';
import type { SearchOfferingsResultModel } from './models/search-result.model.js';
import { SEARCH_ENGINE } from './search-engine.provider.js';

@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly schools: SchoolsService,
    private readonly matching: MatchingIndexService,
  ) {}

  async searchOfferings(input: SearchOfferingsInput): Promise<SearchOfferingsResultModel> {
    let scope: SearchScope | undefined;
    let point: GeoPoint | undefined = input.near
      ? { lat: input.near.lat, lng: input.near.lng }
      : undefined;
    let place: { point: GeoPoint; municipalityCode: string; provinceCode: string } | undefined;
    if (input.vestigingscode !== undefined && input.vestigingscode !== null) {
      // Active schools come from the matching index's memory; others from the database.
      const school =
        this.matching.school(normaliseCode(input.vestigingscode)) ??
        (await this.schools.get(input.vestigingscode));
      point = school.location;
      place = {
        point,
        municipalityCode: school.municipalityCode,
        provinceCode: school.provinceCode,
      };
      // Region codes and the national flag are filtered by the search engine; radius and
      // polygon areas are resolved exactly by the matching engine and passed in as ids.
      const spatial = [...this.matching.coveringAreas(place)]
        .filter(([, kind]) => kind === 'RADIUS' || kind === 'POLYGON')
        .map(([id]) => id);
      scope = {
        municipalityCode: place.municipalityCode,
        provinceCode: place.provinceCode,
        spatialOfferingIds: spatial,
      };
    }
    if (input.sort === 'DISTANCE' && !point) {
      throw UserInputError.field(
        'sort',
        'DISTANCE vraagt om een school of een punt (near) (needs a school or near)',
        { code: 'DISTANCE_NEEDS_ORIGIN' },
      );
    }
    const query: SearchQuery = {
      text: input.text,
      filters: engineFilters(input.filters),
      scope,
      sort: input.sort,
      point,
      offset: input.offset,
      limit: input.limit,
    };
    const result = await this.engine.search(query);
    const explained = place
      ? this.matching.resultsFor(
          result.hits.map((h) => h.id),
          place,
        )
      : new Map<string, MatchResult>();
    return {
      total: result.total,
      engine: this.engine.name,
      hits: result.hits.map((h) => ({
        offeringId: h.id,
        highlights: h.highlights,
        distanceKm: h.distanceKm,
        reasons: explained.get(h.id)?.reasons ?? [],
      })),
      facets: FACET_FIELDS.map((field) => ({
        field,
        values: Object.entries(result.facets[field])
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      })),
    };
  }
}

/**
 * The filters as the engines take them: language codes are matched in lower case ("NL" → "nl");
 * the engines keep their own key for the codes, the API takes the glossary's name or the old one.
 */
function engineFilters(filters: SearchFiltersInput | undefined | null): SearchFilters {
  const { interventionCodes, interventionTypes, languages, ...rest } = filters ?? {};
  const codes = renamedValue(
    { name: 'interventionCodes', value: interventionCodes },
    { name: 'interventionTypes', value: interventionTypes },
  );
  if (codes.both) {
    throw UserInputError.field(
      'filters.interventionCodes',
      bothNamesMessage('interventionCodes', 'interventionTypes'),
      { code: 'BOTH_NAMES' },
    );
  }
  return {
    ...rest,
    ...(codes.value === undefined ? {} : { interventionTypes: codes.value }),
    ...(languages === undefined || languages === null
      ? {}
      : { languages: [...new Set(languages.map((l) => l.toLowerCase()))] }),
  };
}
