import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';
import { SchoolSectorEnum } from '../../../common/graphql/enums.js';
import type { SchoolSector } from '@partnerwijzer/domain';

@ObjectType('School', { description: 'Schoolvestiging (DUO)' })
export class SchoolModel {
  @Field(() => ID, { description: 'DUO-vestigingscode, bv. 00AH07' })
  vestigingscode!: string;

  instellingscode!: string;

  name!: string;

  @Field(() => SchoolSectorEnum)
  sector!: SchoolSector;

  /** BAO, SBO, SO, VSO, SO/VSO of VO */
  schoolType!: string;

  denomination!: string | null;

  address!: string;

  postcode!: string;

  city!: string;

  municipalityCode!: string;

  provinceCode!: string;

  location!: GeoPointModel;

  @Field(() => Int, { nullable: true, description: 'Aantal leerlingen (benadering, DUO)' })
  pupils!: number | null;

  website!: string | null;

  active!: boolean;

  /** Fictieve voorbeeldschool (demo) */
  isDemo!: boolean;
}
