import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { CoverageAreaEntity } from './entities/coverage-area.entity.js';
import { OfferingEntity } from './entities/offering.entity.js';
import type { CoverageAreaModel } from './models/coverage-area.model.js';
import type { OfferingModel } from './models/offering.model.js';
import { toCoverageAreaModel, toOfferingModel } from './organisation.mappers.js';
import { assertUuid } from './organisations.service.js';

@Injectable()
export class OfferingsService {
  constructor(private readonly db: DataSource) {}

  async get(id: string): Promise<OfferingModel> {
    assertUuid('id', id);
    const row = await this.db.getRepository(OfferingEntity).findOneBy({ id });
    if (!row) throw UserInputError.notFound('id', id);
    return toOfferingModel(row);
  }

  async byIds(ids: readonly string[]): Promise<OfferingModel[]> {
    const rows = await this.db.getRepository(OfferingEntity).findBy({ id: In([...ids]) });
    return rows.map(toOfferingModel);
  }

  /** Offerings of many organisations in one query; archived ones only when asked. */
  async byOrganisationIds(
    ids: readonly string[],
    includeArchived: boolean,
  ): Promise<OfferingModel[]> {
    const rows = await this.db.getRepository(OfferingEntity).find({
      where: {
        organisationId: In([...ids]),
        ...(includeArchived ? {} : { status: Not('ARCHIVED') }),
      },
      order: { title: 'ASC' },
    });
    return rows.map(toOfferingModel);
  }

  async coverageByOfferingIds(ids: readonly string[]): Promise<CoverageAreaModel[]> {
    const rows = await this.db.getRepository(CoverageAreaEntity).find({
      where: { offeringId: In([...ids]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toCoverageAreaModel);
  }
}
