import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MatchReasonModel } from '../../matching/index.js';
import { OfferingResultModel } from '../../organisations/index.js';

@ObjectType('HighlightSegment', { description: 'Stuk tekst; match = deel van de zoekterm' })
export class HighlightSegmentModel {
  text!: string;

  match!: boolean;
}

@ObjectType('SearchHighlight')
export class SearchHighlightModel {
  /** title, organisationName of description */
  field!: string;

  segments!: HighlightSegmentModel[];
}

@ObjectType('SearchHit')
export class SearchHitModel extends OfferingResultModel {
  highlights!: SearchHighlightModel[];

  distanceKm!: number | null;

  /** Waarom dit aanbod de school bereikt (alleen met een school) */
  reasons!: MatchReasonModel[];
}

@ObjectType('FacetValue')
export class FacetValueModel {
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Facet')
export class FacetModel {
  field!: string;

  values!: FacetValueModel[];
}

@ObjectType('SearchOfferingsResult')
export class SearchOfferingsResultModel {
  @Field(() => Int)
  total!: number;

  hits!: SearchHitModel[];

  facets!: FacetModel[];

  /** embedded of meilisearch */
  engine!: string;
}
