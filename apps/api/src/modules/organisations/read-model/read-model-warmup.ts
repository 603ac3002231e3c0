import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OfferingModel } from '../models/offering.model.js';
import type { OrganisationModel } from '../models/organisation.model.js';
import { OfferingsService } from '../offerings.service.js';
import { OrganisationsService } from '../organisations.service.js';
import { ReadModelCache } from './read-model-cache.js';

const BATCH = 1000;

/**
 * Fills the read-model cache with every active offering and its organisation after start, in
 * the background and in batches, so that the first match or search for a school does not
 * wait for a database round trip per result page. Goes through ReadModelCache.getMany, so a
 * change committed meanwhile is never overwritten by an older row.
 */
@Injectable()
export class ReadModelWarmup implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReadModelWarmup.name);
  private done: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    private readonly cache: ReadModelCache,
    private readonly offerings: OfferingsService,
    private readonly organisations: OrganisationsService,
  ) {}

  onApplicationBootstrap(): void {
    this.done = this.warm().catch((error: unknown) => {
      this.logger.warn(`Cache niet voorgevuld: ${(error as Error).message}`);
    });
  }

  /** Resolves when the warm-up has finished (or failed); for tests and benchmarks. */
  finished(): Promise<void> {
    return this.done;
  }

  private async warm(): Promise<void> {
    const started = performance.now();
    const rows = (await this.db.query(
      `SELECT o.id, o.organisation_id AS "organisationId" FROM offering o WHERE o.status = 'ACTIVE'`,
    )) as { id: string; organisationId: string }[];
    const organisationIds = [...new Set(rows.map((r) => r.organisationId))];
    for (let i = 0; i < organisationIds.length; i += BATCH) {
      await this.cache.getMany<OrganisationModel>(
        'ORGANISATION',
        organisationIds.slice(i, i + BATCH),
        (o) => o.id,
        (missing) => this.organisations.byIds(missing),
      );
    }
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.cache.getMany<OfferingModel>(
        'OFFERING',
        rows.slice(i, i + BATCH).map((r) => r.id),
        (o) => o.id,
        (missing) => this.offerings.byIds(missing),
      );
    }
    this.logger.log(
      `Cache voorgevuld: ${rows.length} aanbiedingen, ${organisationIds.length} organisaties in ${Math.round(performance.now() - started)} ms`,
    );
  }
}
