import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MatchReasonModel } from '../../matching/index.js';
import { OfferingResultModel } from '../../organisations/index.js';

@ObjectType('HighlightSegment', { description: 'Stuk tekst; match = deel van de zoekterm' })
export class HighlightSegmentModel {
  @Field()
  text!: string;

  @Field()
  match!: boolean;
}

@ObjectType('SearchHighlight')
export class SearchHighlightModel {
  @Field({ description: 'title, organisationName of description' })
  field!: string;

  @Field(() => [HighlightSegmentModel])
  segments!: HighlightSegmentModel[];
}

@ObjectType('SearchHit')
export class SearchHitModel extends OfferingResultModel {
  @Field(() => [SearchHighlightModel])
  highlights!: SearchHighlightModel[];

  @Field(() => Float, { nullable: true })
  distanceKm!: number | null;

  @Field(() => [MatchReasonModel], {
    description: 'Waarom dit aanbod de school bereikt (alleen met een school)',
  })
  reasons!: MatchReasonModel[];
}

@ObjectType('FacetValue')
export class FacetValueModel {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Facet')
export class FacetModel {
  @Field()
  field!: string;

  @Field(() => [FacetValueModel])
  values!: FacetValueModel[];
}

@ObjectType('SearchOfferingsResult')
export class SearchOfferingsResultModel {
  @Field(() => Int)
  total!: number;

  @Field(() => [SearchHitModel])
  hits!: SearchHitModel[];

  @Field(() => [FacetModel])
  facets!: FacetModel[];

  @Field({ description: 'embedded of meilisearch' })
  engine!: string;
}
