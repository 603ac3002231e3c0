import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AreaGeometry } from '@partnerwijzer/domain';
import {
  type CoverageAreaModel,
  type OfferingModel,
  OfferingsService,
  type OrganisationModel,
  OrganisationsService,
} from '../modules/organisations/index.js';
import { ReadModelCache } from '../modules/change-feed/index.js';
import {
  type MunicipalityModel,
  type ProvinceModel,
  RegionsService,
} from '../modules/regions/index.js';

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
