import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OfferingStatus } from '@partnerwijzer/domain';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { recordChanges } from '../change-feed/change-feed.js';
import { ChangeNotifier } from '../change-feed/change-notifier.js';
import type { SetOfferingCoverageInput } from './dto/coverage-area.input.js';
import { coverageColumns } from './coverage-columns.js';
import { validateCoverageInput } from './coverage-input.validation.js';
import { CoverageAreaEntity } from './entities/coverage-area.entity.js';
import { OfferingEntity } from './entities/offering.entity.js';
import type { OfferingModel } from './models/offering.model.js';
import { toOfferingModel } from './organisation.mappers.js';
import { assertUuid } from './organisations.service.js';

// Writes to offerings: validated first, then one transaction that also records the change
// in the feed; after the commit, in-process readers are told so the next match sees it.
@Injectable()
export class OfferingWritesService {
  constructor(
    private readonly db: DataSource,
    private readonly notifier: ChangeNotifier,
  ) {}

  async setCoverage(input: SetOfferingCoverageInput): Promise<OfferingModel> {
    await this.requireOffering(input.offeringId, 'offeringId');
    const known = await this.knownRegions(
      input.areas.map((a) => a.municipalityCode),
      input.areas.map((a) => a.provinceCode),
    );
    const { areas, problems } = validateCoverageInput(input.areas, known);
    if (problems.length > 0) throw new UserInputError(problems);

    await this.db.transaction(async (tx) => {
      await tx.getRepository(CoverageAreaEntity).delete({ offeringId: input.offeringId });
      await tx.getRepository(CoverageAreaEntity).insert(
        areas.map((a) => ({
          offeringId: input.offeringId,
          note: a.note,
          ...coverageColumns(a.spec),
        })),
      );
      await tx
        .getRepository(OfferingEntity)
        .update({ id: input.offeringId }, { updatedAt: new Date() });
      await recordChanges(tx, 'OFFERING', [input.offeringId]);
    });
    await this.notifier.committed({ entity: 'OFFERING', ids: [input.offeringId] });
    return toOfferingModel(await this.requireOffering(input.offeringId, 'offeringId'));
  }

  async setStatus(offeringId: string, status: OfferingStatus): Promise<OfferingModel> {
    await this.requireOffering(offeringId, 'offeringId');
    await this.db.transaction(async (tx) => {
      await tx.getRepository(OfferingEntity).update({ id: offeringId }, { status });
      await recordChanges(tx, 'OFFERING', [offeringId]);
    });
    await this.notifier.committed({ entity: 'OFFERING', ids: [offeringId] });
    return toOfferingModel(await this.requireOffering(offeringId, 'offeringId'));
  }

  private async requireOffering(id: string, field: string): Promise<OfferingEntity> {
    assertUuid(field, id);
    const row = await this.db.getRepository(OfferingEntity).findOneBy({ id });
    if (!row) throw UserInputError.notFound(field, id);
    return row;
  }

  private async knownRegions(
    municipalities: (string | undefined)[],
    provinces: (string | undefined)[],
  ) {
    const clean = (codes: (string | undefined)[]) => [
      ...new Set(codes.filter((c): c is string => !!c).map((c) => c.trim().toUpperCase())),
    ];
    const [m, p] = await Promise.all([
      this.db.query(`SELECT code FROM municipality WHERE code = ANY($1)`, [clean(municipalities)]),
      this.db.query(`SELECT code FROM province WHERE code = ANY($1)`, [clean(provinces)]),
    ]);
    const mSet = new Set((m as { code: string }[]).map((r) => r.code));
    const pSet = new Set((p as { code: string }[]).map((r) => r.code));
    return { municipality: (c: string) => mSet.has(c), province: (c: string) => pSet.has(c) };
  }
}
