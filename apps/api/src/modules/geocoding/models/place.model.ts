import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';
import type { PlaceKind } from '../geocoder.port.js';

export enum PlaceKindEnum {
  ADDRESS = 'ADDRESS',
  POSTCODE = 'POSTCODE',
  STREET = 'STREET',
  TOWN = 'TOWN',
  MUNICIPALITY = 'MUNICIPALITY',
  MUNICIPALITY_CENTRE = 'MUNICIPALITY_CENTRE',
  OTHER = 'OTHER',
}
registerEnumType(PlaceKindEnum, {
  name: 'PlaceKind',
  description: 'Soort plaats; MUNICIPALITY_CENTRE = middelpunt van de gemeente (zonder geocoder)',
});

@ObjectType('Place', { description: 'Een gevonden plaats met een punt' })
export class PlaceModel {
  /** Zoals de geocoder hem noemt, bijv. "Broersvest 5, 3111EA Schiedam" */
  label!: string;

  @Field(() => PlaceKindEnum)
  kind!: PlaceKind;

  location!: GeoPointModel;

  /** CBS-code (GMxxxx), als bekend */
  municipalityCode!: string | null;

  postcode!: string | null;
}

@ObjectType('GeocodeResult')
export class GeocodeResultModel {
  places!: PlaceModel[];

  /** Of de geocoder antwoordde; false = alleen gemeentemiddelpunten (kies anders het punt op de kaart) */
  geocoderAvailable!: boolean;
}
