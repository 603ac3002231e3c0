import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import type { InterventionCode, OrganisationStatus, OrganisationType } from '@partnerwijzer/domain';
import {
  InterventionCodeEnum,
  OrganisationStatusEnum,
  OrganisationTypeEnum,
} from '../../../common/graphql/enums.js';
import { OptionalSearchTextField } from '../../../common/graphql/filter-fields.js';
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

  @OptionalSearchTextField('Deel van de naam of plaats')
  search?: string;
}
