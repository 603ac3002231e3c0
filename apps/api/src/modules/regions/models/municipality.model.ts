import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';

@ObjectType('Municipality', { description: 'Gemeente (CBS-code GMxxxx)' })
export class MunicipalityModel {
  @Field(() => ID)
  code!: string;

  @Field()
  name!: string;

  @Field()
  provinceCode!: string;

  @Field(() => GeoPointModel, { description: 'Ankerpunt voor de kaart (benadering)' })
  center!: GeoPointModel;

  @Field({ description: 'Of de grens (GeoJSON) beschikbaar is' })
  hasBoundary!: boolean;
}
