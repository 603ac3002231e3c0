import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { decodeCursor } from '../../common/pagination/cursor.js';
import { readPage, type Page } from '../../common/pagination/connection.model.js';
import { isUuid } from '../../common/validation/uuid.js';
import { escapeLike } from '../../database/escape-like.js';
import type { OrganisationsArgs } from './dto/organisations.args.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import type { OrganisationModel } from './models/organisation.model.js';
import { modelById, modelsByIds } from './entity-lookup.js';
import { toOrganisationModel } from './organisation.mappers.js';
import { hasDemoRows } from '../../database/demo-rows.js';
import type { Actor } from '../../common/auth/roles.js';
import { canSeeOrganisation, visibleOrganisationsWhere } from './organisation-visibility.js';

// Cursor key "<lower name>\u0000<id>": alphabetical order that stays stable for equal names.
const SEP = '\u0000';

@Injectable()
export class OrganisationsService {
  constructor(private readonly db: DataSource) {}

  async list(args: OrganisationsArgs, actor: Actor | null): Promise<Page<OrganisationModel>> {
    const qb = this.db.getRepository(OrganisationEntity).createQueryBuilder('o');
    const visible = visibleOrganisationsWhere(actor);
    if (visible) qb.andWhere(visible.sql, visible.params);
    if (args.type) qb.andWhere('o.type = :type', { type: args.type });
    if (args.status) qb.andWhere('o.status = :status', { status: args.status });
    if (args.interventionType) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM offering f WHERE f.organisation_id = o.id AND f.status = 'ACTIVE' AND :code = ANY(f.intervention_types))`,
        { code: args.interventionType },
      );
    }
    if (args.search?.trim()) {
      const term = `%${escapeLike(args.search.trim().toLowerCase())}%`;
      qb.andWhere(
        `(lower(o.name) LIKE :term ESCAPE '\\' OR lower(o.city) LIKE :term ESCAPE '\\')`,
        { term },
      );
    }
    const totalCount = await qb.getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after).split(SEP);
      if (name === undefined || !id || !isUuid(id))
        throw UserInputError.field('after', 'ongeldige cursor (invalid cursor)', {
          code: 'INVALID_CURSOR',
        });
      qb.andWhere('(lower(o.name), o.id) > (:name, :id)', { name, id });
    }
    return readPage(
      qb.orderBy('lower(o.name)', 'ASC').addOrderBy('o.id', 'ASC'),
      args.first,
      totalCount,
      (r) => `${r.name.toLowerCase()}${SEP}${r.id}`,
      toOrganisationModel,
    );
  }

  /** Whether any organisation comes from the demo seed. */
  hasDemoData(): Promise<boolean> {
    return hasDemoRows(this.db, 'organisation');
  }

  /** One organisation; one the actor may not see (canSeeOrganisation) answers as unknown. */
  async get(id: string, actor: Actor | null): Promise<OrganisationModel> {
    const org = await modelById(this.db, OrganisationEntity, id, toOrganisationModel);
    if (!canSeeOrganisation(actor, org)) throw UserInputError.notFound('id', id);
    return org;
  }

  byIds(ids: readonly string[]): Promise<OrganisationModel[]> {
    return modelsByIds(this.db, OrganisationEntity, ids, toOrganisationModel);
  }
}
