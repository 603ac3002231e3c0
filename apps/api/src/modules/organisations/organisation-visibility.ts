import { isListedOrganisationStatus, LISTED_ORGANISATION_STATUSES } from '@partnerwijzer/domain';
import { type Actor, canEditOrganisation } from '../../common/auth/roles.js';

// Who reads an organisation or offering by id or in the directory list. The public sees what
// the finder can show: organisations waiting for verification or verified, and their offerings
// that are not archived. A draft (a rejected sign-up, with its KvK number and phone) or a
// suspended organisation, and an archived offering, are for the organisation's own editors and
// admins only; to anyone else they answer as an unknown id, so their existence does not leak.

export function canSeeOrganisation(
  actor: Actor | null,
  org: { id: string; status: string },
): boolean {
  return isListedOrganisationStatus(org.status) || (!!actor && canEditOrganisation(actor, org.id));
}

export function canSeeOffering(
  actor: Actor | null,
  offering: { status: string },
  org: { id: string; status: string },
): boolean {
  if (actor && canEditOrganisation(actor, org.id)) return true;
  return offering.status !== 'ARCHIVED' && isListedOrganisationStatus(org.status);
}

/**
 * The SQL condition (and its parameters) limiting the organisation list `o` to what the actor
 * may see: everything for admins, the listed statuses plus its own organisation for others.
 */
export function visibleOrganisationsWhere(
  actor: Actor | null,
): { sql: string; params: Record<string, unknown> } | null {
  if (actor?.role === 'ADMIN') return null;
  const listed = { listedStatuses: [...LISTED_ORGANISATION_STATUSES] };
  if (actor?.role === 'PARTNER_EDITOR' && actor.organisationId) {
    return {
      sql: '(o.status IN (:...listedStatuses) OR o.id = :ownOrganisation)',
      params: { ...listed, ownOrganisation: actor.organisationId },
    };
  }
  return { sql: 'o.status IN (:...listedStatuses)', params: listed };
}
