import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  INTERVENTION_TYPES,
  isInterventionCode,
  type InterventionCode,
} from '@partnerwijzer/domain';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { InterventionTypeEntity } from './entities/intervention-type.entity.js';
import type { InterventionTypeModel } from './models/intervention-type.model.js';

// The taxonomy lives in libs/domain; the table mirrors it for SQL reports and is
// brought in line at every start. Reads are served from memory.
@Injectable()
export class TaxonomyService implements OnModuleInit {
  private byCode = new Map<InterventionCode, InterventionTypeModel>();

  constructor(private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.db.getRepository(InterventionTypeEntity).upsert(
      INTERVENTION_TYPES.map((t) => ({ ...t })),
      ['code'],
    );
    const rows = await this.db
      .getRepository(InterventionTypeEntity)
      .find({ order: { sortOrder: 'ASC' } });
    this.byCode = new Map(
      rows
        .filter((r) => isInterventionCode(r.code))
        .map((r) => [r.code as InterventionCode, { ...r, code: r.code as InterventionCode }]),
    );
  }

  list(): InterventionTypeModel[] {
    return [...this.byCode.values()];
  }

  get(code: string): InterventionTypeModel {
    const found = isInterventionCode(code) ? this.byCode.get(code) : undefined;
    if (!found) throw UserInputError.notFound('code', code);
    return found;
  }

  manyByCodes(codes: readonly string[]): InterventionTypeModel[] {
    return codes.flatMap((c) => {
      const found = isInterventionCode(c) ? this.byCode.get(c) : undefined;
      return found ? [found] : [];
    });
  }
}
