import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { recordAudit } from '../../common/audit/audit-log.js';
import { changedColumns } from '../../common/audit/changed-columns.js';
import {
  type Actor,
  canEditOrganisation,
  forbidden,
  requireSignedIn,
} from '../../common/auth/roles.js';
import { ChangeNotifier, recordChanges } from '../change-feed/index.js';
import type { OrganisationProfileInput } from './dto/organisation-profile.input.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import type { OrganisationModel } from './models/organisation.model.js';
import { toOrganisationModel } from './organisation.mappers.js';
import { validateProfile } from './organisation-profile.validation.js';
import { assertUuid } from '../../common/validation/uuid.js';
import { organisationRejectionReason } from './repository.js';
import { returnedRows } from '../../database/returned-rows.js';

/** Why an organisation in another status than DRAFT cannot ask for verification again. */
const RESUBMIT_REFUSALS: Partial<Record<string, { nl: string; en: string }>> = {
  PENDING: { nl: 'wacht al op verificatie', en: 'is waiting for verification already' },
  VERIFIED: { nl: 'is al geverifieerd', en: 'is verified already' },
  SUSPENDED: { nl: 'is opgeschort', en: 'is suspended' },
};

function resubmitRefusal(status: string): UserInputError {
  const now = RESUBMIT_REFUSALS[status] ?? RESUBMIT_REFUSALS.PENDING!;
  return UserInputError.field(
    'organisationId',
    `kan niet opnieuw ter verificatie: de organisatie ${now.nl} (cannot be submitted again: the organisation ${now.en})`,
    { code: 'CANNOT_RESUBMIT' },
  );
}

// Writes to an organisation's own record: its profile, and "nog actueel" for the whole record.
// Same order as offering writes: access, validation, one transaction with change feed and audit
// log, then in-process readers (matching) are told after the commit.
@Injectable()
export class OrganisationWritesService {
  constructor(
    private readonly db: DataSource,
    private readonly notifier: ChangeNotifier,
  ) {}

  /** Changes the given profile fields; editing the profile also confirms it as current. */
  async updateProfile(
    actor: Actor | null,
    organisationId: string,
    input: OrganisationProfileInput,
  ): Promise<OrganisationModel> {
    const before = await this.requireEditable(actor, organisationId);
    const { columns: sent, problems } = validateProfile(input, before);
    if (problems.length > 0) throw new UserInputError(problems);
    // Only what differs is written and audited, with the confirmation every save is (a profile
    // sent back unchanged only confirms it; "Nog actueel" confirms the offerings too).
    const { columns, changes } = changedColumns(before, sent);
    const now = new Date();
    await this.db.transaction(async (tx) => {
      await tx
        .getRepository(OrganisationEntity)
        .update({ id: organisationId }, { ...columns, lastConfirmedAt: now });
      await recordChanges(tx, 'ORGANISATION', [organisationId]);
      await recordAudit(tx, actor, 'ORGANISATION', organisationId, 'UPDATE_PROFILE', {
        ...changes,
        lastConfirmedAt: { from: before.lastConfirmedAt, to: now },
      });
    });
    await this.notifier.committed({ entity: 'ORGANISATION', ids: [organisationId] });
    return this.reload(organisationId);
  }

  /**
   * "Nog actueel": confirms the organisation and every offering it still lists (active or
   * paused; archived ones are no longer shown, so there is nothing to confirm).
   */
  async confirm(actor: Actor | null, organisationId: string): Promise<OrganisationModel> {
    await this.requireEditable(actor, organisationId);
    const offeringIds = await this.db.transaction(async (tx) => {
      const now = new Date();
      await tx.query(
        `UPDATE organisation SET last_confirmed_at = $2, updated_at = now() WHERE id = $1`,
        [organisationId, now],
      );
      const rows = (await tx.query(
        `SELECT id FROM offering WHERE organisation_id = $1 AND status <> 'ARCHIVED' FOR UPDATE`,
        [organisationId],
      )) as { id: string }[];
      const ids = rows.map((r) => r.id);
      await tx.query(
        `UPDATE offering SET last_confirmed_at = $2, updated_at = now() WHERE id = ANY($1::uuid[])`,
        [ids, now],
      );
      await recordChanges(tx, 'ORGANISATION', [organisationId]);
      await recordChanges(tx, 'OFFERING', ids);
      await recordAudit(tx, actor, 'ORGANISATION', organisationId, 'CONFIRM', {
        lastConfirmedAt: now.toISOString(),
        offerings: ids,
      });
      return ids;
    });
    await this.notifier.committed({ entity: 'ORGANISATION', ids: [organisationId] });
    if (offeringIds.length > 0) {
      await this.notifier.committed({ entity: 'OFFERING', ids: offeringIds });
    }
    return this.reload(organisationId);
  }

  /**
   * A rejected sign-up (DRAFT), corrected, goes back to the admins' queue (PENDING): the partner
   * asks again (decision 0002). Only a DRAFT organisation; the reason stays until the review.
   */
  async resubmit(actor: Actor | null, organisationId: string): Promise<OrganisationModel> {
    const before = await this.requireEditable(actor, organisationId);
    if (before.status !== 'DRAFT') throw resubmitRefusal(before.status);
    await this.db.transaction(async (tx) => {
      // Only from DRAFT, checked again in the write: a review or another resubmit may have
      // moved it since the read above, and must not be undone or audited twice.
      const moved = returnedRows<{ status: string }>(
        await tx.query(
          `UPDATE organisation SET status = 'PENDING', updated_at = now()
            WHERE id = $1 AND status = 'DRAFT' RETURNING status`,
          [organisationId],
        ),
      );
      if (moved.length === 0) {
        const now = await tx.getRepository(OrganisationEntity).findOneBy({ id: organisationId });
        throw resubmitRefusal(now?.status ?? 'PENDING');
      }
      await recordChanges(tx, 'ORGANISATION', [organisationId]);
      await recordAudit(tx, actor, 'ORGANISATION', organisationId, 'RESUBMIT', {
        status: { from: 'DRAFT', to: 'PENDING' },
      });
    });
    await this.notifier.committed({ entity: 'ORGANISATION', ids: [organisationId] });
    return this.reload(organisationId);
  }

  /** The last rejection's reason, for the organisation's own editors and admins only. */
  async rejectionReason(actor: Actor | null, organisationId: string): Promise<string | null> {
    if (!actor || !canEditOrganisation(actor, organisationId)) return null;
    return organisationRejectionReason(this.db, organisationId);
  }

  /** The organisation when the actor may edit it: UNAUTHENTICATED, FORBIDDEN or NOT_FOUND. */
  private async requireEditable(
    actor: Actor | null,
    organisationId: string,
  ): Promise<OrganisationEntity> {
    const a = requireSignedIn(actor);
    assertUuid('organisationId', organisationId);
    // Access before existence, so an outsider learns nothing about which ids exist.
    if (!canEditOrganisation(a, organisationId)) throw forbidden();
    const row = await this.db.getRepository(OrganisationEntity).findOneBy({ id: organisationId });
    if (!row) throw UserInputError.notFound('organisationId', organisationId);
    return row;
  }

  private async reload(id: string): Promise<OrganisationModel> {
    const row = await this.db.getRepository(OrganisationEntity).findOneByOrFail({ id });
    return toOrganisationModel(row);
  }
}
