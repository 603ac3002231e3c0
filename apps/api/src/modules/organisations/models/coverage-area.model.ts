import { Field, ID, ObjectType } from '@nestjs/graphql';
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

  provinceCode!: string | null;

  municipalityCode!: string | null;

  center!: GeoPointModel | null;

  radiusKm!: number | null;

  /** Bij RADIUS: naam van het middelpunt, bijv. "Schiedam-Oost" (staat in de reden) */
  centerLabel!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'GeoJSON (Multi)Polygon' })
  geometry!: AreaGeometry | null;

  /** Bij POLYGON: naam van het gebied, bijv. de naam van het geüploade bestand */
  areaLabel!: string | null;

  note!: string | null;
}
