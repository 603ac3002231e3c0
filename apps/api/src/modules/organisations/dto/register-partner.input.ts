import { InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EmailAddress } from '../../../common/validation/email-address.js';

@InputType()
export class RegisterPartnerInput {
  /** Naam van de organisatie */
  @IsString()
  @MinLength(2, { message: 'minstens 2 tekens (at least 2 characters)' })
  @MaxLength(200)
  organisationName!: string;

  /** KvK-nummer: 8 cijfers */
  @IsString()
  @MaxLength(20)
  kvkNumber!: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  /** Telefoonnummer van de organisatie (contact) */
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'hoogstens 40 tekens (at most 40 characters)' })
  phone?: string;

  @EmailAddress()
  email!: string;

  @IsString()
  @MaxLength(200)
  password!: string;
}
