import { GraphQLError } from 'graphql';

export const ROLES = ['SCHOOL_STAFF', 'PARTNER_EDITOR', 'MUNICIPALITY_OFFICER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who makes a request: a signed-in account, or the operator's ADMIN_API_TOKEN (an ADMIN). */
export interface Actor {
  userId: string | null;
  label: string;
  role: Role;
  organisationId: string | null;
  schoolCodes: string[];
  municipalityCodes: string[];
}

// Plain rules over plain objects, so services and unit specs share them.

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Inloggen vereist (authentication required)', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
}

export function forbidden(message = 'Geen toegang (forbidden)'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** The actor, or UNAUTHENTICATED. */
export function requireSignedIn(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** The actor when it has one of the roles; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  const a = requireSignedIn(actor);
  if (!roles.includes(a.role)) throw forbidden();
  return a;
}

export function canEditOrganisation(actor: Actor, organisationId: string): boolean {
  return (
    actor.role === 'ADMIN' ||
    (actor.role === 'PARTNER_EDITOR' && actor.organisationId === organisationId)
  );
}

export function canSeeSchool(actor: Actor, vestigingscode: string): boolean {
  return (
    actor.role === 'ADMIN' ||
    (actor.role === 'SCHOOL_STAFF' && actor.schoolCodes.includes(vestigingscode))
  );
}

export function canSeeMunicipality(actor: Actor, municipalityCode: string): boolean {
  return (
    actor.role === 'ADMIN' ||
    (actor.role === 'MUNICIPALITY_OFFICER' && actor.municipalityCodes.includes(municipalityCode))
  );
}
