import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '../../../common/auth/roles.js';
import { enumOf } from '../../../common/graphql/enums.js';

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'SCHOOL_STAFF (gekoppelde scholen), PARTNER_EDITOR (één organisatie), MUNICIPALITY_OFFICER (gemeenten), ADMIN',
});

/** Who an account is and what it may act on: its role and the organisation, schools or municipalities it is linked to. */
@ObjectType({ isAbstract: true })
export abstract class AccountScopeModel {
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  schoolCodes!: string[];

  municipalityCodes!: string[];
}

@ObjectType('Account')
export class AccountModel extends AccountScopeModel {
  @Field(() => ID)
  id!: string;

  /** Naam van de gekoppelde organisatie */
  organisationName!: string | null;

  createdAt!: Date;
}

@ObjectType('Viewer', { description: 'Wie er is ingelogd, met het CSRF-token voor mutaties' })
export class ViewerModel extends AccountScopeModel {
  @Field(() => ID, { nullable: true, description: 'Leeg voor de operator (ADMIN_API_TOKEN)' })
  id!: string | null;

  /** Stuur mee als x-csrf-token bij elke mutatie met de sessiecookie */
  csrfToken!: string | null;
}
