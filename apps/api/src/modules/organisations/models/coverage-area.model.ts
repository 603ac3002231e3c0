import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { AreaGeometry, CoverageKind } from '@partnerwijzer/domain';
import { CoverageKindEnum } from '../../../common/graphql/enums.js';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';
import { GraphQLJSON } from '../../../common/graphql/json.scalar.js';

@ObjectType('CoverageArea', { description: 'Werkgebied van een aanbod' })
export class CoverageAreaModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  offeringId!: string;

  @Field(() => CoverageKindEnum)
  kind!: CoverageKind;

  @Field(() => String, { nullable: true })
  provinceCode!: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode!: string | null;

  @Field(() => GeoPointModel, { nullable: true })
  center!: GeoPointModel | null;

  @Field(() => Float, { nullable: true })
  radiusKm!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Bij RADIUS: naam van het middelpunt, bijv. "Schiedam-Oost" (staat in de reden)',
  })
  centerLabel!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'GeoJSON (Multi)Polygon' })
  geometry!: AreaGeometry | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
