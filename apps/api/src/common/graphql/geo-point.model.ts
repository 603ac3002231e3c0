import { ObjectType } from '@nestjs/graphql';

@ObjectType('GeoPoint', { description: 'Punt in WGS84' })
export class GeoPointModel {
  lat!: number;

  lng!: number;
}
