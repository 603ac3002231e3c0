import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Punt in WGS84' })
export class GeoPointModel {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}
