import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OptionalSearchTextField } from '../../../common/graphql/filter-fields.js';
import { EmailAddress } from '../../../common/validation/email-address.js';
import { RoleEnum } from '../models/account.model.js';
import type { Role } from '../../../common/auth/roles.js';

/** An optional list of at most `maxSize` school or municipality codes (6 characters at most). */
function OptionalCodeListField(maxSize: number): PropertyDecorator {
  // Listed bottom-up: the order of `@Field @IsOptional @ArrayMaxSize @IsString @MaxLength`.
  return applyDecorators(
    MaxLength(6, { each: true }),
    IsString({ each: true }),
    ArrayMaxSize(maxSize),
    IsOptional(),
    Field(() => [String], { nullable: true }),
  );
}

@InputType()
export class CreateAccountInput {
  @EmailAddress()
  email!: string;

  @Field(() => RoleEnum)
  @IsEnum(RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'geen geldig id (not a valid id)' })
  organisationId?: string;

  @OptionalCodeListField(200)
  schoolCodes?: string[];

  @OptionalCodeListField(400)
  municipalityCodes?: string[];
}

@ArgsType()
export class AccountsArgs {
  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(RoleEnum, { message: 'onbekende rol (unknown role)' })
  role?: Role;

  @OptionalSearchTextField('Deel van het e-mailadres of de organisatie')
  search?: string;
}
