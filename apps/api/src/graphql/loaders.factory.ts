import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AreaGeometry } from '@partnerwijzer/domain';
import type { CoverageAreaModel } from '../modules/organisations/models/coverage-area.model.js';
import type { OfferingModel } from '../modules/organisations/models/offering.model.js';
import type { OrganisationModel } from '../modules/organisations/models/organisation.model.js';
import { ReadModelCache } from '../modules/change-feed/read-model-cache.js';
import { OfferingsService } from '../modules/organisations/offerings.service.js';
import { OrganisationsService } from '../modules/organisations/organisations.service.js';
import type { MunicipalityModel } from '../modules/regions/models/municipality.model.js';
import type { ProvinceModel } from '../modules/regions/models/province.model.js';
import { RegionsService } from '../modules/regions/regions.service.js';

// One set of DataLoaders per GraphQL request: relations are batched into one query per
// level instead of one per parent (no N+1). Only offerings and organisations by id are shared
// across requests, through the ReadModelCache that the change feed keeps current.
@Injectable()
export class LoadersFactory {
  constructor(
    private readonly regions: RegionsService,
    private readonly organisations: OrganisationsService,
    private readonly offerings: OfferingsService,
    private readonly readModels: ReadModelCache,
  ) {}

  create() {
    return {
      province: new DataLoader<string, ProvinceModel>(async (codes) =>
        byKey(codes, await this.regions.provincesByCodes(codes), (p) => p.code),
      ),
      municipality: new DataLoader<string, MunicipalityModel>(async (codes) =>
        byKey(codes, await this.regions.municipalitiesByCodes(codes), (m) => m.code),
      ),
      municipalityBoundary: new DataLoader<string, AreaGeometry | null>(async (codes) => {
        const found = await this.regions.boundariesByCodes('municipality', codes);
        return codes.map((c) => found.get(c) ?? null);
      }),
      provinceBoundary: new DataLoader<string, AreaGeometry | null>(async (codes) => {
        const found = await this.regions.boundariesByCodes('province', codes);
        return codes.map((c) => found.get(c) ?? null);
      }),
      organisation: new DataLoader<string, OrganisationModel>(async (ids) =>
        byKey(
          ids,
          await this.readModels.getMany<OrganisationModel>(
            'ORGANISATION',
            ids,
            (o) => o.id,
            (missing) => this.organisations.byIds(missing),
          ),
          (o) => o.id,
        ),
      ),
      offering: new DataLoader<string, OfferingModel>(async (ids) =>
        byKey(
          ids,
          await this.readModels.getMany<OfferingModel>(
            'OFFERING',
            ids,
            (o) => o.id,
            (missing) => this.offerings.byIds(missing),
          ),
          (o) => o.id,
        ),
      ),
      offeringsByOrganisation: new DataLoader<string, OfferingModel[]>(async (ids) =>
        groupBy(ids, await this.offerings.byOrganisationIds(ids, false), (o) => o.organisationId),
      ),
      coverageByOffering: new DataLoader<string, CoverageAreaModel[]>(async (ids) =>
        groupBy(ids, await this.offerings.coverageByOfferingIds(ids), (c) => c.offeringId),
      ),
    };
  }
}

export type Loaders = ReturnType<LoadersFactory['create']>;

function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | Error)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? new Error(`Niet gevonden: ${k}`));
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}
