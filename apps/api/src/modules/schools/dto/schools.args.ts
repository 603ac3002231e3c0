import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SCHOOL_SECTORS, type SchoolSector } from '@partnerwijzer/domain';
import { SchoolSectorEnum } from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/pagination/page-args.js';

@ArgsType()
export class SchoolsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Gemeentecode GMxxxx' })
  @IsOptional()
  @Matches(/^GM\d{4}$/, { message: 'moet de vorm GMxxxx hebben (must look like GM0363)' })
  municipalityCode?: string;

  @Field(() => String, { nullable: true, description: 'Provinciecode PVxx' })
  @IsOptional()
  @Matches(/^PV\d{2}$/, { message: 'moet de vorm PVxx hebben (must look like PV27)' })
  provinceCode?: string;

  @Field(() => SchoolSectorEnum, { nullable: true })
  @IsOptional()
  @IsEnum(SchoolSectorEnum, { message: `moet een van ${SCHOOL_SECTORS.join(', ')} zijn` })
  sector?: SchoolSector;

  @Field(() => String, {
    nullable: true,
    description:
      'Zoekterm: deel van de naam, begin van de postcode of vestigingscode, of plaatsnaam',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'mag hoogstens 100 tekens zijn (at most 100 characters)' })
  search?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Ook vestigingen die niet meer bestaan',
  })
  @IsBoolean()
  includeInactive: boolean = false;
}
