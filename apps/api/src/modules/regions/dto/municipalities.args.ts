import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/pagination/page-args.js';

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Alleen gemeenten in deze provincie (PVxx)' })
  @IsOptional()
  @Matches(/^PV\d{2}$/, { message: 'moet de vorm PVxx hebben (must look like PV27)' })
  provinceCode?: string;

  @Field(() => String, { nullable: true, description: 'Begin van de naam' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'mag hoogstens 100 tekens zijn (at most 100 characters)' })
  search?: string;
}
