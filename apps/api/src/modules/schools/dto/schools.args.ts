import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, Matches } from 'class-validator';
import { SCHOOL_SECTORS, type SchoolSector } from '@partnerwijzer/domain';
import { SchoolSectorEnum } from '../../../common/graphql/enums.js';
import {
  OptionalProvinceCodeField,
  OptionalSearchTextField,
} from '../../../common/graphql/filter-fields.js';
import { PageArgs } from '../../../common/pagination/page-args.js';

/** PO, VO or SO: the school sectors as a list a sentence ends with. */
const sectors = (or: string): string =>
  `${SCHOOL_SECTORS.slice(0, -1).join(', ')} ${or} ${SCHOOL_SECTORS[SCHOOL_SECTORS.length - 1]}`;

@ArgsType()
export class SchoolsArgs extends PageArgs {
  /** Gemeentecode GMxxxx */
  @IsOptional()
  @Matches(/^GM\d{4}$/, { message: 'moet de vorm GMxxxx hebben (must look like GM0363)' })
  municipalityCode?: string;

  @OptionalProvinceCodeField('Provinciecode PVxx')
  provinceCode?: string;

  @Field(() => SchoolSectorEnum, { nullable: true })
  @IsOptional()
  @IsEnum(SchoolSectorEnum, {
    message: `is geen bekende schoolsoort; kies ${sectors('of')} (unknown school sector; choose ${sectors('or')})`,
  })
  sector?: SchoolSector;

  @OptionalSearchTextField(
    'Zoekterm: deel van de naam, begin van de postcode of vestigingscode, of plaatsnaam',
  )
  search?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Ook vestigingen die niet meer bestaan',
  })
  @IsBoolean()
  includeInactive: boolean = false;
}
