import { ObjectType } from '@nestjs/graphql';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';
import { RegionModel } from './region.model.js';

@ObjectType('Municipality', { description: 'Gemeente (CBS-code GMxxxx)' })
export class MunicipalityModel extends RegionModel {
  provinceCode!: string;

  /** Ankerpunt voor de kaart (benadering) */
  center!: GeoPointModel;
}
