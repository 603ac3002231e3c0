import type { Actor } from '../../common/auth/roles.js';

/** What the access rules need to know about a collaboration. */
export interface CollaborationParties {
  vestigingscodes: readonly string[];
  organisationIds: readonly string[];
  municipalityCode: string | null;
  /** The municipalities of its schools. */
  schoolMunicipalities: readonly string[];
}

/**
 * A party: staff of one of its schools, an editor of one of its partners, an officer of the
 * municipality when the municipality takes part, or an admin. Parties change it and record
 * its monitoring.
 */
export function isParty(actor: Actor, c: CollaborationParties): boolean {
  switch (actor.role) {
    case 'ADMIN':
      return true;
    case 'SCHOOL_STAFF':
      return c.vestigingscodes.some((v) => actor.schoolCodes.includes(v));
    case 'PARTNER_EDITOR':
      return actor.organisationId !== null && c.organisationIds.includes(actor.organisationId);
    case 'MUNICIPALITY_OFFICER':
      return c.municipalityCode !== null && actor.municipalityCodes.includes(c.municipalityCode);
  }
}

/** Who may read it: its parties, and officers of the municipality of one of its schools. */
export function canSeeCollaboration(actor: Actor, c: CollaborationParties): boolean {
  return (
    isParty(actor, c) ||
    (actor.role === 'MUNICIPALITY_OFFICER' &&
      c.schoolMunicipalities.some((m) => actor.municipalityCodes.includes(m)))
  );
}
