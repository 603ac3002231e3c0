import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';
import { SchoolSectorEnum } from '../../../common/graphql/enums.js';
import type { SchoolSector } from '@partnerwijzer/domain';

@ObjectType('School', { description: 'Schoolvestiging (DUO)' })
export class SchoolModel {
  @Field(() => ID, { description: 'DUO-vestigingscode, bv. 00AH07' })
  vestigingscode!: string;

  @Field()
  instellingscode!: string;

  @Field()
  name!: string;

  @Field(() => SchoolSectorEnum)
  sector!: SchoolSector;

  @Field({ description: 'BAO, SBO, SO, VSO, SO/VSO of VO' })
  schoolType!: string;

  @Field(() => String, { nullable: true })
  denomination!: string | null;

  @Field()
  address!: string;

  @Field()
  postcode!: string;

  @Field()
  city!: string;

  @Field()
  municipalityCode!: string;

  @Field()
  provinceCode!: string;

  @Field(() => GeoPointModel)
  location!: GeoPointModel;

  @Field(() => Int, { nullable: true, description: 'Aantal leerlingen (benadering, DUO)' })
  pupils!: number | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field()
  active!: boolean;

  @Field({ description: 'Fictieve voorbeeldschool (demo)' })
  isDemo!: boolean;
}
