import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CoverageKind, InterventionCode } from '@partnerwijzer/domain';
import { CoverageKindEnum, InterventionCodeEnum } from '../../../common/graphql/enums.js';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';
import { GraphQLJSON } from '../../../common/graphql/json.scalar.js';
import { OfferingResultModel } from '../../organisations/index.js';
import { SchoolModel } from '../../schools/index.js';

/** A field value, or a promise of it (read through a getter only when the field is asked for). */

@ObjectType('MatchReason', {
  description:
    'Waarom dit aanbod past: een code met parameters, en de Nederlandse zin die de redenencatalogus daarvan maakt',
})
export class MatchReasonModel {
  @Field({
    description:
      'Redencode (COVERAGE_RADIUS, NEED_MET, …); met params maakt de redenencatalogus (@partnerwijzer/domain) er een zin van in het Nederlands of Engels',
  })
  code!: string;

  /** De Nederlandse zin bij code en params, uit de Nederlandse catalogus; voor clients zonder catalogus en voor codes die een client nog niet kent */
  text!: string;

  @Field(() => GraphQLJSON, { description: 'Parameters van de reden, per code vastgelegd' })
  params!: Record<string, string | number>;
}

@ObjectType('ScoreParts', { description: 'Onderdelen van de score, elk 0–1' })
export class ScorePartsModel {
  needs!: number;

  evidence!: number;

  locality!: number;

  freshness!: number;

  verified!: number;
}

@ObjectType('MatchedArea')
export class MatchedAreaModel {
  @Field(() => ID)
  areaId!: string;

  @Field(() => CoverageKindEnum)
  kind!: CoverageKind;

  // Left out (undefined) when the area has no name; GraphQL answers null.
  label?: string | null;
}

@ObjectType('PartnerMatch')
export class PartnerMatchModel extends OfferingResultModel {
  @Field(() => ID)
  organisationId!: string;

  /** 0–100 */
  score!: number;

  scoreParts!: ScorePartsModel;

  @Field(() => [InterventionCodeEnum])
  needsMet!: InterventionCode[];

  reasons!: MatchReasonModel[];

  /** Afstand school ↔ partner in km */
  distanceKm!: number | null;

  /** Het meest lokale werkgebied dat de school omvat */
  matchedArea!: MatchedAreaModel;

  /** Geen plaats meer dit schooljaar */
  full!: boolean;
}

@ObjectType('MatchBundle', {
  description: 'Kleinste set aanbod die samen alle vindbare behoeften dekt',
})
export class MatchBundleModel {
  @Field(() => [ID])
  offeringIds!: string[];

  @Field(() => [InterventionCodeEnum])
  needsCovered!: InterventionCode[];
}

@ObjectType('MatchPartnersResult')
export class MatchPartnersResultModel {
  school!: SchoolModel | null;

  location!: GeoPointModel;

  municipalityCode!: string;

  matches!: PartnerMatchModel[];

  @Field(() => Int, { description: 'Alle matches, niet alleen deze bladzijde' })
  totalMatches!: number;

  /** De talen (ISO-codes) van alle matches zonder taalfilter: waaruit een taalfilter kan kiezen */
  languages!: string[];

  bundle!: MatchBundleModel;

  @Field(() => [InterventionCodeEnum])
  uncoveredNeeds!: InterventionCode[];

  /** Bijvoorbeeld: geen aanbod gevonden voor: ouderbetrokkenheid */
  uncoveredText!: string | null;
}
