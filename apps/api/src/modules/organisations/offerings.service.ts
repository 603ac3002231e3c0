import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import { staleCutoff } from '@partnerwijzer/domain';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import {
  type Actor,
  canEditOrganisation,
  forbidden,
  requireRole,
  requireSignedIn,
} from '../../common/auth/roles.js';
import { CoverageAreaEntity } from './entities/coverage-area.entity.js';
import { OfferingEntity } from './entities/offering.entity.js';
import type { CoverageAreaModel } from './models/coverage-area.model.js';
import type { OfferingModel } from './models/offering.model.js';
import { modelById, modelsByIds } from './entity-lookup.js';
import { toCoverageAreaModel, toOfferingModel } from './organisation.mappers.js';
import { assertUuid } from '../../common/validation/uuid.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { canSeeOffering } from './organisation-visibility.js';

@Injectable()
export class OfferingsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One offering; one the actor may not see (canSeeOffering) answers as unknown. */
  async get(id: string, actor: Actor | null): Promise<OfferingModel> {
    const offering = await modelById(this.db, OfferingEntity, id, toOfferingModel);
    const org = await this.db
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ id: offering.organisationId });
    if (!canSeeOffering(actor, offering, org)) throw UserInputError.notFound('id', id);
    return offering;
  }

  byIds(ids: readonly string[]): Promise<OfferingModel[]> {
    return modelsByIds(this.db, OfferingEntity, ids, toOfferingModel);
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

  /** Every offering of an organisation, archived ones included: for its editors and admins. */
  async editable(actor: Actor | null, organisationId: string): Promise<OfferingModel[]> {
    const a = requireSignedIn(actor);
    assertUuid('organisationId', organisationId);
    if (!canEditOrganisation(a, organisationId)) throw forbidden();
    const org = (await this.db.query(`SELECT 1 FROM organisation WHERE id = $1`, [
      organisationId,
    ])) as unknown[];
    if (org.length === 0) throw UserInputError.notFound('organisationId', organisationId);
    return this.byOrganisationIds([organisationId], true);
  }

  /**
   * Offerings still listed (active or paused) that nobody confirmed within STALE_AFTER_MONTHS,
   * never-confirmed and oldest first. For admins, who chase the partners.
   */
  async stale(actor: Actor | null, limit: number, now = new Date()): Promise<OfferingModel[]> {
    requireRole(actor, 'ADMIN');
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw UserInputError.field('limit', 'moet tussen 1 en 500 liggen (between 1 and 500)', {
        code: 'OUT_OF_RANGE',
        params: { min: 1, max: 500 },
      });
    }
    const rows = await this.db
      .getRepository(OfferingEntity)
      .createQueryBuilder('f')
      .where(`f.status <> 'ARCHIVED'`)
      .andWhere('(f.last_confirmed_at IS NULL OR f.last_confirmed_at < :cutoff)', {
        cutoff: staleCutoff(now, this.config.STALE_AFTER_MONTHS),
      })
      .orderBy('f.last_confirmed_at', 'ASC', 'NULLS FIRST')
      .addOrderBy('f.title', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toOfferingModel);
  }

  async coverageByOfferingIds(ids: readonly string[]): Promise<CoverageAreaModel[]> {
    const rows = await this.db.getRepository(CoverageAreaEntity).find({
      where: { offeringId: In([...ids]) },
      order: { position: 'ASC', id: 'ASC' },
    });
    return rows.map(toCoverageAreaModel);
  }
}
