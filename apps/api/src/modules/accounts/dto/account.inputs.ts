import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { OptionalSearchTextField } from '../../../common/graphql/filter-fields.js';
import { RoleEnum } from '../models/account.model.js';
import type { Role } from '../../../common/auth/roles.js';

@InputType()
export class CreateAccountInput {
  @Field()
  @IsEmail({}, { message: 'geen geldig e-mailadres (not a valid email)' })
  @MaxLength(254)
  email!: string;

  @Field(() => RoleEnum)
  @IsEnum(RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'geen geldig id (not a valid id)' })
  organisationId?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(6, { each: true })
  schoolCodes?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(400)
  @IsString({ each: true })
  @MaxLength(6, { each: true })
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
