import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('GeoPoint', { description: 'Punt in WGS84' })
export class GeoPointModel {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}
