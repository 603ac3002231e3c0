import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import type { InterventionCode, OrganisationStatus, OrganisationType } from '@partnerwijzer/domain';
import {
  InterventionCodeEnum,
  OrganisationStatusEnum,
  OrganisationTypeEnum,
} from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/pagination/page-args.js';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationTypeEnum, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationTypeEnum, {
    message: 'is geen bekend organisatietype (unknown organisation type)',
  })
  type?: OrganisationType;

  @Field(() => OrganisationStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationStatusEnum, { message: 'is onbekend (unknown status)' })
  status?: OrganisationStatus;

  @Field(() => InterventionCodeEnum, {
    nullable: true,
    description: 'Alleen organisaties met actief aanbod van dit type',
  })
  @IsOptional()
  @IsEnum(InterventionCodeEnum, { message: 'is onbekend (unknown intervention type)' })
  interventionType?: InterventionCode;

  @Field(() => String, { nullable: true, description: 'Deel van de naam of plaats' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'mag hoogstens 100 tekens zijn (at most 100 characters)' })
  search?: string;
}
