import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKey, groupBy } from '../../../common/graphql/dataloader-batches.js';
import { LoadersFactory, ModuleLoaders } from '../../../graphql/loaders.factory.js';
import type { CoverageAreaModel } from '../models/coverage-area.model.js';
import type { OfferingModel } from '../models/offering.model.js';
import type { OrganisationModel } from '../models/organisation.model.js';
import { OfferingsService } from '../offerings.service.js';
import { OrganisationsService } from '../organisations.service.js';
import { ReadModelCache } from './read-model-cache.js';

declare module '../../../common/graphql/graphql-context.js' {
  interface Loaders {
    organisation: DataLoader<string, OrganisationModel>;
    offering: DataLoader<string, OfferingModel>;
    offeringsByOrganisation: DataLoader<string, OfferingModel[]>;
    coverageByOffering: DataLoader<string, CoverageAreaModel[]>;
  }
}

/**
 * The request loaders for organisations, offerings and coverage areas. Offerings and
 * organisations by id are shared across requests through the ReadModelCache that the change
 * feed keeps current.
 */
@Injectable()
export class OfferingLoaders extends ModuleLoaders {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly offerings: OfferingsService,
    private readonly readModels: ReadModelCache,
    factory: LoadersFactory,
  ) {
    super(factory);
  }

  create() {
    return {
      organisation: this.cachedById<OrganisationModel>('ORGANISATION', (missing) =>
        this.organisations.byIds(missing),
      ),
      offering: this.cachedById<OfferingModel>('OFFERING', (missing) =>
        this.offerings.byIds(missing),
      ),
      offeringsByOrganisation: new DataLoader<string, OfferingModel[]>(async (ids) =>
        groupBy(ids, await this.offerings.byOrganisationIds(ids, false), (o) => o.organisationId),
      ),
      coverageByOffering: new DataLoader<string, CoverageAreaModel[]>(async (ids) =>
        groupBy(ids, await this.offerings.coverageByOfferingIds(ids), (c) => c.offeringId),
      ),
    };
  }

  /** A loader by id that reads through the shared cache and loads only what it misses. */
  private cachedById<T extends { id: string }>(
    kind: 'OFFERING' | 'ORGANISATION',
    load: (missing: readonly string[]) => Promise<T[]>,
  ): DataLoader<string, T> {
    return new DataLoader<string, T>(async (ids) =>
      byKey(ids, await this.readModels.getMany<T>(kind, ids, (o) => o.id, load), (o) => o.id),
    );
  }
}
